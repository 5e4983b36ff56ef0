// Shared drawing units. The svg viewBox is CHART_WIDTH wide and scales to its container, so at a 360 px
// phone one unit is about one CSS pixel and FONT_SIZE stays near 12–13 px; charts.css caps the width on
// desktop so the text does not grow past ~15 px.

/** viewBox width of every chart. */
export const CHART_WIDTH = 360;

/** Font size of chart text, in viewBox units. */
export const FONT_SIZE = 13;

/** Baseline-to-baseline distance for stacked lines of chart text. */
export const LINE_HEIGHT = 16;

/** A coordinate rounded to 0.01 unit: plenty for the screen, and short in the HTML. */
export function unit(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Room kept above the first and below the last line of text for Thai marks stacked above or below it. */
export const TEXT_OVERHANG = 4;
