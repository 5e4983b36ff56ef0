// Property-based tests of the Thai 13-digit tax id parser (src/lib/parse/tax-id.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTaxId, isValidThaiTaxId, taxIdCheckDigit, withCheckDigit } from '../../../src/lib/parse/tax-id.ts';
import { hostileString, longHostileString, longRepetition, toThaiDigits } from './arbitraries.ts';

const STATUSES = ['valid', 'missing', 'bad-length', 'bad-check-digit', 'excel-damaged'];

const twelveDigits = fc.stringMatching(/^\d{12}$/);
/** A 13-digit id with a correct check digit. */
const validId = twelveDigits.map(withCheckDigit);

const withDigit = (id: string, index: number, digit: number): string => id.slice(0, index) + String(digit) + id.slice(index + 1);

/** Whitespace checkTaxId trims and strips (it reads raw text, not cleanText output). */
const spaces = fc.string({ unit: fc.constantFrom(' ', '\u00A0', '\t', '\u3000'), maxLength: 3 });

describe('checkTaxId never throws', () => {
  it('gives a known status for any text, and a value exactly when the id is valid', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 20, arbitrary: hostileString }, longHostileString, longRepetition), (raw) => {
        const result = checkTaxId(raw);
        expect(STATUSES).toContain(result.status);
        if (result.status === 'valid') {
          expect(result.value).toMatch(/^\d{13}$/);
          expect(isValidThaiTaxId(result.value!)).toBe(true);
        } else {
          expect(result.value).toBeNull();
        }
        expect(typeof isValidThaiTaxId(raw)).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('a valid result keeps the digits of the input in order (at most adding the leading zero Excel drops)', () => {
    const digitsAndDashes = fc.string({ unit: fc.constantFrom(...'0123456789', '-', ' ', '.', '–', ...'๐๑๕๙'), minLength: 10, maxLength: 20 });
    fc.assert(
      fc.property(digitsAndDashes, (raw) => {
        const result = checkTaxId(raw);
        if (result.status !== 'valid') return;
        const digits = raw.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/\D/g, '');
        expect([digits, `0${digits}`]).toContain(result.value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('check digit', () => {
  it('exactly one last digit completes any 12 digits, and withCheckDigit finds it', () => {
    fc.assert(
      fc.property(twelveDigits, (first12) => {
        const valid = [...'0123456789'].filter((d) => isValidThaiTaxId(first12 + d));
        expect(valid).toEqual([String(taxIdCheckDigit(first12))]);
        expect(withCheckDigit(first12)).toBe(first12 + valid[0]);
      }),
      { numRuns: 500 },
    );
  });

  it('any change of the check digit itself is caught', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 1, max: 9 }), (id, shift) => {
        expect(isValidThaiTaxId(withDigit(id, 12, (Number(id[12]) + shift) % 10))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('any change of one digit other than the third is caught when the check digit is not 1', () => {
    // The scheme has two known blind spots, so the property states them: the third digit has weight 11
    // (≡ 0 mod 11) and is never checked, and sums ≡ 0 and ≡ 10 (mod 11) both give check digit 1.
    fc.assert(
      fc.property(
        validId.filter((id) => id[12] !== '1'),
        fc.integer({ min: 0, max: 11 }).filter((i) => i !== 2),
        fc.integer({ min: 1, max: 9 }),
        (id, index, shift) => {
          expect(isValidThaiTaxId(withDigit(id, index, (Number(id[index]) + shift) % 10))).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a change of the third digit is never caught (weight 11), as the real file shows', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 9 }), (id, digit) => {
        expect(isValidThaiTaxId(withDigit(id, 2, digit))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('tax ids round-trip through the ways exports write them', () => {
  it('dashes, spaces, Thai digits and surrounding blanks give back the same id', () => {
    fc.assert(
      fc.property(
        validId,
        fc.array(fc.constantFrom('', '-', ' ', '–'), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        spaces,
        spaces,
        (id, separators, thai, before, after) => {
          const written = [...id].map((d, i) => d + (separators[i] ?? '')).join('');
          const text = before + (thai ? toThaiDigits(written) : written) + after;
          expect(checkTaxId(text)).toEqual({ value: id, status: 'valid' });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('an id whose leading zero Excel dropped gets it back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (rest) => {
        const id = withCheckDigit(`0${rest}`);
        expect(checkTaxId(id.slice(1))).toEqual({ value: id, status: 'valid' });
      }),
      { numRuns: 500 },
    );
  });

  it('an id with a wrong check digit is reported as such, not returned', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 1, max: 9 }), (id, shift) => {
        const wrong = withDigit(id, 12, (Number(id[12]) + shift) % 10);
        expect(checkTaxId(wrong)).toEqual({ value: null, status: 'bad-check-digit' });
      }),
      { numRuns: 300 },
    );
  });

  it('an id Excel wrote in scientific notation is excel-damaged', () => {
    fc.assert(
      fc.property(validId.filter((id) => id[0] !== '0' || id[1] !== '0'), fc.integer({ min: 0, max: 8 }), fc.boolean(), (id, places, upper) => {
        const written = Number(id).toExponential(places);
        expect(checkTaxId(upper ? written.toUpperCase() : written)).toEqual({ value: null, status: 'excel-damaged' });
      }),
      { numRuns: 300 },
    );
  });
});
