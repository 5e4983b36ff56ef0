import { describe, expect, it } from 'vitest';
import { indexText, innerWords, queryText, words } from '../../../src/lib/search/thai-words.ts';

describe('words(text)', () => {
  it('cuts unspaced Thai into dictionary words and drops punctuation', () => {
    expect(words('จ้างก่อสร้างถนน (หมู่ที่ 5)')).toEqual(['จ้าง', 'ก่อสร้าง', 'ถนน', 'หมู่', 'ที่', '5']);
  });
  it('makes Thai digits Arabic and Latin lower case', () => {
    expect(words('หมู่ที่ ๑๒ e-GP')).toEqual(['หมู่', 'ที่', '12', 'e', 'gp']);
  });
});

describe('innerWords(word)', () => {
  it('finds the words inside a compound ICU keeps whole', () => {
    const inner = innerWords('คอนกรีตเสริมเหล็ก');
    expect(inner).toEqual(expect.arrayContaining(['คอนกรีต', 'เสริม', 'เหล็ก']));
    expect(inner).not.toContain('คอนกรีตเสริมเหล็ก');
  });
  it('leaves short words, numbers and Latin alone', () => {
    expect(innerWords('ถนน')).toEqual([]);
    expect(innerWords('0613558000123')).toEqual([]);
    expect(innerWords('concrete')).toEqual([]);
  });
});

describe('indexText and queryText meet on the same words', () => {
  const indexed = new Set(indexText('จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๕ บ้านหนองแก').split(' '));
  const finds = (query: string) => queryText(query).split(' ').every((w) => indexed.has(w));
  it.each([
    'ก่อสร้างถนนคอนกรีต', 'คอนกรีตเสริมเหล็ก', 'เสริมเหล็ก', 'ถนนคอนกรีตเสริมเหล็ก', 'หมู่ที่ 5', 'หมู่ที่ ๕', 'บ้านหนองแก',
  ])('an unspaced query finds it: %s', (query) => {
    expect(finds(query)).toBe(true);
  });
  it('does not find what is not there', () => {
    expect(finds('ขุดลอกคลอง')).toBe(false);
    expect(finds('หมู่ที่ 6')).toBe(false);
  });
});

describe('queryText(query)', () => {
  it('drops abbreviated legal forms, spaced or not', () => {
    expect(queryText('หจก. พังงารวมกิจ')).toBe(queryText('พังงารวมกิจ'));
    expect(queryText('บจก.บู้ต คอมพิวเตอร์')).toBe(queryText('บู้ต คอมพิวเตอร์'));
    expect(queryText('บมจ. ทดสอบ')).toBe(queryText('ทดสอบ'));
  });
  it('keeps words that only start like an abbreviation', () => {
    expect(queryText('หจกหนึ่ง')).not.toBe(queryText('หนึ่ง'));
  });
});
