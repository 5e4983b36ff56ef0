import { describe, expect, it } from 'vitest';
import { layoutShareYears } from '../../../src/lib/charts/share-years.ts';
import { estimateTextWidth } from '../../../src/lib/charts/text-fit.ts';
import { formatShare } from '../../../src/lib/site/format.ts';
import { nonFiniteNumbers } from './finite.ts';

const options = { formatShare: (s: number) => formatShare(s, 1)!, noDataText: 'ไม่มีข้อมูล' };
const years = ['2565', '2566', '2567', '2568'];

describe('layoutShareYears', () => {
  const layout = layoutShareYears(years, [0.5, null, 0.25, 1], options);
  const marks = layout.marks;

  it('draws one row per year with the year and the share written', () => {
    expect(marks.map((m) => m.year)).toEqual(years);
    expect(marks.map((m) => m.valueText)).toEqual(['50%', 'ไม่มีข้อมูล', '25%', '100%']);
    expect(marks[1]!.bar).toBeNull();
  });

  it('keeps full marks on the scale whatever the largest share: a bar is its share of the track', () => {
    const track = marks[0]!.track.width;
    expect(marks[3]!.bar!.width).toBeCloseTo(track, 9);
    expect(marks[0]!.bar!.width / track).toBeCloseTo(0.5, 9);
    const low = layoutShareYears(['2567', '2568'], [0.2, 0.4], options).marks;
    expect(low[1]!.bar!.width / low[1]!.track.width).toBeCloseTo(0.4, 9);
    expect(low[0]!.bar!.width / low[1]!.bar!.width).toBeCloseTo(0.5, 9);
  });

  it('keeps years left of the bars and every text inside the viewBox', () => {
    for (const m of marks) {
      expect(m.yearX).toBeLessThan(layout.zeroX);
      expect(m.yearX - estimateTextWidth(m.year, layout.fontSize)).toBeGreaterThanOrEqual(0);
      expect(m.valueX + estimateTextWidth(m.valueText, layout.fontSize)).toBeLessThanOrEqual(layout.width);
      expect(m.track.y + m.track.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('clamps shares outside 0–1 to the track but writes them as they are', () => {
    const odd = layoutShareYears(['2567', '2568'], [1.2, -0.1], options).marks;
    expect(odd[0]!.bar!.width).toBeCloseTo(odd[0]!.track.width, 9);
    expect(odd[1]!.bar!.width).toBe(0);
    expect(odd.map((m) => m.valueText)).toEqual(['120%', '-10%']);
  });

  it('handles no years, no data and NaN without NaN, and is deterministic', () => {
    for (const [y, s] of [[[], []], [years, []], [['2568'], [Number.NaN]]] as const) {
      expect(nonFiniteNumbers(layoutShareYears(y, s, options))).toEqual([]);
    }
    expect(layoutShareYears(years, [0.5, null, 0.25, 1], options)).toEqual(layout);
  });
});
