// Shared fast-check arbitraries for the property tests: hostile cell text as real Thai exports
// (and broken ones) contain it, and the pieces that well-formed values are built from.
import fc from 'fast-check';

export const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Writes every Arabic digit of `text` as a Thai digit. */
export const toThaiDigits = (text: string): string => text.replace(/\d/g, (d) => THAI_DIGITS[Number(d)]!);

/** A lone UTF-16 surrogate (invalid on its own, but a JS string can hold it). */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** A control character: C0, DEL and C1. */
export const controlChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
).map((code) => String.fromCharCode(code));

/** Pieces that matter to the parsers: digits of both scripts, separators, signs, units, invisibles, words. */
const PIECES = [
  ...'0123456789', ...THAI_DIGITS, ',', '.', '-', '−', '+', '(', ')', '/', ':', ' ', '  ', '\t', '\n', '\r\n',
  '\u00A0', '\u200B', '\u200D', '\u202E', '\u2066', '\uFEFF', '\u3000', '\u0301', '\u0E4D', '\u0E32', '\u0E48', '\u0E38',
  'e', 'E', 'e+', 'T', 'Z', '฿', 'บาท', '.-', 'null', 'N/A', 'ไม่มี', '*', '–', '—', '"', "'", '=', '@', ';',
  'ส.ค.', 'สค', 'สิงหาคม', 'ก.พ.', 'ต.ค.', 'พ.ศ.', 'ค.ศ.', 'วันที่', 'ปีงบประมาณ', 'FY',
  'บริษัท', 'จำกัด', 'จํากัด', '(มหาชน)', 'บจก.', 'หจก.', 'ห้างหุ้นส่วน', 'ร้าน', 'นาย', 'น.ส.', 'โดย', 'สำนักงานใหญ่',
  'Co., Ltd.', 'อบต.', 'ทต.', 'เทศบาล', 'ตำบล', 'นคร', 'เมือง', 'พัทยา', 'กทม.', 'จังหวัด', 'จ.',
  'ก', 'ข', 'ล', 'ำ', 'พ', 'ู', 'น', 'ศ', 'ร', 'ี', 'a', 'B', 'ü',
];

/** One unit of hostile text: a meaningful piece, any code point, a lone surrogate or a control character. */
export const hostileUnit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: controlChar },
);

/** Arbitrary cell text: mostly hostile pieces, also any printable graphemes and any code points. */
export const hostileString = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: hostileUnit, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** Very long cell text (a few thousand units), for a few runs: catches slow regexes as well as throws. */
export const longHostileString = fc.string({ unit: hostileUnit, minLength: 2000, maxLength: 6000 });

/** A long run of one piece, the worst case for backtracking regexes ('1,1,1,…', '          '). */
export const longRepetition = fc
  .tuple(fc.constantFrom(...PIECES, '1,', '1.', ' 1', 'ก ', ', '), fc.integer({ min: 1000, max: 5000 }), hostileString, hostileString)
  .map(([piece, times, before, after]) => before + piece.repeat(times) + after);

/** Spaces and invisible characters that cleanText removes or collapses around a value. */
export const padding = fc.string({ unit: fc.constantFrom(' ', '\u00A0', '\t', '\u200B', '\uFEFF', '\u3000'), maxLength: 3 });

/** A string of Thai consonants only (ก–ฮ): a name that contains no legal-form word, title or prefix. */
export const thaiConsonants = (minLength = 1, maxLength = 12) =>
  fc.string({ unit: fc.integer({ min: 0x0e01, max: 0x0e2e }).map((c) => String.fromCharCode(c)), minLength, maxLength });

/** Writes a non-negative integer with thousands commas: 1234567 → '1,234,567'. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
