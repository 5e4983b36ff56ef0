// Estimated advance width of one code point, in em, for Sarabun (the site font). The server cannot
// measure text, so labels are fitted against these estimates; they err slightly wide so that a fitted
// label does not spill out of its box.

/** Thai marks that stack above or below a consonant and take no width of their own. */
function isThaiCombiningMark(cp: number): boolean {
  return cp === 0x0e31 || (cp >= 0x0e34 && cp <= 0x0e3a) || (cp >= 0x0e47 && cp <= 0x0e4e);
}

function isOtherCombiningMark(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfe0f;
}

const WIDE_THAI = new Set('ฌญฒณฬฑฆฤฦ');
const NARROW_THAI = new Set('เโใไ');
const NARROW_LATIN = new Set('iljtfrI.,:;!\'"|()[]{}');
const WIDE_LATIN = new Set('mwMW%@');

export function glyphWidthEm(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  if (isThaiCombiningMark(cp) || isOtherCombiningMark(cp)) return 0;
  if (char === '\u2026') return 0.8; // the ellipsis fitText appends
  if (cp >= 0x0e00 && cp <= 0x0e7f) {
    if (WIDE_THAI.has(char)) return 0.78;
    if (NARROW_THAI.has(char)) return 0.42;
    return 0.62;
  }
  if (char === ' ' || char === '\u00a0') return 0.26;
  if (char >= '0' && char <= '9') return 0.57;
  if (NARROW_LATIN.has(char)) return 0.3;
  if (WIDE_LATIN.has(char)) return 0.86;
  if (char >= 'A' && char <= 'Z') return 0.66;
  if (char >= 'a' && char <= 'z') return 0.54;
  if (cp < 0x2000) return 0.6;
  return 1;
}
