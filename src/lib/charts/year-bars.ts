// Small multiples across fiscal years: one panel per series (its name on top), one bar per year with
// the year written before it and the value at its end, so no reading depends on colour or a legend.
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, TEXT_OVERHANG } from './frame.ts';
import { BAR_FILL, PAGE_INK } from './palette.ts';
import { estimateTextWidth, fitText } from './text-fit.ts';
import { valueScale, type ValueScale } from './value-scale.ts';

export interface YearSeries {
  /** Panel title, e.g. "รายจ่าย". */
  name: string;
  /** One value per year, in the order of `years`; null (or a missing entry) means no data. */
  values: readonly (number | null)[];
}

export interface YearBarsOptions {
  formatValue: (n: number) => string;
  /** Written instead of a bar for a year without data. */
  noDataText: string;
  /** 'shared' (default) draws every panel on one scale so bar lengths compare across series too. */
  scale?: 'shared' | 'per-series';
  /** viewBox width; default CHART_WIDTH. */
  width?: number;
  /** Default FONT_SIZE. */
  fontSize?: number;
}

export interface YearBarMark {
  year: string;
  /** Right edge of the year text (anchor "end"). */
  yearX: number;
  /** Baseline of both the year and the value text. */
  textY: number;
  /** null when there is no data for the year. */
  bar: { x: number; y: number; width: number; height: number } | null;
  valueText: string;
  valueX: number;
  valueAnchor: 'start' | 'end';
}

export interface YearPanel {
  title: string;
  titleY: number;
  zeroX: number;
  /** Top and bottom of the baseline drawn at zeroX. */
  top: number;
  bottom: number;
  marks: YearBarMark[];
}

export interface YearBarsLayout {
  width: number;
  height: number;
  fontSize: number;
  fill: string;
  ink: string;
  panels: YearPanel[];
}

const BAR_HEIGHT = 14;
const BAR_GAP = 6;
const PANEL_GAP = 16;
const YEAR_GAP = 6;
const VALUE_GAP = 4;

function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function layoutYearBars(years: readonly string[], series: readonly YearSeries[], options: YearBarsOptions): YearBarsLayout {
  const { formatValue, noDataText, scale: scaleMode = 'shared', width = CHART_WIDTH, fontSize = FONT_SIZE } = options;
  const yearColumn = Math.max(0, ...years.map((y) => estimateTextWidth(y, fontSize))) + YEAR_GAP;
  const entriesOf = (s: YearSeries) =>
    years.flatMap((_, i) => {
      const v = finiteOrNull(s.values[i]);
      return v === null ? [] : [{ value: v, text: formatValue(v) }];
    });
  const scaleFor = (entries: { value: number; text: string }[]): ValueScale =>
    valueScale(entries, { left: yearColumn, right: width, fontSize, gap: VALUE_GAP });
  const shared = scaleFor(series.flatMap(entriesOf));

  const panels: YearPanel[] = [];
  let y = TEXT_OVERHANG;
  for (const s of series) {
    const scale = scaleMode === 'shared' ? shared : scaleFor(entriesOf(s));
    const titleY = y + fontSize;
    const top = y + LINE_HEIGHT + 4;
    const marks = years.map((year, i): YearBarMark => {
      const barY = top + i * (BAR_HEIGHT + BAR_GAP);
      const textY = barY + BAR_HEIGHT / 2 + fontSize * 0.35;
      const value = finiteOrNull(s.values[i]);
      if (value === null) {
        return { year, yearX: yearColumn - YEAR_GAP, textY, bar: null, valueText: noDataText, valueX: scale.zeroX + VALUE_GAP, valueAnchor: 'start' };
      }
      const place = scale.place(value);
      return {
        year,
        yearX: yearColumn - YEAR_GAP,
        textY,
        bar: { x: place.x, y: barY, width: place.width, height: BAR_HEIGHT },
        valueText: formatValue(value),
        valueX: place.textX,
        valueAnchor: place.textAnchor,
      };
    });
    const bottom = top + years.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP;
    panels.push({ title: fitText(s.name, width, fontSize), titleY, zeroX: scale.zeroX, top, bottom, marks });
    y = bottom + PANEL_GAP;
  }

  return { width, height: Math.max(y - PANEL_GAP, 0) + TEXT_OVERHANG, fontSize, fill: BAR_FILL, ink: PAGE_INK, panels };
}
