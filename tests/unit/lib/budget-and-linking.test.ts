import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET_GROUPS, PROGRAMS, REVENUE_TYPES, SIDES, findCategory } from '../../../src/lib/budget/chart-of-accounts.ts';
import { parsePhase } from '../../../src/lib/budget/phase.ts';
import { guessDelimiter } from '../../../src/lib/io/csv-stream.ts';
import { KeyedSpill } from '../../../src/lib/io/spill.ts';
import { SimilarityIndex, dice, subjectKey, trigrams } from '../../../src/lib/link/similarity.ts';

describe('findCategory(list, name)', () => {
  it('tolerates the variations of real files', () => {
    expect(findCategory(PROGRAMS, 'แผนงานการศึกษา')?.key).toBe('education');
    expect(findCategory(PROGRAMS, 'การศาสนาวัฒนธรรมและนันทนาการ ')?.key).toBe('religion-culture-recreation');
    expect(findCategory(SIDES, 'ด้านการดำเนินงานอื่น ๆ')?.key).toBe('other-operations');
    expect(findCategory(BUDGET_GROUPS, 'งบลงทุน')?.key).toBe('investment');
    expect(findCategory(REVENUE_TYPES, 'รายได้จากภาษีที่รัฐบาลจัดเก็บแล้วจัดสรรให้')?.key).toBe('shared-tax');
  });
  it('returns null for a name that is none of them', () => {
    expect(findCategory(PROGRAMS, 'งานพิเศษ')).toBeNull();
    expect(findCategory(PROGRAMS, null)).toBeNull();
  });
});

describe('parsePhase(text)', () => {
  it.each([
    [null, 'approved'], ['อนุมัติ', 'approved'], ['ข้อบัญญัติ', 'approved'], ['ขอตั้ง', 'proposed'],
    ['Proposed', 'proposed'], ['แก้ไข', 'revised'], ['เบิกจ่าย', 'spent'], ['actual', 'spent'], ['รับจริง', 'spent'],
  ])('%s → %s', (text, phase) => expect(parsePhase(text)).toBe(phase));
  it('returns null for an unknown phase', () => expect(parsePhase('maybe')).toBeNull());
});

describe('similarity', () => {
  it('subjectKey removes how-it-is-bought words and unifies abbreviations', () => {
    expect(subjectKey('จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๔ ด้วยวิธีเฉพาะเจาะจง')).toBe(subjectKey('โครงการก่อสร้างถนน คสล. ม.4'));
  });
  it('dice is 1 for the same text and 0 for nothing shared', () => {
    expect(dice(trigrams('ถนนคสล'), trigrams('ถนนคสล'))).toBe(1);
    expect(dice(trigrams('ถนนคสล'), trigrams('อาหารเสริม'))).toBe(0);
  });
  it('SimilarityIndex.best finds the closest name above a threshold', () => {
    const index = new SimilarityIndex<string>();
    index.add('road', 'โครงการก่อสร้างถนน คสล. สายบ้านนาเหนือ หมู่ที่ 4');
    index.add('milk', 'ค่าอาหารเสริม (นม)');
    expect(index.best('จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนาเหนือ หมู่ที่ ๔', 0.5)?.item).toBe('road');
    expect(index.best('ซื้ออาหารเสริม (นม) โรงเรียน', 0.5)?.item).toBe('milk');
    expect(index.best('จัดซื้อวัสดุสำนักงาน', 0.5)).toBeNull();
  });
});

describe('guessDelimiter(text)', () => {
  it('picks the separator used outside quotes', () => {
    expect(guessDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(guessDelimiter('a;b;c\n"1,5";2;3\n')).toBe(';');
    expect(guessDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });
});

describe('KeyedSpill', () => {
  it('gives back each key’s records in order, across spills to disk', () => {
    const spill = new KeyedSpill<{ n: number }>(mkdtempSync(join(tmpdir(), 'spill-')), 100);
    for (let n = 0; n < 50; n++) spill.add(n % 2 ? 'odd' : 'even', { n }, 30);
    spill.add('even', { n: 100 }, 1);
    expect(spill.keys()).toEqual(['even', 'odd']);
    expect(spill.take('even').map((r) => r.n)).toEqual([...Array.from({ length: 25 }, (_, i) => i * 2), 100]);
    expect(spill.take('odd')).toHaveLength(25);
  });
});
