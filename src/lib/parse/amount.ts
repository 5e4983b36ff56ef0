import { toArabicDigits } from './thai-digits.ts';
import { cleanText, isPlaceholder } from './text.ts';
import type { Parsed } from './text.ts';

/** Amounts at or above this many baht (ten trillion) are taken as corrupt data. */
const MAX_BAHT = 1e13;

interface DecimalText {
  negative: boolean;
  /** Integer digits with thousands commas removed, e.g. '1234'. */
  whole: string;
  /** Digits after the decimal point, '' when there are none. */
  fraction: string;
}

const PLAIN_NUMBER = /^(\d*)(?:\.(\d+))?$/;
const GROUPED_NUMBER = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

/** Splits a cleaned, Arabic-digit number such as '-1,234.50' into sign and digits, or says why it cannot. */
function readDecimalText(text: string): DecimalText | { reason: string } {
  let rest = text;
  let negative = false;
  if (/^[-−+]/.test(rest)) {
    negative = rest[0] !== '+';
    rest = rest.slice(1).trimStart();
  }
  if (/^[\d.,]*\d[\d.,]*e[-+]?\d+$/i.test(rest)) return { reason: 'scientific-notation' };
  if (!/^[\d.,]+$/.test(rest) || !/\d/.test(rest)) return { reason: 'not-a-number' };
  if ((rest.match(/\./g) ?? []).length > 1) return { reason: 'several-decimal-points' };
  const match = rest.includes(',') ? GROUPED_NUMBER.exec(rest) : PLAIN_NUMBER.exec(rest);
  if (!match) return { reason: rest.includes(',') ? 'misplaced-comma' : 'not-a-number' };
  const whole = (match[1] ?? '').replace(/,/g, '');
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return { reason: 'not-a-number' };
  return { negative, whole: whole === '' ? '0' : whole, fraction };
}

/** Cleans a raw cell for number parsing: null for placeholders, otherwise Arabic-digit text. */
function prepare(raw: string): string | null {
  if (isPlaceholder(raw)) return null;
  return toArabicDigits(cleanText(raw));
}

/**
 * Reads money in baht, rounded to satang. Accepts Thai digits, thousands commas, '฿' before or
 * 'บาท' after the number, the Thai '.-' ending ('5,000.-'), a minus sign and accounting
 * negatives '(1,234.00)'. Placeholders give null.
 */
export function parseAmount(raw: string): Parsed<number | null> {
  let text = prepare(raw);
  if (text === null) return { ok: true, value: null };
  let accountingNegative = false;
  text = text.replace(/\s*บาท$/, '').replace(/\.-$/, '').trim();
  const bracketed = /^\((.*)\)$/.exec(text);
  if (bracketed) {
    accountingNegative = true;
    text = (bracketed[1] ?? '').trim().replace(/\s*บาท$/, '').replace(/\.-$/, '').trim();
  }
  text = text.replace(/^([-−+]?)\s*฿\s*/, '$1');
  const read = readDecimalText(text);
  if ('reason' in read) return { ok: false, reason: read.reason };
  if (accountingNegative && read.negative) return { ok: false, reason: 'not-a-number' };
  // Rounding on the digits themselves avoids binary surprises such as 1.005 * 100 = 100.49999….
  const roundUp = (read.fraction[2] ?? '0') >= '5' ? 1 : 0;
  const satang = Number(read.whole) * 100 + Number(read.fraction.slice(0, 2).padEnd(2, '0')) + roundUp;
  if (!Number.isFinite(satang) || satang >= MAX_BAHT * 100) return { ok: false, reason: 'out-of-range' };
  if (satang === 0) return { ok: true, value: 0 };
  return { ok: true, value: ((read.negative || accountingNegative) ? -satang : satang) / 100 };
}

/** Reads a non-negative whole number such as a population or household count; '1,234.0' is allowed. */
export function parseCount(raw: string): Parsed<number | null> {
  const text = prepare(raw);
  if (text === null) return { ok: true, value: null };
  const read = readDecimalText(text);
  if ('reason' in read) return { ok: false, reason: read.reason };
  if (/[^0]/.test(read.fraction)) return { ok: false, reason: 'not-a-whole-number' };
  const value = Number(read.whole);
  if (read.negative && value !== 0) return { ok: false, reason: 'negative' };
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value };
}

/** Reads a plain decimal such as a latitude, an indicator value or an area; Thai digits and thousands commas allowed. */
export function parseDecimal(raw: string): Parsed<number | null> {
  const text = prepare(raw);
  if (text === null) return { ok: true, value: null };
  const read = readDecimalText(text);
  if ('reason' in read) return { ok: false, reason: read.reason };
  const value = Number(`${read.whole}.${read.fraction || '0'}`);
  if (!Number.isFinite(value)) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value: read.negative && value !== 0 ? -value : value };
}

/**
 * Adds baht amounts exactly, skipping null and undefined. Floating-point sums drift
 * (0.1 + 0.2 = 0.30000000000000004, and thousands of rows make it visible in totals), so each
 * value is turned into whole satang, summed as integers, and converted back once.
 */
export function sumBaht(values: Iterable<number | null | undefined>): number {
  let satang = 0;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value)) throw new RangeError(`sumBaht: ${value} is not a finite amount`);
    satang += Math.round(value * 100);
  }
  return satang === 0 ? 0 : satang / 100;
}
