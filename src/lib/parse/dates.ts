import { toArabicDigits } from './thai-digits.ts';
import { cleanText, isPlaceholder } from './text.ts';
import type { Parsed } from './text.ts';

/** Years are Buddhist Era (BE) in Thai data; BE = CE + 543. */
const BE_OFFSET = 543;

/** Thai month abbreviations, January first. */
export const MONTH_ABBREVIATIONS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const;
/** Thai month names, January first. */
export const MONTH_NAMES = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

/** Month number by its name or abbreviation with dots and spaces removed ('สค', 'สิงหาคม' → 8). */
const MONTH_BY_WORD = new Map<string, number>([
  ...MONTH_ABBREVIATIONS.map((abbr, i) => [abbr.replace(/\./g, ''), i + 1] as const),
  ...MONTH_NAMES.map((name, i) => [name, i + 1] as const),
]);

// Words that sit in real date columns instead of a date. 'สิ้นสุดสัญญา' ("contract ended") fills
// the signing-date column of 134 rows of the FY2568 e-GP export.
const NOT_A_DATE_WORDS = new Set(['ระหว่างดำเนินการ', 'ไม่ระบุ', 'สิ้นสุดสัญญา']);

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const NUMERIC_DMY = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})${TIME}$`);
const WORDED_DMY = /^(\d{1,2})\s*([^\d]+?)\s*(\d{2}|\d{4})$/;

type YearEra = 'be' | 'ce' | 'guess';

/** The Common Era year of a year as written, or null when it is not a plausible year. */
function toCommonEraYear(written: string, era: YearEra): number | null {
  const n = Number(written);
  if (written.length === 2) return era === 'ce' ? 2000 + n : 2500 + n - BE_OFFSET;
  if (era === 'be' || (era === 'guess' && n >= 2400)) {
    return n >= 2400 && n < 2800 ? n - BE_OFFSET : null;
  }
  return n >= 1900 && n < 2300 ? n : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIsoDate(year: number, month: number, day: number): Parsed<string> {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'impossible-date' };
  }
  return { ok: true, value: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

function fromParts(day: string, month: number, year: string, era: YearEra): Parsed<string> {
  const ceYear = toCommonEraYear(year, era);
  if (ceYear === null) return { ok: false, reason: 'impossible-date' };
  return toIsoDate(ceYear, month, Number(day));
}

/** Reads '13 ส.ค. 2568' style dates; the month may be abbreviated, with or without dots. */
function parseWordedDate(text: string): Parsed<string> | null {
  const match = WORDED_DMY.exec(text);
  if (!match) return null;
  const [, day = '', words = '', year = ''] = match;
  let era: YearEra = 'guess';
  let monthWord = words.replace(/[.\s]/g, '');
  if (monthWord.endsWith('พศ')) era = 'be';
  else if (monthWord.endsWith('คศ')) era = 'ce';
  if (era !== 'guess') monthWord = monthWord.slice(0, -2);
  const month = MONTH_BY_WORD.get(monthWord);
  return month === undefined ? null : fromParts(day, month, year, era);
}

/** An instant with a time zone ('2025-08-12T17:00:00Z') is a date on the Bangkok calendar (UTC+7). */
function bangkokDateOf(text: string): Parsed<string> | null {
  const match = ISO_INSTANT.exec(text);
  if (!match) return null;
  const ceYear = toCommonEraYear(match[1] ?? '', 'guess');
  if (ceYear === null) return { ok: false, reason: 'impossible-date' };
  const asWritten = toIsoDate(ceYear, Number(match[2]), Number(match[3]));
  if (!asWritten.ok) return asWritten;
  const time = Date.parse(String(ceYear) + text.slice(4));
  if (Number.isNaN(time)) return { ok: false, reason: 'impossible-date' };
  const bangkok = new Date(time + 7 * 3600 * 1000);
  return toIsoDate(bangkok.getUTCFullYear(), bangkok.getUTCMonth() + 1, bangkok.getUTCDate());
}

/**
 * Reads a date as Thai exports write it and returns ISO 'YYYY-MM-DD' (Common Era). Two-digit years
 * are BE; four-digit years from 2400 are BE, 1900–2299 CE. Placeholders and status words give null.
 */
export function parseThaiDate(raw: string): Parsed<string | null> {
  const cleaned = cleanText(raw);
  if (isPlaceholder(cleaned) || NOT_A_DATE_WORDS.has(cleaned)) return { ok: true, value: null };
  const text = toArabicDigits(cleaned).replace(/^วันที่\s*/, '');

  const iso = ISO_DATE.exec(text);
  if (iso) return fromParts(iso[3] ?? '', Number(iso[2]), iso[1] ?? '', 'guess');
  const instant = bangkokDateOf(text);
  if (instant) return instant;
  const numeric = NUMERIC_DMY.exec(text);
  if (numeric) return fromParts(numeric[1] ?? '', Number(numeric[3]), numeric[4] ?? '', 'guess');
  return parseWordedDate(text) ?? { ok: false, reason: 'unreadable-date' };
}

/** Splits an ISO date into numbers, throwing on anything else (callers pass parsed dates). */
function isoParts(isoDate: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The Thai fiscal year (BE) of an ISO date: it runs 1 October – 30 September and is named by the year it ends in. */
export function fiscalYearOf(isoDate: string): number {
  const { year, month } = isoParts(isoDate);
  return year + BE_OFFSET + (month >= 10 ? 1 : 0);
}

/** The ISO first and last day of a Thai fiscal year given in BE (2568 → 2024-10-01 … 2025-09-30). */
export function fiscalYearRange(fiscalYearBE: number): { start: string; end: string } {
  const endYear = fiscalYearBE - BE_OFFSET;
  return { start: `${endYear - 1}-10-01`, end: `${endYear}-09-30` };
}

/** Writes an ISO date the Thai way: 'short' → '13 ส.ค. 68', 'medium' → '13 ส.ค. 2568', 'long' → '13 สิงหาคม 2568'. */
export function formatThaiDate(isoDate: string, style: 'short' | 'medium' | 'long'): string {
  const { year, month, day } = isoParts(isoDate);
  const beYear = year + BE_OFFSET;
  if (style === 'short') {
    return `${day} ${MONTH_ABBREVIATIONS[month - 1]} ${String(beYear % 100).padStart(2, '0')}`;
  }
  if (style === 'medium') return `${day} ${MONTH_ABBREVIATIONS[month - 1]} ${beYear}`;
  return `${day} ${MONTH_NAMES[month - 1]} ${beYear}`;
}

/**
 * Reads a fiscal year as BE: '2568', '๒๕๖๘', 'ปีงบประมาณ 2568', 'พ.ศ. 2568', '68', or a CE year
 * such as 2025. Years outside 2500–2700 BE are rejected.
 */
export function parseFiscalYear(raw: string): Parsed<number | null> {
  const cleaned = cleanText(raw);
  if (isPlaceholder(cleaned)) return { ok: true, value: null };
  let text = toArabicDigits(cleaned).replace(/^(?:ปีงบประมาณ|ปีงบ\.?|ปี|fy)\s*/i, '');
  let era: YearEra = 'guess';
  const eraMark = /^(พ|ค)\.?\s*ศ\.?\s*/.exec(text);
  if (eraMark) {
    era = eraMark[1] === 'พ' ? 'be' : 'ce';
    text = text.slice(eraMark[0].length);
  }
  if (!/^\d{2}$|^\d{4}$/.test(text)) return { ok: false, reason: 'not-a-year' };
  const n = Number(text);
  let be: number;
  if (text.length === 2) be = era === 'ce' ? 2000 + n + BE_OFFSET : 2500 + n;
  else be = era === 'ce' || (era === 'guess' && n < 2400) ? n + BE_OFFSET : n;
  if (be < 2500 || be > 2700) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value: be };
}
