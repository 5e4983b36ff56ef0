import { describe, it, expect } from 'vitest';
import { treeTable } from '../../../src/lib/charts/tree-table.ts';

describe('treeTable', () => {
  const root = {
    name: 'รวม',
    children: [
      { name: 'ด้านบริหารทั่วไป', children: [{ name: 'แผนงานบริหารงานทั่วไป', children: [{ name: 'งบบุคลากร', value: 60 }, { name: 'งบดำเนินงาน', value: 20 }] }, { name: 'แผนงานการคลัง', value: -5 }] },
      { name: 'ด้านการดำเนินงานอื่น', value: 20 },
    ],
  };
  const table = treeTable(root);

  it('lists every node at every depth in reading order, with its ancestors in text', () => {
    expect(table.rows.map((r) => [r.depth, r.name, r.ancestors.join(' › ')])).toEqual([
      [1, 'ด้านบริหารทั่วไป', ''],
      [2, 'แผนงานบริหารงานทั่วไป', 'ด้านบริหารทั่วไป'],
      [3, 'งบบุคลากร', 'ด้านบริหารทั่วไป › แผนงานบริหารงานทั่วไป'],
      [3, 'งบดำเนินงาน', 'ด้านบริหารทั่วไป › แผนงานบริหารงานทั่วไป'],
      [2, 'แผนงานการคลัง', 'ด้านบริหารทั่วไป'],
      [1, 'ด้านการดำเนินงานอื่น', ''],
    ]);
    expect(new Set(table.rows.map((r) => r.key)).size).toBe(table.rows.length);
  });

  it('sums values as published (negatives included) and shares of the drawable total', () => {
    expect(table.rows[0]!.value).toBe(75);
    expect(table.total).toBe(95);
    expect(table.drawableTotal).toBe(100);
    expect(table.rows[1]!.share).toBeCloseTo(0.8);
    expect(table.rows[4]!.share).toBeCloseTo(-0.05);
  });

  it('has no shares when nothing is positive, and no rows for an empty tree', () => {
    expect(treeTable({ name: 'r', children: [{ name: 'z', value: 0 }] }).rows[0]!.share).toBeNull();
    expect(treeTable({ name: 'r' }).rows).toEqual([]);
  });
});
