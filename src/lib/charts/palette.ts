// Chart colours. Every fill is dark enough for white text (≥ 4.5:1) and so also stands out from the
// white page (≥ 3:1). Colour only tells neighbouring blocks apart; names and values are always written.

/** The page behind every chart. */
export const PAGE_BACKGROUND = '#ffffff';

/** Text drawn on the page (bar labels, values, years): the site's --fg. */
export const PAGE_INK = '#1a1a1a';

/** Text drawn on a fill. */
export const FILL_INK = '#ffffff';

/** Fill of plain bars. */
export const BAR_FILL = '#1f4e79';

/** Fills for treemap groups, used in order and then repeated. */
export const GROUP_FILLS: readonly string[] = [
  '#1f4e79', // blue
  '#7a1f1f', // brick
  '#2e6b30', // green
  '#5c3d99', // violet
  '#8a4500', // brown
  '#00626b', // teal
  '#9c2a6b', // plum
  '#4d4d4d', // grey
];

export function groupFill(index: number): string {
  const n = GROUP_FILLS.length;
  return GROUP_FILLS[((index % n) + n) % n]!;
}
