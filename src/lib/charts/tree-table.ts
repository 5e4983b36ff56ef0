// The table alternative of a treemap: every node at every depth, in reading order, with the names of
// its ancestors so the hierarchy is there in text and not only in indentation.
import { shareOf } from './share.ts';
import { drawableTotal, signedTotal, type TreeNode } from './tree.ts';

export interface TreeTableRow {
  /** Unique within the table (index path, e.g. "0.2.1"). */
  key: string;
  name: string;
  /** Names from the first level down to the parent; empty for first-level nodes. */
  ancestors: string[];
  /** 1 for the root's children. */
  depth: number;
  value: number;
  /** Of the root's drawable total; null when that total is not positive. */
  share: number | null;
}

export interface TreeTable {
  rows: TreeTableRow[];
  total: number;
  /** Share base: the sum of positive leaves, which the treemap's areas add up to. */
  drawableTotal: number;
}

export function treeTable(root: TreeNode): TreeTable {
  const base = drawableTotal(root);
  const rows: TreeTableRow[] = [];
  const visit = (node: TreeNode, ancestors: string[], key: string) => {
    (node.children ?? []).forEach((child, i) => {
      const childKey = key === '' ? String(i) : `${key}.${i}`;
      const value = signedTotal(child);
      rows.push({ key: childKey, name: child.name, ancestors, depth: ancestors.length + 1, value, share: shareOf(value, base) });
      visit(child, [...ancestors, child.name], childKey);
    });
  };
  visit(root, [], '');
  return { rows, total: signedTotal(root), drawableTotal: base };
}
