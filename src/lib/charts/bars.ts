// Horizontal bars, one per row, each with its label on a line above it (long Thai labels get the
// full chart width at 360 px) and its value written at the bar end.
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, TEXT_OVERHANG } from './frame.ts';
import { BAR_FILL, PAGE_INK } from './palette.ts';
import { fitText } from './text-fit.ts';
import { valueScale } from './value-scale.ts';

export interface BarRow {
  /** Written above the bar; shortened with "…" when too long (the table has it whole). */
  label: string;
  value: number;
  /** Extra text for the table alternative only. */
  note?: string;
  /** Link for the label in the table alternative. */
  href?: string;
}

export interface BarLayoutOptions {
  formatValue: (n: number) => string;
  /** Written instead of a bar when a value is not a finite number. */
  noDataText: string;
  /** viewBox width; default CHART_WIDTH. */
  width?: number;
  /** Default FONT_SIZE. */
  fontSize?: number;
  /** Default 14. */
  barHeight?: number;
}

export interface BarMark {
  label: string;
  labelX: number;
  labelY: number;
  /** null when the value is missing: only `valueText` (the no-data text) is drawn. */
  bar: { x: number; y: number; width: number; height: number } | null;
  valueText: string;
  valueX: number;
  valueY: number;
  valueAnchor: 'start' | 'end';
}

export interface BarLayout {
  width: number;
  height: number;
  fontSize: number;
  fill: string;
  ink: string;
  /** x of the value 0, where a baseline is drawn. */
  zeroX: number;
  marks: BarMark[];
}

const ROW_GAP = 10;
const VALUE_GAP = 4;

export function layoutBars(rows: readonly BarRow[], options: BarLayoutOptions): BarLayout {
  const { formatValue, noDataText, width = CHART_WIDTH, fontSize = FONT_SIZE, barHeight = 14 } = options;
  const rowHeight = LINE_HEIGHT + barHeight + ROW_GAP;
  const known = rows.filter((r) => Number.isFinite(r.value)).map((r) => ({ value: r.value, text: formatValue(r.value) }));
  const scale = valueScale(known, { left: 0, right: width, fontSize, gap: VALUE_GAP });

  const marks = rows.map((row, i): BarMark => {
    const top = TEXT_OVERHANG + i * rowHeight;
    const barY = top + LINE_HEIGHT;
    const label = fitText(row.label, width, fontSize);
    const valueY = barY + barHeight / 2 + fontSize * 0.35;
    if (!Number.isFinite(row.value)) {
      return { label, labelX: 0, labelY: top + fontSize, bar: null, valueText: noDataText, valueX: scale.zeroX, valueY, valueAnchor: 'start' };
    }
    const place = scale.place(row.value);
    return {
      label,
      labelX: 0,
      labelY: top + fontSize,
      bar: { x: place.x, y: barY, width: place.width, height: barHeight },
      valueText: formatValue(row.value),
      valueX: place.textX,
      valueY,
      valueAnchor: place.textAnchor,
    };
  });

  return { width, height: 2 * TEXT_OVERHANG + Math.max(0, rows.length * rowHeight - ROW_GAP), fontSize, fill: BAR_FILL, ink: PAGE_INK, zeroX: scale.zeroX, marks };
}
