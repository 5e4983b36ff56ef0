// A two-level squarified treemap: first-level nodes (e.g. ด้าน) are coloured blocks with their name
// in a header strip, their children (e.g. แผนงาน) are drawn inside. Deeper levels are summed into
// their second-level ancestor. Only positive values have area; the table alternative lists the rest.
import { hierarchy, treemap, treemapSquarify } from 'd3';
import { CHART_WIDTH, LINE_HEIGHT } from './frame.ts';
import { FILL_INK, PAGE_BACKGROUND, groupFill } from './palette.ts';
import { formatShare, shareOf } from './share.ts';
import { fitText, fitsWhole } from './text-fit.ts';
import { drawableTotal, type TreeNode } from './tree.ts';

export interface TreemapOptions {
  formatValue: (n: number) => string;
  /** viewBox width; default CHART_WIDTH. */
  width?: number;
  /** viewBox height; default 320. */
  height?: number;
  /** Default 12: smaller than other charts because blocks are small. */
  fontSize?: number;
}

export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface TreemapBlock {
  /** Unique within the chart (index path, e.g. "2.0"). */
  key: string;
  name: string;
  /** 1 for groups, 2 for their children. */
  depth: 1 | 2;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** Empty when the block is too small to be labelled. */
  lines: TextLine[];
}

export interface TreemapLayout {
  width: number;
  height: number;
  fontSize: number;
  /** Colour of all text (drawn on fills). */
  ink: string;
  /** Colour of the lines between children. */
  stroke: string;
  /** Sum of positive leaves: what the areas add up to. 0 means there is nothing to draw. */
  total: number;
  /** Groups first, then children, so children are painted over their group. */
  blocks: TreemapBlock[];
}

interface Drawn {
  key: string;
  name: string;
  value: number;
  children?: Drawn[];
}

const INSET = 4;
const GROUP_GAP = 2;

/** Two levels of positive-valued nodes, deeper levels summed; zero-valued nodes are dropped. */
function drawableTree(root: TreeNode): Drawn {
  const children = (root.children ?? []).flatMap((group, g): Drawn[] => {
    const value = drawableTotal(group);
    if (value <= 0) return [];
    const inner = (group.children ?? [])
      .map((child, c): Drawn => ({ key: `${g}.${c}`, name: child.name, value: drawableTotal(child) }))
      .filter((child) => child.value > 0);
    return [inner.length > 0 ? { key: String(g), name: group.name, value, children: inner } : { key: String(g), name: group.name, value }];
  });
  return { key: '', name: root.name, value: drawableTotal(root), children };
}

/** name / value / share on three lines, or name / "value (share)" on two, or nothing. */
function blockLines(name: string, value: number, total: number, box: { x: number; y: number; width: number; height: number }, fontSize: number, formatValue: (n: number) => string): TextLine[] {
  const room = box.width - 2 * INSET;
  const label = fitText(name, room, fontSize);
  const valueText = formatValue(value);
  const shareText = formatShare(shareOf(value, total) ?? 0);
  const at = (text: string, line: number): TextLine => ({ text, x: box.x + INSET, y: box.y + INSET + fontSize + line * LINE_HEIGHT });
  const fitsLines = (n: number) => box.height >= 2 * INSET + fontSize + (n - 1) * LINE_HEIGHT;
  // A name cut to a syllable or two identifies nothing; such blocks are read from the table.
  if (label === '' || (label !== name && label.length < 4)) return [];
  if (fitsLines(3) && fitsWhole(valueText, room, fontSize) && fitsWhole(shareText, room, fontSize)) {
    return [at(label, 0), at(valueText, 1), at(shareText, 2)];
  }
  const combined = `${valueText} (${shareText})`;
  if (fitsLines(2) && fitsWhole(combined, room, fontSize)) return [at(label, 0), at(combined, 1)];
  return [];
}

/** The group's name and share in its header strip; when both do not fit, the (shortened) name alone. */
function headerLines(name: string, share: number, box: { x: number; y: number; width: number }, fontSize: number): TextLine[] {
  const room = box.width - 2 * INSET;
  const withShare = `${name} ${formatShare(share)}`;
  const text = fitsWhole(withShare, room, fontSize) ? withShare : fitText(name, room, fontSize);
  return text === '' ? [] : [{ text, x: box.x + INSET, y: box.y + INSET + fontSize }];
}

export function layoutTreemap(root: TreeNode, options: TreemapOptions): TreemapLayout {
  const { formatValue, width = CHART_WIDTH, height = 320, fontSize = 12 } = options;
  const headerHeight = fontSize + INSET * 2;
  // A header strip only on groups tall enough to keep room for their children below it.
  const hasHeader = (box: { y0: number; y1: number }) => box.y1 - box.y0 >= headerHeight * 2.5;
  const drawn = drawableTree(root);
  const total = drawn.value;
  const base = { width, height, fontSize, ink: FILL_INK, stroke: PAGE_BACKGROUND, total };
  if (total <= 0) return { ...base, total: 0, blocks: [] };

  const laidOut = treemap<Drawn>()
    .tile(treemapSquarify)
    .size([width, height])
    .paddingInner((node) => (node.depth === 0 ? GROUP_GAP : 0))
    .paddingTop((node) => (node.depth === 1 && hasHeader(node) ? headerHeight : 0))(
      hierarchy(drawn, (d) => d.children)
        .sum((d) => (d.children ? 0 : d.value))
        .sort((a, b) => (b.value ?? 0) - (a.value ?? 0)),
    );

  const groups = laidOut.children ?? [];
  const blocks: TreemapBlock[] = [];
  groups.forEach((group, g) => {
    const fill = groupFill(g);
    const box = { x: group.x0, y: group.y0, width: group.x1 - group.x0, height: group.y1 - group.y0 };
    const lines = !group.children
      ? blockLines(group.data.name, group.data.value, total, box, fontSize, formatValue)
      : hasHeader(group) ? headerLines(group.data.name, group.data.value / total, box, fontSize) : [];
    blocks.push({ key: group.data.key, name: group.data.name, depth: 1, ...box, fill, lines });
  });
  groups.forEach((group, g) => {
    for (const child of group.children ?? []) {
      const box = { x: child.x0, y: child.y0, width: child.x1 - child.x0, height: child.y1 - child.y0 };
      const lines = blockLines(child.data.name, child.data.value, total, box, fontSize, formatValue);
      blocks.push({ key: child.data.key, name: child.data.name, depth: 2, ...box, fill: groupFill(g), lines });
    }
  });
  return { ...base, blocks: blocks.filter((b) => b.width > 0 && b.height > 0) };
}
