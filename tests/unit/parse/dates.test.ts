import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import {
  fiscalYearOf,
  fiscalYearRange,
  formatThaiDate,
  parseFiscalYear,
  parseThaiDate,
} from '../../../src/lib/parse/dates.ts';

const REAL_CONTRACTS = fileURLToPath(new URL('../../../../shared/real/egp-contract-2568-phangnga-lamphun.csv', import.meta.url));

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const toThaiDigits = (text: string): string => text.replace(/\d/g, (d) => THAI_DIGITS[Number(d)]!);

/** Every written form of 13 August 2025 that real files use. */
const FORMS_OF_13_AUGUST_2025 = [
  '13 ส.ค. 68',
  '13 ส.ค. 2568',
  '13 ส.ค.68',
  '13ส.ค.68',
  '13 ส. ค. 68',
  '13 ส.ค 68',
  '13 สค 68',
  '13 สค. 2568',
  '13 สิงหาคม 2568',
  '13 สิงหาคม 68',
  '13 สิงหาคม พ.ศ. 2568',
  '13 สิงหาคม พ.ศ.2568',
  '13 ส.ค. พ.ศ. 2568',
  '13 สิงหาคม ค.ศ. 2025',
  'วันที่ 13 สิงหาคม 2568',
  '13/08/2568',
  '13/8/2568',
  '13/8/68',
  '13/08/68',
  '13-08-2568',
  '13.08.2568',
  '13/08/2025',
  '13-08-2025',
  '13/08/2568 00:00',
  '13/08/2568 14:05:09',
  '2025-08-13',
  '2025-8-13',
  '2025-08-13T00:00:00',
  '2025-08-13 00:00:00',
  '2025-08-13T23:59:59.999',
  '2568-08-13',
  '2568-08-13 00:00:00',
  '2025-08-12T17:00:00Z',
  '2025-08-13T06:00:00+07:00',
  '2025-08-12T23:30:00-05:00',
  '  13  ส.ค.  68 ',
  '13\u00A0ส.ค.\u00A068',
  '\u200B13 ส.ค. 68',
];

describe('parseThaiDate', () => {
  it.each(FORMS_OF_13_AUGUST_2025)('%j → 2025-08-13', (raw) => {
    expect(parseThaiDate(raw)).toEqual({ ok: true, value: '2025-08-13' });
  });

  it.each(FORMS_OF_13_AUGUST_2025.filter((form) => /\d/.test(form)))('%j in Thai digits → 2025-08-13', (raw) => {
    expect(parseThaiDate(toThaiDigits(raw))).toEqual({ ok: true, value: '2025-08-13' });
  });

  it.each([
    ['ม.ค.', 1], ['ก.พ.', 2], ['มี.ค.', 3], ['เม.ย.', 4], ['พ.ค.', 5], ['มิ.ย.', 6],
    ['ก.ค.', 7], ['ส.ค.', 8], ['ก.ย.', 9], ['ต.ค.', 10], ['พ.ย.', 11], ['ธ.ค.', 12],
  ])('abbreviation %s is month %d, with or without dots', (abbreviation, month) => {
    const iso = `2024-${String(month).padStart(2, '0')}-09`;
    expect(parseThaiDate(`9 ${abbreviation} 67`)).toEqual({ ok: true, value: iso });
    expect(parseThaiDate(`9 ${abbreviation.replace(/\./g, '')} 67`)).toEqual({ ok: true, value: iso });
    expect(parseThaiDate(`9 ${abbreviation.replace('.', '. ')} 2567`)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['มกราคม', 1], ['กุมภาพันธ์', 2], ['มีนาคม', 3], ['เมษายน', 4], ['พฤษภาคม', 5], ['มิถุนายน', 6],
    ['กรกฎาคม', 7], ['สิงหาคม', 8], ['กันยายน', 9], ['ตุลาคม', 10], ['พฤศจิกายน', 11], ['ธันวาคม', 12],
  ])('full name %s is month %d', (name, month) => {
    expect(parseThaiDate(`1 ${name} 2567`)).toEqual({ ok: true, value: `2024-${String(month).padStart(2, '0')}-01` });
  });

  it.each([
    ['9 ต.ค. 67', '2024-10-09'],
    ['25 มิ.ย. 68', '2025-06-25'],
    ['1 ม.ค. 00', '1957-01-01'],
    ['31 ธ.ค. 99', '2056-12-31'],
    ['17 ก.พ. 73', '2030-02-17'],
    ['29 ก.พ. 67', '2024-02-29'],
    ['29/02/2567', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['01/01/2400', '1857-01-01'],
    ['01/01/1900', '1900-01-01'],
    ['31/12/2299', '2299-12-31'],
    ['2025-12-31T20:00:00Z', '2026-01-01'],
    ['2568-01-01T00:00:00+07:00', '2025-01-01'],
  ])('%j → %s', (raw, iso) => {
    expect(parseThaiDate(raw)).toEqual({ ok: true, value: iso });
  });

  it.each(['', ' ', '-', '–', '—', 'null', 'NULL', 'n/a', 'N/A', 'ไม่มี', '*', 'ระหว่างดำเนินการ', ' ระหว่างดำเนินการ ', 'ไม่ระบุ', 'สิ้นสุดสัญญา'])(
    '%j → null',
    (raw) => {
      expect(parseThaiDate(raw)).toEqual({ ok: true, value: null });
    },
  );

  it.each([
    '31/02/2568',
    '29/02/2568',
    '29 ก.พ. 68',
    '30 ก.พ. 67',
    '31 เม.ย. 68',
    '31 มิ.ย. 68',
    '31 ก.ย. 68',
    '31 พ.ย. 68',
    '13/13/2568',
    '0/08/2568',
    '32/01/2568',
    '13/00/2568',
    '2025-13-01',
    '2025-02-30',
    '2025-02-31T00:00:00Z',
    '2025-08-13T25:00:00Z',
    '0 ส.ค. 68',
    '13/08/2350',
    '13/08/1850',
    '13/08/2800',
    '๓๑/๐๒/๒๕๖๘',
  ])('%j is an impossible date', (raw) => {
    expect(parseThaiDate(raw)).toEqual({ ok: false, reason: 'impossible-date' });
  });

  it.each([
    'abc',
    'สิงหาคม',
    '13 สิงหา 68',
    '13 xyz 68',
    '13 ส.ค.',
    'ส.ค. 68',
    '13/08',
    '13/08/568',
    '13/08-2568',
    '2025/08/13 extra',
    '13082568',
    '20250813',
    '123 ส.ค. 68',
    '13 ส.ค. 68 ถึง 20 ส.ค. 68',
    'ยกเลิก',
  ])('%j is unreadable', (raw) => {
    expect(parseThaiDate(raw)).toEqual({ ok: false, reason: 'unreadable-date' });
  });
});

describe('fiscalYearOf', () => {
  it.each([
    ['2024-09-30', 2567],
    ['2024-10-01', 2568],
    ['2024-12-31', 2568],
    ['2025-01-01', 2568],
    ['2025-09-30', 2568],
    ['2025-10-01', 2569],
    ['2000-10-01', 2544],
  ])('%s is in fiscal year %d', (iso, fiscalYear) => {
    expect(fiscalYearOf(iso)).toBe(fiscalYear);
  });

  it('throws on something that is not an ISO date', () => {
    expect(() => fiscalYearOf('13 ส.ค. 68')).toThrow(RangeError);
    expect(() => fiscalYearOf('2025-8-13')).toThrow(RangeError);
  });
});

describe('fiscalYearRange', () => {
  it('gives 1 October to 30 September', () => {
    expect(fiscalYearRange(2568)).toEqual({ start: '2024-10-01', end: '2025-09-30' });
    expect(fiscalYearRange(2569)).toEqual({ start: '2025-10-01', end: '2026-09-30' });
  });

  it('agrees with fiscalYearOf at both ends and just outside them', () => {
    for (const year of [2560, 2567, 2568, 2570]) {
      const { start, end } = fiscalYearRange(year);
      expect(fiscalYearOf(start)).toBe(year);
      expect(fiscalYearOf(end)).toBe(year);
      expect(fiscalYearOf(`${Number(start.slice(0, 4))}-09-30`)).toBe(year - 1);
      expect(fiscalYearOf(`${Number(end.slice(0, 4))}-10-01`)).toBe(year + 1);
    }
  });
});

describe('formatThaiDate', () => {
  it.each([
    ['2025-08-13', '13 ส.ค. 68', '13 สิงหาคม 2568'],
    ['2024-10-09', '9 ต.ค. 67', '9 ตุลาคม 2567'],
    ['2025-01-01', '1 ม.ค. 68', '1 มกราคม 2568'],
    ['2043-09-01', '1 ก.ย. 86', '1 กันยายน 2586'],
    ['1957-05-07', '7 พ.ค. 00', '7 พฤษภาคม 2500'],
  ])('%s → %j / %j', (iso, short, long) => {
    expect(formatThaiDate(iso, 'short')).toBe(short);
    expect(formatThaiDate(iso, 'long')).toBe(long);
  });

  it('round-trips every day of a leap year through parseThaiDate in both styles', () => {
    const day = new Date(Date.UTC(2024, 0, 1));
    for (let i = 0; i < 366; i++) {
      const iso = day.toISOString().slice(0, 10);
      expect(parseThaiDate(formatThaiDate(iso, 'short'))).toEqual({ ok: true, value: iso });
      expect(parseThaiDate(formatThaiDate(iso, 'long'))).toEqual({ ok: true, value: iso });
      day.setUTCDate(day.getUTCDate() + 1);
    }
  });

  it('throws on something that is not an ISO date', () => {
    expect(() => formatThaiDate('13/08/2568', 'short')).toThrow(RangeError);
  });
});

describe('parseFiscalYear', () => {
  it.each([
    ['2568', 2568],
    ['๒๕๖๘', 2568],
    ['ปีงบประมาณ 2568', 2568],
    ['ปีงบประมาณ2568', 2568],
    ['ปีงบประมาณ พ.ศ. 2568', 2568],
    ['ปีงบ 2568', 2568],
    ['พ.ศ. 2568', 2568],
    ['พ.ศ.๒๕๖๘', 2568],
    ['68', 2568],
    ['๖๘', 2568],
    ['2025', 2568],
    ['ค.ศ. 2025', 2568],
    ['FY2025', 2568],
    [' 2568 ', 2568],
    ['2500', 2500],
    ['2700', 2700],
    ['1957', 2500],
  ])('%j → %d', (raw, expected) => {
    expect(parseFiscalYear(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '-', 'null', 'ไม่มี'])('placeholder %j → null', (raw) => {
    expect(parseFiscalYear(raw)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['2499', 'out-of-range'],
    ['2701', 'out-of-range'],
    ['1956', 'out-of-range'],
    ['2200', 'out-of-range'],
    ['พ.ศ. 2025', 'out-of-range'],
    ['3000', 'out-of-range'],
    ['abc', 'not-a-year'],
    ['256', 'not-a-year'],
    ['25680', 'not-a-year'],
    ['2568.5', 'not-a-year'],
    ['2567-2568', 'not-a-year'],
  ])('%j is rejected as %s', (raw, reason) => {
    expect(parseFiscalYear(raw)).toEqual({ ok: false, reason });
  });
});

describe.skipIf(!existsSync(REAL_CONTRACTS))('real e-GP contracts (needs ../shared/real)', () => {
  const rows = existsSync(REAL_CONTRACTS)
    ? parse<Record<string, string>>(readFileSync(REAL_CONTRACTS), { bom: true, columns: true })
    : [];

  it.each(['วันที่ประกาศ', 'วันที่ลงนามสัญญา', 'วันที่สิ้นสุดสัญญา'])('every value of %s parses', (column) => {
    expect(rows.length).toBe(18329);
    const failures = rows
      .map((row) => row[column] ?? '')
      .filter((raw) => !parseThaiDate(raw).ok)
      .map((raw) => [raw, parseThaiDate(raw)]);
    expect(failures).toEqual([]);
  });

  it('turns placeholders into null and keeps every real date', () => {
    const announced = rows.map((row) => parseThaiDate(row['วันที่ประกาศ']!));
    expect(announced.filter((p) => p.ok && p.value === null).length).toBe(rows.filter((r) => r['วันที่ประกาศ'] === '-').length);
    for (const column of ['วันที่ประกาศ', 'วันที่ลงนามสัญญา', 'วันที่สิ้นสุดสัญญา']) {
      for (const row of rows) {
        const raw = row[column]!;
        const parsed = parseThaiDate(raw);
        if (/\d/.test(raw)) expect(parsed.ok && parsed.value !== null).toBe(true);
      }
    }
  });

  it('puts every contract-signed date in fiscal year 2568 or 2567', () => {
    const fiscalYears = new Map<number, number>();
    for (const row of rows) {
      const parsed = parseThaiDate(row['วันที่ลงนามสัญญา']!);
      if (!parsed.ok || parsed.value === null) continue;
      const fiscalYear = fiscalYearOf(parsed.value);
      fiscalYears.set(fiscalYear, (fiscalYears.get(fiscalYear) ?? 0) + 1);
    }
    expect([...fiscalYears.keys()].every((year) => year === 2568 || year === 2567)).toBe(true);
    // Locked: in this file they are all in 2568, the year the file is for.
    expect(Object.fromEntries(fiscalYears)).toEqual({ 2568: 18195 });
  });

  it('agrees with the ปีงบประมาณ column', () => {
    for (const row of rows) expect(parseFiscalYear(row['ปีงบประมาณ']!)).toEqual({ ok: true, value: 2568 });
  });

  it('knows the status word that fills some signing dates', () => {
    // 134 rows carry 'สิ้นสุดสัญญา' ("contract ended") instead of a signing date.
    expect(rows.filter((row) => row['วันที่ลงนามสัญญา'] === 'สิ้นสุดสัญญา').length).toBe(134);
  });
});
