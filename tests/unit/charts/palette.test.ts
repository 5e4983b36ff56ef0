import { describe, it, expect } from 'vitest';
import { BAR_FILL, FILL_INK, GROUP_FILLS, PAGE_BACKGROUND, PAGE_INK, groupFill } from '../../../src/lib/charts/palette.ts';
import { layoutTreemap } from '../../../src/lib/charts/treemap.ts';
import { layoutBars } from '../../../src/lib/charts/bars.ts';

// WCAG 2.x relative luminance and contrast ratio, written here so the test does not trust the code under test.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('contrast (the test helper itself)', () => {
  it('matches known WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });
});

describe('chart palette', () => {
  it.each([...GROUP_FILLS, BAR_FILL])('fill %s stands out from the white page (≥ 3:1)', (fill) => {
    expect(contrast(fill, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each([...GROUP_FILLS])('text on fill %s is readable (≥ 4.5:1)', (fill) => {
    expect(contrast(FILL_INK, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('text on the page is readable (≥ 4.5:1)', () => {
    expect(contrast(PAGE_INK, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('neighbouring groups get different fills, and the list repeats past its end', () => {
    for (let i = 0; i < GROUP_FILLS.length - 1; i++) expect(groupFill(i)).not.toBe(groupFill(i + 1));
    expect(groupFill(GROUP_FILLS.length)).toBe(groupFill(0));
    expect(groupFill(-1)).toBe(GROUP_FILLS.at(-1));
  });

  it('the colours layouts actually emit pass too', () => {
    const root = { name: 'all', children: Array.from({ length: 12 }, (_, i) => ({ name: `g${i}`, value: 12 - i })) };
    const tree = layoutTreemap(root, { formatValue: String });
    for (const block of tree.blocks) expect(contrast(tree.ink, block.fill)).toBeGreaterThanOrEqual(4.5);
    const bars = layoutBars([{ label: 'a', value: 1 }], { formatValue: String, noDataText: '-' });
    expect(contrast(bars.fill, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrast(bars.ink, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });
});
