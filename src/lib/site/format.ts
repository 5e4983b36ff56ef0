// Display helpers for the site: money, counts, LAO type labels, URLs under the configured base.
import type { LaoTypeKey } from '../schema/lao.ts';
import type { BudgetPhase } from '../schema/budget.ts';

/** Non-breaking space: keeps a number and its unit together (and survives compressHTML). */
export const NBSP = '\u00a0';

const int = new Intl.NumberFormat('th-TH', { numberingSystem: 'latn', maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('th-TH', { numberingSystem: 'latn', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const satang = new Intl.NumberFormat('th-TH', { numberingSystem: 'latn', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A whole count with thousands separators: 18,329. */
export function formatCount(n: number): string {
  return int.format(n);
}

/** Exact baht with satang: "391,000,000.00 บาท". */
export function formatBahtExact(amount: number): string {
  return `${satang.format(amount)}${NBSP}บาท`;
}

/**
 * Short form for reading: "12.3 ล้านบาท" from one million up (no decimal from a thousand million up),
 * whole baht below that: "850,000 บาท".
 */
export function formatBahtShort(amount: number): string {
  const abs = Math.abs(amount);
  if (abs >= 1_000_000) {
    const m = amount / 1_000_000;
    const text = abs >= 1_000_000_000 ? int.format(m) : oneDecimal.format(m);
    return `${text}${NBSP}ล้านบาท`;
  }
  return `${int.format(amount)}${NBSP}บาท`;
}

/** The value written in <data value>: plain decimal, up to two places. */
export function machineBaht(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

export const LAO_TYPE_LABEL: Record<LaoTypeKey, string> = {
  pao: 'อบจ.',
  city: 'เทศบาลนคร',
  town: 'เทศบาลเมือง',
  subdistrict: 'เทศบาลตำบล',
  sao: 'อบต.',
  bangkok: 'กรุงเทพมหานคร',
  pattaya: 'เมืองพัทยา',
};

export const LAO_TYPE_LABEL_EN: Record<LaoTypeKey, string> = {
  pao: 'Provincial Administrative Organization',
  city: 'City municipality',
  town: 'Town municipality',
  subdistrict: 'Subdistrict municipality',
  sao: 'Subdistrict Administrative Organization',
  bangkok: 'Bangkok Metropolitan Administration',
  pattaya: 'Pattaya City',
};

export function laoTypeLabel(type: LaoTypeKey | null): string {
  return type ? LAO_TYPE_LABEL[type] : 'ไม่ทราบประเภท';
}

export const PHASE_LABEL: Record<BudgetPhase, string> = {
  proposed: 'ร่าง (ขอตั้ง)',
  approved: 'ตามข้อบัญญัติ/เทศบัญญัติ',
  revised: 'หลังโอน/แก้ไข',
  spent: 'ใช้จริง/รับจริง',
};

export const PHASE_LABEL_EN: Record<BudgetPhase, string> = {
  proposed: 'proposed',
  approved: 'approved',
  revised: 'revised',
  spent: 'actual',
};

/** A site path under the configured base: url('/lao/x/') → '/prongsai/lao/x/'. */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Thai collation for names and provinces, stable across machines. */
export const thaiCollator = new Intl.Collator('th-TH');
