// Display helpers for the site, in Thai or English: money, counts, shares, dates, URLs under the base.
import { formatThaiDate } from '../parse/dates.ts';
import type { Lang } from './i18n.ts';

/** Non-breaking space: keeps a number and its unit together (and survives compressHTML). */
export const NBSP = '\u00a0';

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const satang = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const BAHT: Record<Lang, string> = { th: 'บาท', en: 'baht' };
const MILLION_BAHT: Record<Lang, string> = { th: 'ล้านบาท', en: 'million baht' };

/** A file size for people: 12 KB, 3.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A whole count with thousands separators: 18,329. */
export function formatCount(n: number): string {
  return int.format(n);
}

/** Exact baht with satang: "391,000,000.00 บาท" / "391,000,000.00 baht". */
export function formatBahtExact(amount: number, lang: Lang = 'th'): string {
  return `${satang.format(amount)}${NBSP}${BAHT[lang]}`;
}

/**
 * Short form for reading: "12.3 ล้านบาท" / "12.3 million baht" from one million up (no decimal from a
 * thousand million up), whole baht below that: "850,000 บาท".
 */
export function formatBahtShort(amount: number, lang: Lang = 'th'): string {
  const abs = Math.abs(amount);
  if (abs >= 1_000_000) {
    const m = amount / 1_000_000;
    const text = abs >= 1_000_000_000 ? int.format(m) : oneDecimal.format(m);
    return `${text}${NBSP}${MILLION_BAHT[lang]}`;
  }
  return `${int.format(amount)}${NBSP}${BAHT[lang]}`;
}

/** A share as a whole percentage ("42%"), one decimal under 10% ("3.5%"); null when the base is zero. */
export function formatShare(part: number, whole: number): string | null {
  if (!whole) return null;
  const pct = (part / whole) * 100;
  return `${Math.abs(pct) < 10 ? oneDecimal.format(pct) : int.format(pct)}%`;
}

/** A change as a signed percentage: "+4.2%", "−3.0%"; null without a base. */
export function formatChange(now: number, before: number): string | null {
  if (!before) return null;
  const pct = ((now - before) / Math.abs(before)) * 100;
  const text = oneDecimal.format(Math.abs(pct));
  return pct > 0 ? `+${text}%` : pct < 0 ? `\u2212${text}%` : '0.0%';
}

const EN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A date for reading: Buddhist Era in Thai ("13 ส.ค. 2568"), Common Era in English ("13 Aug 2025"). */
export function formatDate(isoDate: string, lang: Lang): string {
  if (lang === 'en') return EN_DATE.format(new Date(`${isoDate}T00:00:00Z`));
  return formatThaiDate(isoDate, 'medium');
}

/**
 * A fiscal year, always named by its Buddhist Era year as LAOs publish it; English adds the Common Era
 * span: 'ปีงบประมาณ 2568' / 'fiscal year 2568 (Oct 2024 – Sep 2025)'.
 */
export function formatFiscalYear(fiscalYear: number | string, lang: Lang): string {
  const fy = Number(fiscalYear);
  return lang === 'th' ? `ปีงบประมาณ ${fy}` : `fiscal year ${fy} (Oct ${fy - 544} – Sep ${fy - 543})`;
}

/** The value written in <data value>: plain decimal, up to two places. */
export function machineBaht(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

/** The downloads' and JSON API's paths, which live under PRONGSAI_DATA_URL when it is set. */
const DATA_PATH = /^\/(?:download|api)\//;

/**
 * A site path under the configured base: url('/lao/x/') → '/prongsai/lao/x/'. The downloads and the
 * JSON API go to the data address instead when they are published apart from the pages (object
 * storage; PRONGSAI_DATA_URL): url('/download/all/contracts.csv') → 'https://data.example.org/download/all/contracts.csv'.
 */
export function url(path: string): string {
  const rooted = path.startsWith('/') ? path : `/${path}`;
  const data = (import.meta.env.PRONGSAI_DATA_URL as string | undefined) || '';
  if (data && DATA_PATH.test(rooted)) return `${data.replace(/\/$/, '')}${rooted}`;
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${rooted}`;
}

/** Thai collation for names and provinces, stable across machines. */
export const thaiCollator = new Intl.Collator('th-TH');
