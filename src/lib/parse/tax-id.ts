import { isPlaceholder } from './text.ts';
import { toArabicDigits } from './thai-digits.ts';

export type TaxIdStatus = 'valid' | 'missing' | 'bad-length' | 'bad-check-digit' | 'excel-damaged';

export interface TaxIdCheck {
  /** The 13 digits when status is 'valid', otherwise null. */
  value: string | null;
  status: TaxIdStatus;
}

/** The check digit of a Thai 13-digit tax / citizen id, from its first 12 digits. */
export function taxIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** True for 13 digits whose last is the check digit of the first 12. */
export function isValidThaiTaxId(id: string): boolean {
  return /^\d{13}$/.test(id) && taxIdCheckDigit(id) === Number(id[12]);
}

/** Completes 12 digits with their check digit (used by the sample generator). */
export function withCheckDigit(first12: string): string {
  return first12 + String(taxIdCheckDigit(first12));
}

/**
 * Reads a tax id as exported: Thai or Arabic digits, with dashes or spaces.
 * Excel turns long ids into `1.05554E+12` (digits are lost for good), and drops a leading zero.
 */
export function checkTaxId(raw: string): TaxIdCheck {
  const text = toArabicDigits(raw).trim();
  if (isPlaceholder(text)) return { value: null, status: 'missing' };
  if (/^\d(\.\d+)?e\+?\d+$/i.test(text)) return { value: null, status: 'excel-damaged' };
  const digits = text.replace(/[\s\-–.]/g, '');
  if (!/^\d+$/.test(digits)) return { value: null, status: 'bad-length' };
  const padded = digits.length === 12 && isValidThaiTaxId('0' + digits) ? '0' + digits : digits;
  if (padded.length !== 13) return { value: null, status: 'bad-length' };
  if (!isValidThaiTaxId(padded)) return { value: null, status: 'bad-check-digit' };
  return { value: padded, status: 'valid' };
}
