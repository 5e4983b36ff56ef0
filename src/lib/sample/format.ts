/** Money is kept in integer satang (1/100 baht) so sums are exact; these helpers write it out. */
export type Satang = number;

const THAI_ZERO = 0x0e50;

/** Replaces 0–9 with Thai digits ๐–๙ (as many e-GP project names are typed). */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/** Rounds a baht amount to a multiple of step baht (budget lines are set in round numbers). */
export function roundBaht(amount: number, step: number): Satang {
  return Math.max(step, Math.round(amount / step) * step) * 100;
}

/** Inserts thousands separators into a string of digits. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function splitSatang(value: Satang): { sign: string; whole: string; cents: string } {
  const abs = Math.abs(Math.round(value));
  return {
    sign: value < 0 ? '-' : '',
    whole: String(Math.floor(abs / 100)),
    cents: String(abs % 100).padStart(2, '0'),
  };
}

/** Plain amount as in the real CSVs: '98500' for whole baht, '15536.40' otherwise. */
export function plainAmount(value: Satang): string {
  if (value % 100 === 0) return String(value / 100);
  const { sign, whole, cents } = splitSatang(value);
  return cents === '00' ? sign + whole : `${sign}${whole}.${cents}`;
}

/** Amount with separators and always two decimals: '98,500.00'. */
export function commaAmount(value: Satang): string {
  const { sign, whole, cents } = splitSatang(value);
  return `${sign}${groupThousands(whole)}.${cents}`;
}

/** Amount with separators, decimals only when there are satang: '98,500' or '15,536.40'. */
export function shortCommaAmount(value: Satang): string {
  const { sign, whole, cents } = splitSatang(value);
  return cents === '00' ? sign + groupThousands(whole) : `${sign}${groupThousands(whole)}.${cents}`;
}

/** A count with thousands separators: 7850 → '7,850'. */
export function formatCount(n: number): string {
  return groupThousands(String(n));
}

/** A byte size for humans: '812.4 kB', '1.2 MB', '3.41 GB'. */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}
