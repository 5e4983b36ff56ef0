import { describe, it, expect } from 'vitest';
import { estimateTextWidth, fitText, fitsWhole } from '../../../src/lib/charts/text-fit.ts';
import { glyphWidthEm } from '../../../src/lib/charts/glyph-width.ts';

const graphemes = (s: string) => [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);

describe('glyphWidthEm', () => {
  it('gives Thai combining marks (above and below vowels, tone marks) no width', () => {
    const marks = ['\u0e31', ...Array.from({ length: 7 }, (_, i) => String.fromCodePoint(0x0e34 + i)), ...Array.from({ length: 8 }, (_, i) => String.fromCodePoint(0x0e47 + i))];
    for (const mark of marks) expect(glyphWidthEm(mark), mark.codePointAt(0)!.toString(16)).toBe(0);
  });

  it('gives Thai consonants and spacing vowels width', () => {
    for (const char of ['ก', 'ม', 'า', 'ำ', 'เ', 'ไ', 'ะ']) expect(glyphWidthEm(char)).toBeGreaterThan(0);
  });
});

describe('estimateTextWidth', () => {
  it('is the same for a syllable with and without its marks', () => {
    expect(estimateTextWidth('ที่', 10)).toBe(estimateTextWidth('ท', 10));
    expect(estimateTextWidth('กิ้น', 10)).toBe(estimateTextWidth('กน', 10));
  });

  it('scales with the font size and is 0 for no text', () => {
    expect(estimateTextWidth('งบกลาง', 26)).toBeCloseTo(2 * estimateTextWidth('งบกลาง', 13));
    expect(estimateTextWidth('', 13)).toBe(0);
  });

  it('estimates Sarabun-like widths: ten Thai consonants at 13 px are 70–90 px', () => {
    expect(estimateTextWidth('กขคงจฉชซฎฏ', 13)).toBeGreaterThan(70);
    expect(estimateTextWidth('กขคงจฉชซฎฏ', 13)).toBeLessThan(90);
  });
});

describe('fitText', () => {
  const long = 'แผนงานการศึกษา ศาสนา วัฒนธรรมและนันทนาการ';

  it('returns text that fits unchanged', () => {
    expect(fitText('งบกลาง', 200, 13)).toBe('งบกลาง');
  });

  it('shortens text that does not fit, ending in an ellipsis, within the width', () => {
    const fitted = fitText(long, 120, 13);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fitted.length).toBeLessThan(long.length);
    expect(estimateTextWidth(fitted, 13)).toBeLessThanOrEqual(120);
    expect(long.startsWith(fitted.slice(0, -1))).toBe(true);
  });

  it('never separates a Thai mark from its consonant', () => {
    for (let width = 10; width < 200; width += 3) {
      const kept = fitText('ที่ดินสิ่งก่อสร้างสำนักงานปลัด', width, 13).replace(/…$/, '');
      expect(graphemes('ที่ดินสิ่งก่อสร้างสำนักงานปลัด').slice(0, graphemes(kept).length).join('')).toBe(kept);
      // A cut right after a consonant would leave its marks to start the dropped part.
      expect(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/u.test('ที่ดินสิ่งก่อสร้างสำนักงานปลัด'.slice(kept.length, kept.length + 1))).toBe(false);
    }
  });

  it('returns an empty string when nothing but the ellipsis would fit', () => {
    expect(fitText(long, 8, 13)).toBe('');
    expect(fitText(long, 0, 13)).toBe('');
    expect(fitText(long, -5, 13)).toBe('');
  });

  it('drops a trailing space before the ellipsis', () => {
    const cut = fitText('ก ข ค ง จ ฉ ช', estimateTextWidth('ก ', 13) + estimateTextWidth('…', 13), 13);
    expect(cut).toBe('ก…');
  });

  it('fitsWhole agrees with estimateTextWidth', () => {
    const w = estimateTextWidth('12.5 ล้านบาท', 12);
    expect(fitsWhole('12.5 ล้านบาท', w, 12)).toBe(true);
    expect(fitsWhole('12.5 ล้านบาท', w - 0.01, 12)).toBe(false);
  });
});
