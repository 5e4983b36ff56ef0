// Property-based tests of the text helpers every parser builds on (src/lib/parse/text.ts) and of
// the Thai digit conversion (src/lib/parse/thai-digits.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, foldHeader, isCleanPlaceholder, isPlaceholder, matchKey } from '../../../src/lib/parse/text.ts';
import { toArabicDigits } from '../../../src/lib/parse/thai-digits.ts';
import { hostileString, longHostileString, longRepetition, padding, THAI_DIGITS, toThaiDigits } from './arbitraries.ts';

const anyText = fc.oneof({ weight: 20, arbitrary: hostileString }, longHostileString, longRepetition);

/** Characters cleanText removes: zero-width and bidi controls. */
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const invisible = fc.constantFrom(...INVISIBLES);

/** Inserts `insert` into `text` at a position given as a fraction of its length (between UTF-16 units). */
const insertAt = (text: string, where: number, insert: string): string => {
  const i = Math.floor(where * (text.length + 1));
  return text.slice(0, i) + insert + text.slice(i);
};

describe('cleanText', () => {
  it('never throws, and leaves no invisible characters, odd spaces, double spaces or spaces at the ends', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const clean = cleanText(raw);
        for (const ch of INVISIBLES) expect(clean.includes(ch)).toBe(false);
        expect(/[^\S ]/.test(clean)).toBe(false);
        expect(clean.includes('  ')).toBe(false);
        expect(clean).toBe(clean.trim());
      }),
      { numRuns: 1000 },
    );
  });

  it('returns NFC text and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const clean = cleanText(raw);
        expect(clean).toBe(clean.normalize('NFC'));
        expect(cleanText(clean)).toBe(clean);
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores an invisible character anywhere, so equal-looking text compares equal', () => {
    fc.assert(
      fc.property(hostileString, fc.double({ min: 0, max: 1, noNaN: true }), invisible, (raw, where, ch) => {
        fc.pre(!/[\uD800-\uDFFF]/.test(raw)); // inserting between the halves of a pair would change the text
        expect(cleanText(insertAt(raw, where, ch))).toBe(cleanText(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores an invisible character between a letter and its combining marks', () => {
    // Thai tone marks and vowels below are reordered by NFC (ccc 107 after 103), Latin accents compose.
    const base = fc.constantFrom('ก', 'น', 'e', 'A', 'u');
    const marks = fc.array(fc.constantFrom('\u0E48', '\u0E49', '\u0E38', '\u0E39', '\u0E31', '\u0301', '\u0308', '\u0323'), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(base, marks, fc.nat(3), invisible, (letter, combining, at, ch) => {
        const text = letter + combining.join('');
        const i = 1 + (at % combining.length);
        expect(cleanText(text.slice(0, i) + ch + text.slice(i))).toBe(cleanText(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves text that needs no cleaning as it is', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'กขคงจลำพูนศรีบางชัน', 'a', 'Z', '1', '๑', ',', '.', '-'), maxLength: 20 });
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 4 }), (words) => {
        const text = words.filter(Boolean).join(' ');
        expect(cleanText(text)).toBe(text);
      }),
    );
  });
});

describe('isPlaceholder', () => {
  it('never throws, and agrees with isCleanPlaceholder of the cleaned text', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(isPlaceholder(raw)).toBe(isCleanPlaceholder(cleanText(raw)));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes every placeholder, in any letter case and with any blanks around it, as none', () => {
    fc.assert(
      fc.property(
        fc.mixedCase(fc.constantFrom('', '-', '–', '—', 'null', 'n/a', 'ไม่มี', '*')),
        padding,
        padding,
        (placeholder, before, after) => {
          expect(isPlaceholder(before + placeholder + after)).toBe(true);
        },
      ),
    );
  });

  it('does not take text with a digit or a Thai letter beyond ไม่มี as none', () => {
    fc.assert(
      fc.property(hostileString, (raw) => {
        const clean = cleanText(raw);
        if (/[0-9๐-๙]/.test(clean) || /[ก-ฮ]/.test(clean.replace('ไม่มี', ''))) expect(isPlaceholder(raw)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('matchKey', () => {
  it('never throws, and keeps only lower-case letters, marks and Arabic digits', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const key = matchKey(raw);
        expect(/^[\p{L}\p{M}\p{Nd}]*$/u.test(key)).toBe(true);
        expect(/[๐-๙A-Z]/.test(key)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores spacing, invisible characters, punctuation and Thai vs Arabic digits in a Thai name', () => {
    const thaiName = fc.string({ unit: fc.constantFrom(...'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮะาเแโใไ', 'ำ', 'ิ', 'ี', '่', '้', '๊', '๋', '็', '์', ...'0123456789'), minLength: 1, maxLength: 20 });
    const noise = fc.constantFrom(' ', '  ', '\u00A0', '\t', '\u200B', '\u202E', '.', ',', '-', '(', ')', '/', '&', '"');
    fc.assert(
      fc.property(thaiName, fc.double({ min: 0, max: 1, noNaN: true }), noise, fc.boolean(), (name, where, junk, thai) => {
        const variant = insertAt(thai ? toThaiDigits(name) : name, where, junk);
        expect(matchKey(variant)).toBe(matchKey(name));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores Latin letter case', () => {
    fc.assert(
      fc.property(fc.mixedCase(fc.string({ unit: 'grapheme-ascii', maxLength: 20 })), (raw) => {
        expect(matchKey(raw)).toBe(matchKey(raw.toLowerCase()));
      }),
    );
  });

  it('unifies sara am typed as nikhahit + (tone mark) + sara aa', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...'กขนจทม'),
        fc.constantFrom('', '\u0E48', '\u0E49', '\u0E4A', '\u0E4B'),
        fc.constantFrom('', 'กัด', 'ดื่ม'),
        (consonant, tone, rest) => {
          expect(matchKey(`${consonant}\u0E4D${tone}\u0E32${rest}`)).toBe(matchKey(`${consonant}${tone}\u0E33${rest}`));
        },
      ),
    );
  });
});

describe('foldHeader', () => {
  it('never throws, and ignores spaces, _ - . ( ) / : and Latin case', () => {
    const header = fc.string({ unit: fc.constantFrom(...'งบประมาณบาทราคากลาง', ...'budgetBAHT', '1', '๒'), minLength: 1, maxLength: 15 });
    const separator = fc.constantFrom(' ', '_', '-', '.', '(', ')', '/', ':', '\u00A0', '\u200B', '\uFEFF');
    fc.assert(
      fc.property(header, fc.double({ min: 0, max: 1, noNaN: true }), separator, (name, where, sep) => {
        const folded = foldHeader(name);
        expect(foldHeader(insertAt(name, where, sep))).toBe(folded);
        expect(foldHeader(name.toUpperCase())).toBe(folded);
        expect(/[\s_\-.()/:A-Z]/.test(folded)).toBe(false);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(typeof foldHeader(raw)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

describe('toArabicDigits (Thai digit conversion)', () => {
  it('round-trips numbers written in Thai digits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true })), (n) => {
        const arabic = String(n);
        const thai = toThaiDigits(arabic);
        expect(/[0-9]/.test(thai)).toBe(false);
        expect(toArabicDigits(thai)).toBe(arabic);
      }),
      { numRuns: 1000 },
    );
  });

  it('changes only Thai digits, one unit for one unit, and leaves none behind', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const out = toArabicDigits(raw);
        expect(out.length).toBe(raw.length);
        expect(/[๐-๙]/.test(out)).toBe(false);
        let expected = '';
        for (const unit of raw.split('')) {
          const thaiDigit = THAI_DIGITS.indexOf(unit);
          expected += thaiDigit >= 0 ? String(thaiDigit) : unit;
        }
        expect(out).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same text whether digits were Thai or Arabic', () => {
    fc.assert(
      fc.property(hostileString, (raw) => {
        expect(toArabicDigits(toThaiDigits(raw))).toBe(toArabicDigits(raw));
      }),
      { numRuns: 1000 },
    );
  });
});
