import { describe, expect, it } from 'vitest';
import { formatBahtExact, formatBahtShort, formatChange, formatDate, formatFiscalYear, formatShare, NBSP } from '../../../src/lib/site/format.ts';

describe('formatBahtShort(amount, lang)', () => {
  it('writes millions with one decimal and the unit in each language, joined by a no-break space', () => {
    expect(formatBahtShort(12_345_678, 'th')).toBe(`12.3${NBSP}ล้านบาท`);
    expect(formatBahtShort(12_345_678, 'en')).toBe(`12.3${NBSP}million baht`);
  });
  it('drops the decimal from a thousand million up, and writes whole baht below a million', () => {
    expect(formatBahtShort(2_345_000_000, 'th')).toBe(`2,345${NBSP}ล้านบาท`);
    expect(formatBahtShort(850_000.4, 'en')).toBe(`850,000${NBSP}baht`);
    expect(formatBahtShort(-1_500_000, 'th')).toBe(`-1.5${NBSP}ล้านบาท`);
  });
  it('keeps the exact value with satang', () => {
    expect(formatBahtExact(391_000_000, 'th')).toBe(`391,000,000.00${NBSP}บาท`);
    expect(formatBahtExact(0.5, 'en')).toBe(`0.50${NBSP}baht`);
  });
});

describe('formatDate(iso, lang)', () => {
  it('writes the Buddhist Era in Thai and the Common Era in English', () => {
    expect(formatDate('2025-08-13', 'th')).toBe('13 ส.ค. 2568');
    expect(formatDate('2025-08-13', 'en')).toBe('13 Aug 2025');
    expect(formatDate('2024-10-01', 'th')).toBe('1 ต.ค. 2567');
  });
});

describe('formatShare and formatChange', () => {
  it('gives whole percentages, one decimal under 10%, and null without a base', () => {
    expect(formatShare(1, 3)).toBe('33%');
    expect(formatShare(49, 1000)).toBe('4.9%');
    expect(formatShare(1, 0)).toBeNull();
  });
  it('signs changes with + and a true minus', () => {
    expect(formatChange(116.6, 100)).toBe('+16.6%');
    expect(formatChange(97, 100)).toBe('\u22123.0%');
    expect(formatChange(5, 0)).toBeNull();
  });
});

describe('formatFiscalYear(fy, lang)', () => {
  it('names the year in the Buddhist Era, with its Common Era months in English', () => {
    expect(formatFiscalYear(2568, 'th')).toBe('ปีงบประมาณ 2568');
    expect(formatFiscalYear('2568', 'en')).toBe('fiscal year 2568 (Oct 2024 – Sep 2025)');
  });
});
