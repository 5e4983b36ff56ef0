import { MONTH_NAMES, formatThaiDate } from '../parse/dates.ts';

/** Dates as day numbers (days since 1970-01-01, UTC): plain integers, easy to add and compare. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const BE_OFFSET = 543;


/** Day number of a Buddhist-Era calendar date. */
export function dayOfBE(yearBE: number, month: number, day: number): DayNumber {
  return Date.UTC(yearBE - BE_OFFSET, month - 1, day) / MS_PER_DAY;
}

/** Year (BE), month (1–12) and day of a day number. */
export function partsBE(day: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear() + BE_OFFSET, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** First day of a Thai fiscal year: FY2568 starts 1 Oct 2567. */
export function fiscalYearStart(fiscalYear: number): DayNumber {
  return dayOfBE(fiscalYear - 1, 10, 1);
}

/** Last day of a Thai fiscal year: FY2568 ends 30 Sep 2568. */
export function fiscalYearEnd(fiscalYear: number): DayNumber {
  return dayOfBE(fiscalYear, 9, 30);
}

/** '13/08/2568' (day/month/BE year), as Thai spreadsheets write dates. */
export function slashDate(day: DayNumber): string {
  const p = partsBE(day);
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`;
}

/** '25 มิ.ย. 68', the e-GP export style. */
export function shortThaiDate(day: DayNumber): string {
  return formatThaiDate(new Date(day * MS_PER_DAY).toISOString().slice(0, 10), 'short');
}

/** Full Thai month name: 8 → 'สิงหาคม'. */
export function thaiMonthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}
