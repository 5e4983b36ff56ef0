// A share (0–1, such as a completeness score) across fiscal years: one bar per year on a fixed 0–100%
// scale, drawn over a pale track that shows how far full marks are; the year is written before each
// bar and the share at its end, so no reading depends on colour or on bar length alone.
import { CHART_WIDTH, FONT_SIZE, TEXT_OVERHANG } from './frame.ts';
import { BAR_FILL, PAGE_INK } from './palette.ts';
import { estimateTextWidth } from './text-fit.ts';
import { valueScale } from './value-scale.ts';

export interface ShareYearsOptions {
  /** Text of a share: formatShare(share, 1). */
  formatShare: (share: number) => string;
  /** Written instead of a bar for a year without a share. */
  noDataText: string;
  /** viewBox width; default CHART_WIDTH. */
  width?: number;
  /** Default FONT_SIZE. */
  fontSize?: number;
}

export interface ShareYearMark {
  year: string;
  /** Right edge of the year text (anchor "end"). */
  yearX: number;
  /** Baseline of the year and the share text. */
  textY: number;
  /** The whole 0–100% extent behind the bar. */
  track: { x: number; y: number; width: number; height: number };
  /** null when the year has no share. */
  bar: { x: number; y: number; width: number; height: number } | null;
  valueText: string;
  valueX: number;
}

export interface ShareYearsLayout {
  width: number;
  height: number;
  fontSize: number;
  fill: string;
  track: string;
  ink: string;
  zeroX: number;
  marks: ShareYearMark[];
}

/** Behind the bars only; the share is always written, so the track needs no contrast of its own. */
const TRACK_FILL = '#e3e8ef';
const BAR_HEIGHT = 16;
const BAR_GAP = 8;
const YEAR_GAP = 6;
const VALUE_GAP = 4;

export function layoutShareYears(years: readonly string[], shares: readonly (number | null)[], options: ShareYearsOptions): ShareYearsLayout {
  const { formatShare, noDataText, width = CHART_WIDTH, fontSize = FONT_SIZE } = options;
  const yearColumn = Math.max(0, ...years.map((y) => estimateTextWidth(y, fontSize))) + YEAR_GAP;
  const clamp = (s: number) => Math.min(1, Math.max(0, s));
  const known = years.flatMap((_, i) => {
    const s = shares[i];
    return typeof s === 'number' && Number.isFinite(s) ? [{ value: clamp(s), text: formatShare(s) }] : [];
  });
  // Full marks are always on the scale, with room for their text: a 40% bar is drawn as 40% of the track.
  const scale = valueScale([...known, { value: 1, text: formatShare(1) }], { left: yearColumn, right: width, fontSize, gap: VALUE_GAP });
  const full = scale.place(1);

  const marks = years.map((year, i): ShareYearMark => {
    const y = TEXT_OVERHANG + i * (BAR_HEIGHT + BAR_GAP);
    const textY = y + BAR_HEIGHT / 2 + fontSize * 0.35;
    const track = { x: full.x, y, width: full.width, height: BAR_HEIGHT };
    const s = shares[i];
    if (typeof s !== 'number' || !Number.isFinite(s)) {
      return { year, yearX: yearColumn - YEAR_GAP, textY, track, bar: null, valueText: noDataText, valueX: scale.zeroX + VALUE_GAP };
    }
    const place = scale.place(clamp(s));
    return { year, yearX: yearColumn - YEAR_GAP, textY, track, bar: { x: place.x, y, width: place.width, height: BAR_HEIGHT }, valueText: formatShare(s), valueX: place.textX };
  });
  const height = TEXT_OVERHANG * 2 + Math.max(0, years.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP);
  return { width, height, fontSize, fill: BAR_FILL, track: TRACK_FILL, ink: PAGE_INK, zeroX: scale.zeroX, marks };
}
