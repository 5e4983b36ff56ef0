// Element ids inside one chart figure, derived from its id so the svg can name itself by them.

export interface ChartIds {
  /** id of the heading that holds the chart title. */
  title: string;
  /** id of the one-sentence summary paragraph. */
  summary: string;
  /** Space-separated value for the svg's `aria-labelledby`. */
  labelledBy: string;
}

export function chartIds(figureId: string): ChartIds {
  const title = `${figureId}-title`;
  const summary = `${figureId}-summary`;
  return { title, summary, labelledBy: `${title} ${summary}` };
}
