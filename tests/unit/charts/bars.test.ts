import { describe, it, expect } from 'vitest';
import { layoutBars } from '../../../src/lib/charts/bars.ts';
import { estimateTextWidth } from '../../../src/lib/charts/text-fit.ts';
import { nonFiniteNumbers } from './finite.ts';

const formatValue = (n: number) => `${n.toLocaleString('en-US')} บาท`;
const options = { formatValue, noDataText: 'ไม่มีข้อมูล' };

describe('layoutBars', () => {
  const rows = [
    { label: 'บริษัท ก่อสร้างดีเยี่ยม จำกัด (สำนักงานใหญ่) ห้างหุ้นส่วนจำกัด ทรัพย์ทวีคูณการโยธา', value: 4_000_000 },
    { label: 'ห้างหุ้นส่วนจำกัด ข', value: 1_000_000 },
    { label: 'ร้าน ค', value: 2_500_000 },
  ];
  const layout = layoutBars(rows, options);

  it('makes bar lengths proportional to values, from one baseline', () => {
    const [a, b, c] = layout.marks.map((m) => m.bar!);
    expect(a!.width / b!.width).toBeCloseTo(4, 6);
    expect(c!.width / b!.width).toBeCloseTo(2.5, 6);
    for (const m of layout.marks) expect(m.bar!.x).toBe(layout.zeroX);
  });

  it('puts each label above its bar and the value at the bar end, all inside the viewBox', () => {
    for (const m of layout.marks) {
      expect(m.labelY).toBeLessThanOrEqual(m.bar!.y);
      expect(estimateTextWidth(m.label, layout.fontSize)).toBeLessThanOrEqual(layout.width);
      expect(m.valueX).toBeGreaterThan(m.bar!.x + m.bar!.width);
      expect(m.valueX + estimateTextWidth(m.valueText, layout.fontSize)).toBeLessThanOrEqual(layout.width);
    }
    expect(layout.marks[0]!.label.endsWith('…')).toBe(true);
    expect(layout.marks[2]!.label).toBe('ร้าน ค');
    expect(layout.marks[0]!.valueText).toBe('4,000,000 บาท');
  });

  it('stacks rows without overlap and reports a height that holds them', () => {
    for (let i = 1; i < layout.marks.length; i++) {
      const above = layout.marks[i - 1]!.bar!;
      expect(layout.marks[i]!.labelY - layout.fontSize).toBeGreaterThanOrEqual(above.y + above.height);
    }
    const last = layout.marks.at(-1)!.bar!;
    expect(layout.height).toBeGreaterThanOrEqual(last.y + last.height);
  });

  it('draws negative values left of zero with their value text before the bar', () => {
    const mixed = layoutBars([{ label: 'รับ', value: 300 }, { label: 'คืน', value: -100 }], options);
    const [pos, neg] = mixed.marks;
    expect(neg!.bar!.x + neg!.bar!.width).toBeCloseTo(mixed.zeroX, 9);
    expect(pos!.bar!.width / neg!.bar!.width).toBeCloseTo(3, 6);
    expect(neg!.valueAnchor).toBe('end');
    expect(neg!.valueX - estimateTextWidth(neg!.valueText, mixed.fontSize)).toBeGreaterThanOrEqual(0);
    expect(nonFiniteNumbers(mixed)).toEqual([]);
  });

  it('handles all-zero, non-finite and empty input without NaN', () => {
    const zeros = layoutBars([{ label: 'a', value: 0 }, { label: 'b', value: 0 }], options);
    expect(zeros.marks.map((m) => m.bar!.width)).toEqual([0, 0]);
    expect(zeros.zeroX).toBe(0); // baseline at the left edge, not mid-chart
    expect(nonFiniteNumbers(zeros)).toEqual([]);

    const broken = layoutBars([{ label: 'a', value: Number.NaN }, { label: 'b', value: Number.POSITIVE_INFINITY }, { label: 'c', value: 5 }], options);
    expect(broken.marks[0]!.bar).toBeNull();
    expect(broken.marks[1]!.valueText).toBe('ไม่มีข้อมูล');
    expect(broken.marks[2]!.bar!.width).toBeGreaterThan(0);
    expect(nonFiniteNumbers(broken)).toEqual([]);

    const empty = layoutBars([], options);
    expect(empty.marks).toEqual([]);
    expect(nonFiniteNumbers(empty)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(layoutBars(rows, options)).toEqual(layoutBars(rows, options));
  });
});
