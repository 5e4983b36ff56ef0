// The input of a treemap: a named tree whose leaves carry values (e.g. ด้าน → แผนงาน → งบ).

export interface TreeNode {
  name: string;
  /** Read on leaves only; a node with children is worth the sum of its leaves. */
  value?: number;
  children?: TreeNode[];
}

/** A value that can be added up: missing, NaN and ±Infinity count as 0. */
function finite(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : 0;
}

export function isLeaf(node: TreeNode): boolean {
  return !node.children || node.children.length === 0;
}

/** Sum of the node's leaves as published, negatives included. */
export function signedTotal(node: TreeNode): number {
  return isLeaf(node) ? finite(node.value) : node.children!.reduce((sum, c) => sum + signedTotal(c), 0);
}

/** Sum of the node's positive leaves: what can be drawn as area. */
export function drawableTotal(node: TreeNode): number {
  return isLeaf(node) ? Math.max(0, finite(node.value)) : node.children!.reduce((sum, c) => sum + drawableTotal(c), 0);
}
