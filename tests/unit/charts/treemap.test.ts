import { describe, it, expect } from 'vitest';
import { layoutTreemap, type TreemapBlock } from '../../../src/lib/charts/treemap.ts';
import type { TreeNode } from '../../../src/lib/charts/tree.ts';
import { estimateTextWidth } from '../../../src/lib/charts/text-fit.ts';
import { nonFiniteNumbers } from './finite.ts';

const formatValue = (n: number) => `${n.toLocaleString('en-US')} บาท`;
const area = (b: TreemapBlock) => b.width * b.height;

const budget: TreeNode = {
  name: 'รายจ่ายทั้งหมด',
  children: [
    { name: 'ด้านบริหารทั่วไป', children: [{ name: 'แผนงานบริหารงานทั่วไป', value: 4_000_000 }, { name: 'แผนงานการรักษาความสงบภายใน', value: 1_000_000 }] },
    { name: 'ด้านบริการชุมชนและสังคม', children: [{ name: 'แผนงานการศึกษา', value: 3_000_000 }, { name: 'แผนงานสาธารณสุข', value: 2_000_000 }, { name: 'แผนงานเคหะและชุมชน', value: 1_000_000 }] },
    { name: 'ด้านการดำเนินงานอื่น', children: [{ name: 'แผนงานงบกลาง', value: 2_000_000 }] },
  ],
};

describe('layoutTreemap', () => {
  const layout = layoutTreemap(budget, { formatValue });
  const groups = layout.blocks.filter((b) => b.depth === 1);
  const children = layout.blocks.filter((b) => b.depth === 2);

  it('draws every positive group and child once, groups before children', () => {
    expect(groups.map((g) => g.name).sort()).toEqual(budget.children!.map((g) => g.name).sort());
    expect(children).toHaveLength(6);
    expect(layout.blocks.findIndex((b) => b.depth === 2)).toBe(groups.length);
    expect(layout.total).toBe(13_000_000);
  });

  it('gives children areas proportional to their values within their group', () => {
    const education = children.find((c) => c.name === 'แผนงานการศึกษา')!;
    const health = children.find((c) => c.name === 'แผนงานสาธารณสุข')!;
    const housing = children.find((c) => c.name === 'แผนงานเคหะและชุมชน')!;
    expect(area(education) / area(housing)).toBeCloseTo(3, 6);
    expect(area(health) / area(housing)).toBeCloseTo(2, 6);
  });

  it('gives groups areas close to proportional (gaps and header strips take a little)', () => {
    const byName = (n: string) => area(groups.find((g) => g.name === n)!);
    expect(byName('ด้านบริการชุมชนและสังคม') / byName('ด้านการดำเนินงานอื่น')).toBeGreaterThan(3 * 0.93);
    expect(byName('ด้านบริการชุมชนและสังคม') / byName('ด้านการดำเนินงานอื่น')).toBeLessThan(3 * 1.07);
  });

  it('keeps every block inside the viewBox and every child inside its group', () => {
    for (const b of layout.blocks) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width + 1e-9);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.height + 1e-9);
    }
    for (const c of children) {
      const group = groups.find((g) => g.key === c.key.split('.')[0])!;
      expect(c.fill).toBe(group.fill);
      expect(c.x).toBeGreaterThanOrEqual(group.x - 1e-9);
      expect(c.x + c.width).toBeLessThanOrEqual(group.x + group.width + 1e-9);
      expect(c.y).toBeGreaterThanOrEqual(group.y - 1e-9);
      expect(c.y + c.height).toBeLessThanOrEqual(group.y + group.height + 1e-9);
    }
  });

  it('gives each group a different fill', () => {
    expect(new Set(groups.map((g) => g.fill)).size).toBe(groups.length);
  });

  it('labels a big block with name, value and share, and keeps the text inside the block', () => {
    const biggest = [...children].sort((a, b) => area(b) - area(a))[0]!;
    expect(biggest.lines.map((l) => l.text)).toEqual(['แผนงานบริหารงานทั่วไป', '4,000,000 บาท', '30.8%']);
    for (const b of layout.blocks) {
      for (const line of b.lines) {
        expect(line.x + estimateTextWidth(line.text, layout.fontSize)).toBeLessThanOrEqual(b.x + b.width);
        expect(line.y).toBeLessThanOrEqual(b.y + b.height);
        expect(line.y - layout.fontSize).toBeGreaterThanOrEqual(b.y);
      }
    }
  });

  it('names groups in text (header strip with share), not by colour alone', () => {
    const big = groups.find((g) => g.name === 'ด้านบริการชุมชนและสังคม')!;
    expect(big.lines[0]!.text).toMatch(/^ด้านบริการชุมชน.*46\.2%$/);
  });

  it('leaves blocks too small for a label without text', () => {
    const root: TreeNode = { name: 'r', children: [{ name: 'ใหญ่', value: 1_000_000 }, { name: 'เล็กมาก', value: 1 }] };
    const tiny = layoutTreemap(root, { formatValue }).blocks.find((b) => b.name === 'เล็กมาก');
    expect(tiny?.lines ?? []).toEqual([]);
  });

  it('sums levels below the second into their second-level ancestor', () => {
    const deep: TreeNode = { name: 'r', children: [{ name: 'ด้าน', children: [{ name: 'แผนงาน', children: [{ name: 'งบบุคลากร', value: 5 }, { name: 'งบดำเนินงาน', value: 7 }] }, { name: 'อื่น', value: 12 }] }] };
    const blocks = layoutTreemap(deep, { formatValue }).blocks.filter((b) => b.depth === 2);
    expect(blocks.map((b) => b.name).sort()).toEqual(['แผนงาน', 'อื่น'].sort());
    expect(area(blocks[0]!)).toBeCloseTo(area(blocks[1]!), 6);
  });

  it('draws first-level leaves as blocks with their own labels', () => {
    const flat = layoutTreemap({ name: 'r', children: [{ name: 'รายได้จัดเก็บเอง', value: 60 }, { name: 'เงินอุดหนุน', value: 40 }] }, { formatValue });
    expect(flat.blocks.every((b) => b.depth === 1)).toBe(true);
    expect(flat.blocks[0]!.lines.map((l) => l.text)).toEqual(['รายได้จัดเก็บเอง', '60 บาท', '60%']);
  });

  it('gives negative, zero and non-finite values no area and produces no NaN', () => {
    const messy: TreeNode = {
      name: 'r',
      children: [
        { name: 'a', children: [{ name: 'neg', value: -500 }, { name: 'pos', value: 100 }, { name: 'nan', value: Number.NaN }, { name: 'none' }] },
        { name: 'only-negative', children: [{ name: 'neg', value: -10 }] },
        { name: 'zero', value: 0 },
        { name: 'inf', value: Number.POSITIVE_INFINITY },
        { name: 'empty-group', children: [] },
      ],
    };
    const result = layoutTreemap(messy, { formatValue });
    expect(nonFiniteNumbers(result)).toEqual([]);
    expect(result.total).toBe(100);
    expect(result.blocks.map((b) => b.name)).toEqual(['a', 'pos']);
  });

  it('draws nothing, without NaN, for an empty tree or one with nothing positive', () => {
    for (const root of [{ name: 'r' }, { name: 'r', children: [] }, { name: 'r', children: [{ name: 'x', value: 0 }, { name: 'y', value: -3 }] }]) {
      const result = layoutTreemap(root, { formatValue });
      expect(result.blocks).toEqual([]);
      expect(result.total).toBe(0);
      expect(nonFiniteNumbers(result)).toEqual([]);
    }
  });

  it('is deterministic and does not change its input', () => {
    const before = JSON.stringify(budget);
    expect(layoutTreemap(budget, { formatValue })).toEqual(layoutTreemap(budget, { formatValue }));
    expect(JSON.stringify(budget)).toBe(before);
  });

  it('orders equal values by input order', () => {
    const ties = layoutTreemap({ name: 'r', children: [{ name: 'b', value: 1 }, { name: 'a', value: 1 }, { name: 'c', value: 1 }] }, { formatValue });
    expect(ties.blocks.map((b) => b.name)).toEqual(['b', 'a', 'c']);
  });
});
