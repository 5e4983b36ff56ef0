// Property-based tests of the number parsers (src/lib/parse/amount.ts) and of the site's number
// formatters that are meant to be read back (src/lib/site/format.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmount, parseCount, parseDecimal, sumBaht } from '../../../src/lib/parse/amount.ts';
import type { Parsed } from '../../../src/lib/parse/text.ts';
import { formatBahtExact, formatBahtShort, formatCount, machineBaht } from '../../../src/lib/site/format.ts';
import { groupThousands, hostileString, longHostileString, longRepetition, padding, toThaiDigits } from './arbitraries.ts';

const AMOUNT_REASONS = ['not-a-number', 'scientific-notation', 'several-decimal-points', 'misplaced-comma', 'out-of-range'];
const COUNT_REASONS = [...AMOUNT_REASONS, 'not-a-whole-number', 'negative'];

/** Largest amount in satang parseAmount accepts (just under ten trillion baht). */
const MAX_SATANG = 999_999_999_999_999;

const satang = fc.integer({ min: -MAX_SATANG, max: MAX_SATANG });

/** The satang a parsed amount stands for; fails the test when the value is not a whole number of satang. */
function satangOf(result: Parsed<number | null>): number | null | 'failed' {
  if (!result.ok) return 'failed';
  if (result.value === null) return null;
  const cents = Math.round(result.value * 100);
  // A whole number of satang is exactly cents / 100 (the division parseAmount itself ends with).
  expect(cents / 100).toBe(result.value);
  return cents;
}

function expectAmountShape(result: Parsed<number | null>): void {
  if (result.ok) {
    if (result.value === null) return;
    expect(Number.isFinite(result.value)).toBe(true);
    expect(Object.is(result.value, -0)).toBe(false);
    expect(Math.abs(result.value)).toBeLessThan(1e13);
    satangOf(result);
  } else {
    expect(AMOUNT_REASONS).toContain(result.reason);
  }
}

describe('number parsers never throw', () => {
  it('parseAmount returns a whole number of satang, null or a known reason for any text', () => {
    fc.assert(fc.property(hostileString, (raw) => expectAmountShape(parseAmount(raw))), { numRuns: 2000 });
  });

  it('parseCount returns a safe non-negative integer, null or a known reason for any text', () => {
    fc.assert(
      fc.property(hostileString, (raw) => {
        const result = parseCount(raw);
        if (result.ok) {
          if (result.value !== null) {
            expect(Number.isSafeInteger(result.value)).toBe(true);
            expect(result.value).toBeGreaterThanOrEqual(0);
            expect(Object.is(result.value, -0)).toBe(false);
          }
        } else {
          expect(COUNT_REASONS).toContain(result.reason);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('parseDecimal returns a finite number, null or a known reason for any text', () => {
    fc.assert(
      fc.property(hostileString, (raw) => {
        const result = parseDecimal(raw);
        if (result.ok) {
          if (result.value !== null) {
            expect(Number.isFinite(result.value)).toBe(true);
            expect(Object.is(result.value, -0)).toBe(false);
          }
        } else {
          expect(AMOUNT_REASONS).toContain(result.reason);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('all three cope quickly with very long and repetitive text', () => {
    fc.assert(
      fc.property(fc.oneof(longHostileString, longRepetition), (raw) => {
        const started = performance.now();
        expectAmountShape(parseAmount(raw));
        expect(typeof parseCount(raw).ok).toBe('boolean');
        expect(typeof parseDecimal(raw).ok).toBe('boolean');
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 40 },
    );
  });
});

/** How an amount of whole satang can be written in a CSV. */
const writtenAmount = fc
  .record({
    satang,
    grouped: fc.boolean(),
    thaiDigits: fc.boolean(),
    extraZeros: fc.integer({ min: 0, max: 3 }),
    shortFraction: fc.boolean(),
    negative: fc.constantFrom('-', '−', '- ', '(…)'),
    unit: fc.constantFrom('', '฿', '฿ ', ' บาท', 'บาท', '.-', '.- บาท'),
    before: padding,
    after: padding,
  })
  .map((w) => {
    const abs = Math.abs(w.satang);
    const whole = String(Math.floor(abs / 100));
    const cents = String(abs % 100).padStart(2, '0');
    let fraction = `.${cents}${'0'.repeat(w.extraZeros)}`;
    if (cents === '00' && w.shortFraction) fraction = '';
    else if (cents.endsWith('0') && w.shortFraction) fraction = `.${cents[0]}`;
    // The Thai '.-' ending only follows whole baht.
    const unit = fraction !== '' && w.unit.startsWith('.-') ? ' บาท' : w.unit;
    let number = (w.grouped ? groupThousands(whole) : whole) + fraction;
    if (unit.startsWith('฿')) number = unit + number;
    else number += unit;
    if (w.satang < 0) number = w.negative === '(…)' ? `(${number})` : w.negative + number;
    const text = w.before + number + w.after;
    return { text: w.thaiDigits ? toThaiDigits(text) : text, satang: w.satang };
  });

describe('amounts round-trip through the way CSVs write them', () => {
  it('parseAmount reads back the same satang', () => {
    fc.assert(
      fc.property(writtenAmount, ({ text, satang: expected }) => {
        const result = parseAmount(text);
        expect(result.ok, text).toBe(true);
        expect(satangOf(result)).toBe(expected);
        if (expected === 0 && result.ok) expect(Object.is(result.value, 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseAmount rounds more than two decimals half away from zero, like exact decimal arithmetic', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 13n - 2n }),
        fc.stringMatching(/^\d{3,8}$/),
        fc.boolean(),
        (whole, fraction, negative) => {
          // Exact: round(N / 10^k × 100) half up, in integers.
          const scale = 10n ** BigInt(fraction.length);
          const exact = (BigInt(`${whole}${fraction}`) * 200n + scale) / (2n * scale);
          const text = `${negative ? '-' : ''}${groupThousands(String(whole))}.${fraction}`;
          const result = parseAmount(text);
          if (exact >= 10n ** 15n) {
            expect(result).toEqual({ ok: false, reason: 'out-of-range' });
            return;
          }
          expect(satangOf(result)).toBe(Number(exact) * (negative && exact !== 0n ? -1 : 1));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('parseAmount refuses amounts of ten trillion baht and more instead of losing satang', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 13n, max: 10n ** 30n }), fc.boolean(), (whole, grouped) => {
        const digits = String(whole);
        expect(parseAmount(grouped ? groupThousands(digits) : digits)).toEqual({ ok: false, reason: 'out-of-range' });
      }),
    );
  });

  it('parseCount reads back whole counts written with commas, Thai digits, .0 and spaces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', '.0', '.00'),
        padding,
        padding,
        (n, grouped, thai, zeros, before, after) => {
          const digits = grouped ? groupThousands(String(n)) : String(n);
          const text = before + digits + zeros + after;
          expect(parseCount(thai ? toThaiDigits(text) : text)).toEqual({ ok: true, value: n });
          if (n > 0) expect(parseCount(`-${digits}`)).toEqual({ ok: false, reason: 'negative' });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parseDecimal reads back decimals written with commas, Thai digits, a sign and spaces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 15 }),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        padding,
        (mantissa, places, negative, grouped, thai, pad) => {
          const digits = String(mantissa).padStart(places + 1, '0');
          const whole = digits.slice(0, digits.length - places);
          const fraction = digits.slice(digits.length - places);
          const text = `${pad}${negative ? '-' : ''}${grouped ? groupThousands(whole) : whole}${places ? `.${fraction}` : ''}${pad}`;
          const expected = mantissa / 10 ** places;
          const result = parseDecimal(thai ? toThaiDigits(text) : text);
          expect(result).toEqual({ ok: true, value: negative && expected !== 0 ? -expected : expected });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('sumBaht', () => {
  it('adds whole satang exactly, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -(10 ** 11), max: 10 ** 11 }), { nil: null }), { maxLength: 200 }), (cents) => {
        const expected = cents.reduce<bigint>((sum, c) => sum + BigInt(c ?? 0), 0n);
        const amounts = cents.map((c) => (c === null ? null : c / 100));
        const total = sumBaht(amounts);
        expect(Math.round(total * 100)).toBe(Number(expected));
        expect(Object.is(total, -0)).toBe(false);
        expect(sumBaht([...amounts].reverse())).toBe(total);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the site formatters write amounts the parsers read back', () => {
  it('formatBahtExact in Thai is parsed back by parseAmount to the same satang', () => {
    fc.assert(
      fc.property(satang, (cents) => {
        const text = formatBahtExact(cents / 100, 'th');
        expect(satangOf(parseAmount(text))).toBe(cents);
      }),
      { numRuns: 1000 },
    );
  });

  it('machineBaht (the <data value>) is parsed back by parseAmount and parseDecimal to the same satang', () => {
    fc.assert(
      fc.property(satang, (cents) => {
        const text = machineBaht(cents / 100);
        expect(text).toMatch(/^-?\d+(\.\d{1,2})?$/);
        expect(satangOf(parseAmount(text))).toBe(cents);
        const decimal = parseDecimal(text);
        expect(decimal.ok && decimal.value !== null && Math.round(decimal.value * 100)).toBe(cents);
      }),
      { numRuns: 1000 },
    );
  });

  it('machineBaht of any amount is within half a satang of it', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (amount) => {
        const result = parseAmount(machineBaht(amount));
        expect(result.ok).toBe(true);
        if (result.ok) expect(Math.abs((result.value ?? Number.NaN) - amount)).toBeLessThanOrEqual(0.005 + Math.abs(amount) * 1e-15);
      }),
      { numRuns: 500 },
    );
  });

  it('formatCount is parsed back by parseCount to the same count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseCount(formatCount(n))).toEqual({ ok: true, value: n });
      }),
      { numRuns: 500 },
    );
  });

  it('formatBahtShort is a rounding of the amount: whole baht, 0.1 million, or whole millions', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_SATANG, max: MAX_SATANG }), fc.constantFrom('th' as const, 'en' as const), (cents, lang) => {
        const amount = cents / 100;
        const text = formatBahtShort(amount, lang);
        const millions = lang === 'th' ? '\u00a0ล้านบาท' : '\u00a0million baht';
        const isMillions = text.endsWith(millions);
        const number = text.slice(0, text.length - (isMillions ? millions.length : lang === 'th' ? 4 : 5));
        const read = parseDecimal(number);
        expect(read.ok && read.value !== null, text).toBe(true);
        if (!read.ok || read.value === null) return;
        const abs = Math.abs(amount);
        // Rounding at the unit shown: 0.5 of the last digit, plus float slack.
        const halfUnit = !isMillions ? 0.5 : abs >= 1e9 ? 0.5e6 : 0.05e6;
        expect(isMillions).toBe(abs >= 1e6);
        expect(Math.abs((isMillions ? read.value * 1e6 : read.value) - amount)).toBeLessThanOrEqual(halfUnit * (1 + 1e-9));
      }),
      { numRuns: 1000 },
    );
  });
});
