import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { parseAmount, parseCount, parseDecimal, sumBaht } from '../../../src/lib/parse/amount.ts';

// Locked from the real file (see the last test): distinct project ids and their summed agreed price.
const TOTAL_PROJECTS = 18252;
const TOTAL_AGREED_BAHT = 2767129015.82;
const REAL_CONTRACTS = fileURLToPath(new URL('../../../../shared/real/egp-contract-2568-phangnga-lamphun.csv', import.meta.url));

describe('parseAmount', () => {
  it.each([
    ['33669000', 33669000],
    ['11930.66', 11930.66],
    ['1,234.50', 1234.5],
    ['1,234,567.89', 1234567.89],
    ['  500  ', 500],
    ['๑,๒๓๔.๕๐', 1234.5],
    ['๓๓๖๖๙๐๐๐', 33669000],
    ['1,000 บาท', 1000],
    ['1,000บาท', 1000],
    ['฿1,000', 1000],
    ['฿ 1,000.25', 1000.25],
    ['5,000.-', 5000],
    ['5,000.- บาท', 5000],
    ['-250', -250],
    ['−250', -250],
    ['- 250', -250],
    ['-฿250', -250],
    ['(1,234.00)', -1234],
    ['(1,234.00) บาท', -1234],
    ['(฿99.5)', -99.5],
    ['0', 0],
    ['-0', 0],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['+12', 12],
    ['1,000,000', 1000000],
    ['9999999999999.99', 9999999999999.99],
  ])('%j → %d', (raw, expected) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1.005', 1.01],
    ['1.004', 1],
    ['2.675', 2.68],
    ['0.125', 0.13],
    ['-1.005', -1.01],
    ['(0.125)', -0.13],
    ['1234.5678', 1234.57],
    ['0.001', 0],
  ])('rounds %j to satang exactly: %d', (raw, expected) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value: expected });
  });

  it('never returns negative zero', () => {
    const parsed = parseAmount('-0.001');
    expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
  });

  it.each(['', '  ', '-', '–', '—', 'null', 'NULL', 'n/a', 'N/A', 'ไม่มี', '*'])('placeholder %j → null', (raw) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', 'not-a-number'],
    ['สองพัน', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['บาท', 'not-a-number'],
    ['฿', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['-Infinity', 'not-a-number'],
    ['1 234', 'not-a-number'],
    ['5.', 'not-a-number'],
    ['--5', 'not-a-number'],
    ['(-5)', 'not-a-number'],
    ['(5', 'not-a-number'],
    ['1.2.3', 'several-decimal-points'],
    ['1,234.5.6', 'several-decimal-points'],
    ['1,23', 'misplaced-comma'],
    ['12,34,567', 'misplaced-comma'],
    ['1234,567', 'misplaced-comma'],
    [',123', 'misplaced-comma'],
    ['1,234,', 'misplaced-comma'],
    ['1.234,56', 'misplaced-comma'],
    ['1e308', 'scientific-notation'],
    ['1.2E+6', 'scientific-notation'],
    ['3.3669E+07', 'scientific-notation'],
    ['-1e-5', 'scientific-notation'],
    ['1e13', 'scientific-notation'],
    ['10000000000000', 'out-of-range'],
    ['-10000000000000', 'out-of-range'],
    ['9999999999999.995', 'out-of-range'],
    ['99999999999999999999999', 'out-of-range'],
  ])('%j is rejected as %s', (raw, reason) => {
    expect(parseAmount(raw)).toEqual({ ok: false, reason });
  });
});

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['12345', 12345],
    ['404,681', 404681],
    ['๔๐๔,๖๘๑', 404681],
    ['1,234.0', 1234],
    ['1234.00', 1234],
    [' 7 ', 7],
    ['-0', 0],
  ])('%j → %d', (raw, expected) => {
    expect(parseCount(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '-', 'null', 'ไม่มี'])('placeholder %j → null', (raw) => {
    expect(parseCount(raw)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['12.5', 'not-a-whole-number'],
    ['1,234.01', 'not-a-whole-number'],
    ['-5', 'negative'],
    ['(5)', 'not-a-number'],
    ['abc', 'not-a-number'],
    ['1,23', 'misplaced-comma'],
    ['1e6', 'scientific-notation'],
    ['12345678901234567890', 'out-of-range'],
  ])('%j is rejected as %s', (raw, reason) => {
    expect(parseCount(raw)).toEqual({ ok: false, reason });
  });
});

describe('parseDecimal', () => {
  it.each([
    ['18.5745', 18.5745],
    ['98.9784', 98.9784],
    ['-12.5', -12.5],
    ['๑๘.๕๗๔๕', 18.5745],
    ['1,234.5678', 1234.5678],
    ['0.000001', 0.000001],
    ['42', 42],
    ['-0', 0],
  ])('%j → %d', (raw, expected) => {
    expect(parseDecimal(raw)).toEqual({ ok: true, value: expected });
  });

  it('keeps more than two decimals (unlike amounts)', () => {
    expect(parseDecimal('1.005')).toEqual({ ok: true, value: 1.005 });
  });

  it.each(['', '-', 'N/A'])('placeholder %j → null', (raw) => {
    expect(parseDecimal(raw)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', 'not-a-number'],
    ['18.57.45', 'several-decimal-points'],
    ['1,23', 'misplaced-comma'],
    ['1e5', 'scientific-notation'],
    ['NaN', 'not-a-number'],
    ['18.5745N', 'not-a-number'],
  ])('%j is rejected as %s', (raw, reason) => {
    expect(parseDecimal(raw)).toEqual({ ok: false, reason });
  });
});

describe('sumBaht', () => {
  it('adds exactly where floating-point addition drifts', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumBaht([0.1, 0.2])).toBe(0.3);
    const tenCents = Array.from({ length: 1000 }, () => 0.1);
    expect(tenCents.reduce((a, b) => a + b, 0)).not.toBe(100);
    expect(sumBaht(tenCents)).toBe(100);
  });

  it('skips null and undefined', () => {
    expect(sumBaht([1.25, null, undefined, 2.5])).toBe(3.75);
    expect(sumBaht([])).toBe(0);
    expect(sumBaht([null])).toBe(0);
  });

  it('handles negatives and returns plain zero', () => {
    expect(sumBaht([100.1, -100.1])).toBe(0);
    expect(Object.is(sumBaht([-0]), 0)).toBe(true);
    expect(sumBaht([-0.29, -0.01])).toBe(-0.3);
  });

  it('accepts any iterable', () => {
    function* amounts(): Generator<number> {
      yield 11930.66;
      yield 0.34;
    }
    expect(sumBaht(amounts())).toBe(11931);
    expect(sumBaht(new Set([1.1, 2.2]))).toBe(3.3);
  });

  it('refuses non-finite values instead of returning NaN', () => {
    expect(() => sumBaht([1, Number.NaN])).toThrow(RangeError);
    expect(() => sumBaht([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe.skipIf(!existsSync(REAL_CONTRACTS))('real e-GP contracts (needs ../shared/real)', () => {
  const rows = existsSync(REAL_CONTRACTS)
    ? parse<Record<string, string>>(readFileSync(REAL_CONTRACTS), { bom: true, columns: true })
    : [];

  it.each(['งบประมาณ(บาท)', 'ราคาตกลงซื้อ/จ้าง'])('every %s parses to a non-negative amount', (column) => {
    expect(rows.length).toBe(18329);
    const failures = rows.map((row) => row[column] ?? '').filter((raw) => !parseAmount(raw).ok);
    expect(failures).toEqual([]);
    for (const row of rows) {
      const parsed = parseAmount(row[column] ?? '');
      expect(parsed.ok && parsed.value !== null && parsed.value >= 0).toBe(true);
    }
  });

  it('reads the first contract of the file', () => {
    const first = rows[0]!;
    expect(parseAmount(first['งบประมาณ(บาท)']!)).toEqual({ ok: true, value: 33669000 });
    expect(parseAmount(first['ราคาตกลงซื้อ/จ้าง']!)).toEqual({ ok: true, value: 33210018 });
  });

  it('sums the agreed prices of distinct projects exactly', () => {
    const byProject = new Map<string, string>();
    for (const row of rows) byProject.set(row['รหัสโครงการ']!, row['ราคาตกลงซื้อ/จ้าง']!);
    const amounts = [...byProject.values()].map((raw) => {
      const parsed = parseAmount(raw);
      return parsed.ok && parsed.value !== null ? parsed.value : Number.NaN;
    });
    // Independent integer arithmetic on the digits as written (the file has at most 2 decimals).
    let satang = 0n;
    for (const raw of byProject.values()) {
      const [whole = '0', fraction = ''] = raw.split('.');
      satang += BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
    }
    expect(byProject.size).toBe(TOTAL_PROJECTS);
    expect(sumBaht(amounts)).toBe(Number(satang) / 100);
    expect(sumBaht(amounts)).toBe(TOTAL_AGREED_BAHT);
    // The naive floating-point sum of the same values is off by a fraction of a satang.
    expect(amounts.reduce((a, b) => a + b, 0)).not.toBe(TOTAL_AGREED_BAHT);
  });
});
