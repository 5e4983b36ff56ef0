// Property-based tests of the date and fiscal-year parsers (src/lib/parse/dates.ts) and of the
// Thai date formatters that write what they read (formatThaiDate, format.ts formatDate/formatFiscalYear).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fiscalYearOf, fiscalYearRange, formatThaiDate, parseFiscalYear, parseThaiDate } from '../../../src/lib/parse/dates.ts';
import { formatDate, formatFiscalYear } from '../../../src/lib/site/format.ts';
import { hostileString, longHostileString, longRepetition, padding, toThaiDigits } from './arbitraries.ts';

// Written out here rather than imported, so that a slip in the parser's own tables shows.
const ABBREVIATIONS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const NAMES = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];

const DAY_MS = 86_400_000;
const isoOf = (date: Date): string => date.toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

/** A calendar day between two years (inclusive), as its parts and ISO text. */
const day = (fromYear: number, toYear: number) =>
  fc.date({ min: utc(fromYear, 1, 1), max: utc(toYear, 12, 31), noInvalidDate: true }).map((date) => {
    const d = new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
    return { iso: isoOf(d), year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  });

type Day = { iso: string; year: number; month: number; day: number };
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Ways of writing a day, each with the CE years it can express (two-digit years are BE 2500–2599). */
const FORMS: { name: string; from: number; to: number; write: (d: Day) => string }[] = [
  { name: 'short BE', from: 1957, to: 2056, write: (d) => `${d.day} ${ABBREVIATIONS[d.month - 1]} ${pad2((d.year + 543) % 100)}` },
  { name: 'abbreviation without dots', from: 1957, to: 2056, write: (d) => `${d.day} ${ABBREVIATIONS[d.month - 1]!.replace(/\./g, '')} ${pad2((d.year + 543) % 100)}` },
  { name: 'no spaces', from: 1957, to: 2056, write: (d) => `${d.day}${ABBREVIATIONS[d.month - 1]}${pad2((d.year + 543) % 100)}` },
  { name: 'medium BE', from: 1857, to: 2256, write: (d) => `${d.day} ${ABBREVIATIONS[d.month - 1]} ${d.year + 543}` },
  { name: 'long BE', from: 1857, to: 2256, write: (d) => `${d.day} ${NAMES[d.month - 1]} ${d.year + 543}` },
  { name: 'long with พ.ศ.', from: 1857, to: 2256, write: (d) => `${d.day} ${NAMES[d.month - 1]} พ.ศ. ${d.year + 543}` },
  { name: 'long with ค.ศ.', from: 1900, to: 2299, write: (d) => `${d.day} ${NAMES[d.month - 1]} ค.ศ. ${d.year}` },
  { name: 'วันที่ prefix', from: 1857, to: 2256, write: (d) => `วันที่ ${d.day} ${NAMES[d.month - 1]} ${d.year + 543}` },
  { name: 'dd/mm/yyyy BE', from: 1857, to: 2256, write: (d) => `${pad2(d.day)}/${pad2(d.month)}/${d.year + 543}` },
  { name: 'd/m/yy BE', from: 1957, to: 2056, write: (d) => `${d.day}/${d.month}/${pad2((d.year + 543) % 100)}` },
  { name: 'dd-mm-yyyy CE', from: 1900, to: 2299, write: (d) => `${pad2(d.day)}-${pad2(d.month)}-${d.year}` },
  { name: 'dd.mm.yyyy BE', from: 1857, to: 2256, write: (d) => `${pad2(d.day)}.${pad2(d.month)}.${d.year + 543}` },
  { name: 'dd/mm/yyyy hh:mm BE', from: 1857, to: 2256, write: (d) => `${pad2(d.day)}/${pad2(d.month)}/${d.year + 543} 14:05` },
  { name: 'ISO', from: 1900, to: 2299, write: (d) => `${d.year}-${pad2(d.month)}-${pad2(d.day)}` },
  { name: 'ISO unpadded', from: 1900, to: 2299, write: (d) => `${d.year}-${d.month}-${d.day}` },
  { name: 'ISO with time', from: 1900, to: 2299, write: (d) => `${d.year}-${pad2(d.month)}-${pad2(d.day)}T23:59:59.999` },
  { name: 'ISO BE', from: 1857, to: 2256, write: (d) => `${d.year + 543}-${pad2(d.month)}-${pad2(d.day)} 00:00:00` },
];

const REASONS = ['impossible-date', 'unreadable-date'];

/** True when `iso` is a real calendar day written YYYY-MM-DD. */
function isCalendarDay(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const date = utc(Number(match[1]), Number(match[2]), Number(match[3]));
  return isoOf(date) === iso;
}

describe('date parsers never throw', () => {
  it('parseThaiDate gives a real calendar day, null or a known reason for any text', () => {
    fc.assert(
      fc.property(hostileString, (raw) => {
        const result = parseThaiDate(raw);
        if (result.ok) {
          if (result.value !== null) expect(isCalendarDay(result.value), result.value).toBe(true);
        } else {
          expect(REASONS).toContain(result.reason);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parseThaiDate copes with digits, separators and month words in any order', () => {
    const piece = fc.constantFrom(...'0123456789๐๑๒๓', '/', '-', '.', ' ', ':', 'T', 'Z', '+', ...ABBREVIATIONS, ...NAMES, 'พ.ศ.', 'ค.ศ.', 'วันที่');
    fc.assert(
      fc.property(fc.string({ unit: piece, maxLength: 12 }), (raw) => {
        const result = parseThaiDate(raw);
        if (result.ok) expect(result.value === null || isCalendarDay(result.value)).toBe(true);
        else expect(REASONS).toContain(result.reason);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseFiscalYear gives a BE year from 2500 to 2700, null or a known reason for any text', () => {
    fc.assert(
      fc.property(hostileString, (raw) => {
        const result = parseFiscalYear(raw);
        if (result.ok) {
          if (result.value !== null) {
            expect(Number.isInteger(result.value)).toBe(true);
            expect(result.value).toBeGreaterThanOrEqual(2500);
            expect(result.value).toBeLessThanOrEqual(2700);
          }
        } else {
          expect(['not-a-year', 'out-of-range']).toContain(result.reason);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('both cope quickly with very long and repetitive text', () => {
    fc.assert(
      fc.property(fc.oneof(longHostileString, longRepetition), (raw) => {
        const started = performance.now();
        expect(typeof parseThaiDate(raw).ok).toBe('boolean');
        expect(typeof parseFiscalYear(raw).ok).toBe('boolean');
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 40 },
    );
  });
});

describe('dates round-trip through every written form', () => {
  it.each(FORMS)('$name (CE $from–$to), also in Thai digits and with stray spaces', ({ from, to, write }) => {
    fc.assert(
      fc.property(day(from, to), fc.boolean(), padding, padding, (d, thai, before, after) => {
        const text = before + write(d) + after;
        expect(parseThaiDate(thai ? toThaiDigits(text) : text), text).toEqual({ ok: true, value: d.iso });
      }),
      { numRuns: 150 },
    );
  });

  it('formatThaiDate in each style is parsed back to the same day', () => {
    fc.assert(
      fc.property(day(1957, 2056), fc.constantFrom('short' as const, 'medium' as const, 'long' as const), (d, style) => {
        expect(parseThaiDate(formatThaiDate(d.iso, style))).toEqual({ ok: true, value: d.iso });
      }),
      { numRuns: 500 },
    );
  });

  it('formatThaiDate medium and long are read back for every year 4-digit BE years cover', () => {
    fc.assert(
      fc.property(day(1857, 2256), fc.constantFrom('medium' as const, 'long' as const), (d, style) => {
        expect(parseThaiDate(formatThaiDate(d.iso, style))).toEqual({ ok: true, value: d.iso });
      }),
      { numRuns: 300 },
    );
  });

  it('the site formatDate in Thai is parsed back to the same day', () => {
    fc.assert(
      fc.property(day(1857, 2256), (d) => {
        expect(parseThaiDate(formatDate(d.iso, 'th'))).toEqual({ ok: true, value: d.iso });
      }),
      { numRuns: 300 },
    );
  });

  it('an instant with a time zone is the day it is in Bangkok (UTC+7)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1901, 0, 1), max: Date.UTC(2298, 11, 31) }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }).map((quarters) => quarters * 15),
        fc.boolean(),
        (time, offsetMinutes, colon) => {
          const local = new Date(time + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const zone = `${sign}${pad2(Math.floor(abs / 60))}${colon ? ':' : ''}${pad2(abs % 60)}`;
          const expected = isoOf(new Date(time + 7 * 3_600_000));
          expect(parseThaiDate(`${local}${zone}`)).toEqual({ ok: true, value: expected });
          expect(parseThaiDate(`${new Date(time).toISOString()}`)).toEqual({ ok: true, value: expected });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a day that does not exist is impossible, in numeric and worded forms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1958, max: 2055 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }), (year, month, extra) => {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const badDay = days + 1 + extra;
        if (badDay > 99) return;
        expect(parseThaiDate(`${badDay}/${month}/${year + 543}`)).toEqual({ ok: false, reason: 'impossible-date' });
        expect(parseThaiDate(`${badDay} ${ABBREVIATIONS[month - 1]} ${pad2((year + 543) % 100)}`)).toEqual({ ok: false, reason: 'impossible-date' });
      }),
      { numRuns: 300 },
    );
  });
});

describe('fiscal years', () => {
  it('fiscalYearOf is the BE year in which the 1 October – 30 September year ends', () => {
    fc.assert(
      fc.property(day(1900, 2200), (d) => {
        const fy = fiscalYearOf(d.iso);
        // Oct + Nov + Dec = 92 days: moving a day 92 days on lands it in the CE year its fiscal year ends.
        const endYear = new Date(utc(d.year, d.month, d.day).getTime() + 92 * DAY_MS).getUTCFullYear();
        expect(fy).toBe(endYear + 543);
        const { start, end } = fiscalYearRange(fy);
        expect(start <= d.iso && d.iso <= end).toBe(true);
        expect(fiscalYearRange(fy - 1).end < d.iso).toBe(true);
        expect(fiscalYearRange(fy + 1).start > d.iso).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('the next day is in the same fiscal year, except after 30 September', () => {
    fc.assert(
      fc.property(day(1900, 2200), (d) => {
        const next = isoOf(new Date(utc(d.year, d.month, d.day).getTime() + DAY_MS));
        const step = fiscalYearOf(next) - fiscalYearOf(d.iso);
        expect(step).toBe(d.month === 9 && d.day === 30 ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });

  it('a fiscal year written as LAOs write it reads back the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2500, max: 2700 }),
        fc.constantFrom('', 'ปีงบประมาณ ', 'ปีงบประมาณ', 'ปีงบ ', 'ปีงบประมาณ พ.ศ. ', 'พ.ศ. ', 'พ.ศ.', 'ปี '),
        fc.boolean(),
        padding,
        (fy, prefix, thai, pad) => {
          const text = `${pad}${prefix}${fy}${pad}`;
          expect(parseFiscalYear(thai ? toThaiDigits(text) : text)).toEqual({ ok: true, value: fy });
          expect(parseFiscalYear(`FY${fy - 543}`)).toEqual({ ok: true, value: fy });
          expect(parseFiscalYear(`ค.ศ. ${fy - 543}`)).toEqual({ ok: true, value: fy });
          if (fy < 2600) expect(parseFiscalYear(`${prefix}${String(fy).slice(2)}`)).toEqual({ ok: true, value: fy });
          // The site's own label is read back too.
          expect(parseFiscalYear(formatFiscalYear(fy, 'th'))).toEqual({ ok: true, value: fy });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('fiscal years outside 2500–2700 BE are out of range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 2400, max: 2499 }), fc.integer({ min: 2701, max: 9999 })), (fy) => {
        expect(parseFiscalYear(String(fy))).toEqual({ ok: false, reason: 'out-of-range' });
      }),
    );
  });
});
