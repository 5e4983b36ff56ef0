import { toArabicDigits } from './thai-digits.ts';

/** Result of parsing one raw cell: the value, or a short English machine reason such as 'not-a-number'. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

// Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and bidi controls (U+200E, U+200F,
// U+202A–U+202E, U+2066–U+2069): invisible, but they make equal-looking names compare unequal.
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

// \s covers tab, newlines, NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F and U+3000.
const ANY_SPACE_RUN = /\s+/g;

const PLACEHOLDERS = new Set(['', '-', '–', '—', 'null', 'n/a', 'ไม่มี', '*']);

// Anything cleanText would change besides NFC: invisible characters, a space that is not a plain
// space, two spaces in a row, or a space at either end. Most cells have none, and skip the rewrite.
const NEEDS_CLEANING = /[\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]|[^\S ]|  |^ | $/;

/** NFC-normalises, drops invisible characters, turns every kind of space into one plain space, and trims. */
export function cleanText(raw: string): string {
  const text = raw.normalize('NFC');
  if (!NEEDS_CLEANING.test(text)) return text;
  // Normalised again: a dropped invisible character may have stood between a letter and its marks
  // ('น\u0E48\u200B\u0E38' must end as 'นุ่', tone mark after the vowel below, like 'น\u0E48\u0E38').
  return text.replace(INVISIBLE, '').replace(ANY_SPACE_RUN, ' ').trim().normalize('NFC');
}

/** True when a value means "none" in real exports: blank, '-', dashes, 'null', 'n/a', 'ไม่มี' or '*'. */
export function isPlaceholder(raw: string): boolean {
  return isCleanPlaceholder(cleanText(raw));
}

/** isPlaceholder for text that has already been through cleanText. */
export function isCleanPlaceholder(clean: string): boolean {
  return clean.length <= 5 && PLACEHOLDERS.has(clean.toLowerCase());
}

// Sara am written as nikhahit + sara aa ('จํากัด', 'นํ้า') looks identical to 'จำกัด', 'น้ำ'.
const SPLIT_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;

/**
 * A key for comparing names: Thai digits made Arabic, Latin lowercased, look-alike sara am unified,
 * and everything but letters, combining marks (Thai vowels and tone marks) and digits removed.
 */
export function matchKey(raw: string): string {
  return toArabicDigits(cleanText(raw))
    .toLowerCase()
    .replace(SPLIT_SARA_AM, '$1\u0E33')
    .replace(/[^\p{L}\p{M}\p{Nd}]/gu, '');
}

/** A key for matching CSV header names, so that 'งบประมาณ (บาท)' and 'งบประมาณ(บาท)' compare equal. */
export function foldHeader(raw: string): string {
  return cleanText(raw).toLowerCase().replace(/[\s_\-.()/:]/g, '');
}
