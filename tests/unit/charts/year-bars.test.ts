import { describe, it, expect } from 'vitest';
import { layoutYearBars } from '../../../src/lib/charts/year-bars.ts';
import { estimateTextWidth } from '../../../src/lib/charts/text-fit.ts';
import { nonFiniteNumbers } from './finite.ts';

const formatValue = (n: number) => `${(n / 1_000_000).toFixed(1)} ล้านบาท`;
const options = { formatValue, noDataText: 'ไม่มีข้อมูล' };
const years = ['2564', '2565', '2566', '2567', '2568'];
const series = [
  { name: 'รายจ่าย', values: [40_000_000, 42_000_000, null, 45_000_000, 50_000_000] },
  { name: 'รายรับ', values: [38_000_000, 41_000_000, 44_000_000, 46_000_000, 49_000_000] },
  { name: 'มูลค่าสัญญา', values: [5_000_000, null, 8_000_000] },
];

describe('layoutYearBars', () => {
  const layout = layoutYearBars(years, series, options);

  it('draws one panel per series and one row per year, each with the year written', () => {
    expect(layout.panels.map((p) => p.title)).toEqual(['รายจ่าย', 'รายรับ', 'มูลค่าสัญญา']);
    for (const panel of layout.panels) expect(panel.marks.map((m) => m.year)).toEqual(years);
  });

  it('writes "no data" for nulls and for years past the end of a series', () => {
    const [expense, , contracts] = layout.panels;
    expect(expense!.marks[2]!.bar).toBeNull();
    expect(expense!.marks[2]!.valueText).toBe('ไม่มีข้อมูล');
    expect(contracts!.marks.slice(3).map((m) => [m.bar, m.valueText])).toEqual([[null, 'ไม่มีข้อมูล'], [null, 'ไม่มีข้อมูล']]);
  });

  it('shares one scale across panels by default', () => {
    const widthOf = (p: number, y: number) => layout.panels[p]!.marks[y]!.bar!.width;
    expect(widthOf(0, 0) / widthOf(2, 0)).toBeCloseTo(8, 6);
    expect(widthOf(0, 4) / widthOf(1, 0)).toBeCloseTo(50 / 38, 6);
  });

  it('can scale each panel to its own largest value', () => {
    const own = layoutYearBars(years, series, { ...options, scale: 'per-series' });
    const longest = own.panels.map((p) => Math.max(...p.marks.map((m) => m.bar?.width ?? 0)));
    // Not exactly equal: each panel leaves room for its own longest value text.
    expect(longest[2]! / longest[0]!).toBeGreaterThan(0.95);
    expect(longest[2]! / longest[0]!).toBeLessThan(1.05);
  });

  it('keeps years left of the bars and values inside the viewBox', () => {
    for (const panel of layout.panels) {
      for (const m of panel.marks) {
        expect(m.yearX).toBeLessThan(panel.zeroX);
        expect(m.yearX - estimateTextWidth(m.year, layout.fontSize)).toBeGreaterThanOrEqual(0);
        expect(m.valueX + estimateTextWidth(m.valueText, layout.fontSize)).toBeLessThanOrEqual(layout.width);
      }
    }
  });

  it('stacks panels without overlap', () => {
    for (let i = 1; i < layout.panels.length; i++) {
      expect(layout.panels[i]!.titleY - layout.fontSize).toBeGreaterThan(layout.panels[i - 1]!.bottom);
    }
    expect(layout.height).toBeGreaterThanOrEqual(layout.panels.at(-1)!.bottom);
  });

  it('handles negatives, all-null, NaN and empty input without NaN', () => {
    const odd = layoutYearBars(['2567', '2568'], [{ name: 'ดุล', values: [-2_000_000, 3_000_000] }, { name: 'ว่าง', values: [null, Number.NaN] }], options);
    expect(nonFiniteNumbers(odd)).toEqual([]);
    const balance = odd.panels[0]!.marks;
    expect(balance[0]!.bar!.x + balance[0]!.bar!.width).toBeCloseTo(odd.panels[0]!.zeroX, 9);
    expect(balance[0]!.valueAnchor).toBe('end');
    expect(odd.panels[1]!.marks.every((m) => m.bar === null)).toBe(true);

    for (const [y, s] of [[[], series], [years, []], [[], []]] as const) {
      const result = layoutYearBars(y, s, options);
      expect(nonFiniteNumbers(result)).toEqual([]);
    }
  });

  it('is deterministic', () => {
    expect(layoutYearBars(years, series, options)).toEqual(layoutYearBars(years, series, options));
  });
});
