import { describe, it, expect } from 'vitest';
import { toArabicDigits } from '../../../src/lib/parse/thai-digits.ts';

describe('toArabicDigits', () => {
  it('maps each Thai digit to its Arabic digit', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it.each([
    ['๒๕๖๘', '2568'],
    ['ลพ ๕๑๐๑๐.๑๔/๑๔๑', 'ลพ 51010.14/141'],
    ['ขนาด ๑ ตัน (๒,๔๐๐ ซีซี)', 'ขนาด 1 ตัน (2,400 ซีซี)'],
    ['46/2568', '46/2568'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(toArabicDigits(raw)).toBe(expected);
  });

  it('leaves Thai letters, vowels, tone marks and other characters alone', () => {
    const text = 'กขฃ ะาำิีึืุู เแโใไ ่้๊๋ ฯๆ฿ abc !?';
    expect(toArabicDigits(text)).toBe(text);
  });

  it('does not touch characters next to the Thai digit block', () => {
    // U+0E4F (fongman) and U+0E5A/U+0E5B (angkhankhu, khomut) sit around ๐–๙.
    expect(toArabicDigits('\u0E4F\u0E5A\u0E5B')).toBe('\u0E4F\u0E5A\u0E5B');
  });

  it('is idempotent', () => {
    const once = toArabicDigits('๑๒๓ abc 456');
    expect(toArabicDigits(once)).toBe(once);
    expect(once).toBe('123 abc 456');
  });
});
