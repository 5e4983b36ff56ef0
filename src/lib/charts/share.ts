// A part's share of a whole, and how it is written ("12.5%").

const percent = new Intl.NumberFormat('th-TH', { style: 'percent', numberingSystem: 'latn', maximumFractionDigits: 1 });

/** value / total, or null when the total is not a positive number (a share of nothing is undefined). */
export function shareOf(value: number, total: number): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(total) || total <= 0) return null;
  return value / total;
}

/** "12.5%"; tiny non-zero shares read "<0.1%" rather than a misleading "0%". */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.0005) return `<${percent.format(0.001)}`;
  return percent.format(share);
}
