import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, buildSampleFiles } from '../../../src/lib/sample/default-sample.ts';
import { linkCounts } from '../../../src/lib/sample/sample-readme.ts';
import { sampleLaos } from '../../../src/lib/sample/sample-laos.ts';

const sample = buildSampleFiles(DEFAULT_SEED);
const rows = (name: string): Record<string, string>[] => {
  const t = sample.tables.get(name)!.table;
  return t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i] ?? ''])));
};

describe('links in the sample', () => {
  const expense = rows('budget-expense.csv');
  const plan = rows('plan-projects.csv');

  it('has plan → budget links both explicit and by name only, and plan projects never budgeted', () => {
    const counts = linkCounts(sample.data);
    expect(counts.linesExplicitPlan).toBeGreaterThan(0);
    expect(counts.linesPlanByName).toBeGreaterThan(0);
    expect(counts.planProjects - counts.planBudgeted).toBeGreaterThan(0);
    const planIds = new Set(plan.map((p) => `${p['รหัส อปท.']}|${p['รหัสโครงการ']}`));
    for (const e of expense.filter((e) => e['รหัสโครงการตามแผน'] !== '')) {
      expect(planIds.has(`${e['รหัส อปท.']}|${e['รหัสโครงการตามแผน']}`)).toBe(true);
      expect(e['งบ']).toBe('งบลงทุน');
    }
  });

  it('has budget → procurement links both explicit and by name only, and purchases matching nothing', () => {
    const counts = linkCounts(sample.data);
    expect(counts.csvExplicit).toBeGreaterThan(0);
    expect(counts.csvByName).toBeGreaterThan(0);
    expect(counts.csvUnmatched).toBeGreaterThan(0);
    const lineIds = new Set(expense.map((e) => `${e['รหัส อปท.']}|${e['ปีงบประมาณ']}|${e['รหัสรายการ']}`));
    const linked = rows('procurement.csv').filter((p) => p['budget_line_id'] !== '');
    for (const p of linked) expect(lineIds.has(`${p['lao_code']}|${p['fiscal_year']}|${p['budget_line_id']}`)).toBe(true);
  });

  it('keeps line ids unique per LAO, year and phase, and the same across phases', () => {
    const seen = new Set<string>();
    const itemOf = new Map<string, string>();
    for (const e of expense) {
      const key = `${e['รหัส อปท.']}|${e['ปีงบประมาณ']}|${e['ขั้นตอน']}|${e['รหัสรายการ']}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const line = `${e['รหัส อปท.']}|${e['รหัสรายการ']}`;
      expect(itemOf.get(line) ?? e['รายการ']).toBe(e['รายการ']);
      itemOf.set(line, e['รายการ'] as string);
      expect(e['รหัสรายการ']).toMatch(new RegExp(`^B${e['ปีงบประมาณ']}-\\d{4}-\\d{4}$`));
    }
    expect(new Set(expense.map((e) => `${e['ปีงบประมาณ']}|${e['ขั้นตอน']}`))).toEqual(new Set(['2567|อนุมัติ', '2567|แก้ไข', '2567|เบิกจ่าย', '2568|ขอตั้ง', '2568|อนุมัติ']));
  });

  it('carries the showcase road from plan to budget to e-GP by name only', () => {
    expect(plan.some((p) => p['โครงการ'] === 'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนาเหนือ หมู่ที่ 4')).toBe(true);
    const line = expense.filter((e) => e['รายการ'] === 'โครงการก่อสร้างถนน คสล. สายบ้านนาเหนือ หมู่ที่ 4');
    expect(line.map((l) => l['ขั้นตอน'])).toEqual(['ขอตั้ง', 'อนุมัติ']);
    expect(line.every((l) => l['รหัสโครงการตามแผน'] === '')).toBe(true);
    const egp = sample.tables.get('egp-contracts-2568.csv')!.table.rows;
    expect(egp.some((r) => r[2] === 'จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนาเหนือ หมู่ที่ ๔ ด้วยวิธีเฉพาะเจาะจง')).toBe(true);
  });

  it('puts a สขร.1 form with its preamble and a multi-line bidder cell', () => {
    const [name, file] = [...sample.tables].find(([n]) => n.startsWith('skr1-'))!;
    expect(name).toBe('skr1-5610401-2568-08.csv');
    expect(file.preamble).toEqual(['แบบ สขร.1', 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน สิงหาคม 2568', 'เทศบาลตำบลหนองโพธิ์งาม อำเภอหนองฉาง จังหวัดอุทัยธานี']);
    expect(file.table.rows.length).toBeGreaterThanOrEqual(3);
    expect(file.table.rows.some((r) => (r[5] ?? '').includes('\n'))).toBe(true);
    for (const r of file.table.rows) {
      expect(r[6]).toMatch(/^.+ \/ [\d,.]+ บาท$/m);
      expect(r[8]).toMatch(/^เลขที่ \S+ ลงวันที่ \d{1,2} ส\.ค\. 68$/m);
    }
  });

  it('has the deliberate problems where it says', () => {
    const problems = sample.problems.map((p) => `${p.file}:${p.column}`).sort();
    expect(problems.filter((p) => !p.startsWith('plan-projects.csv:'))).toEqual([
      'plan-indicators.csv:internal_note', 'procurement.csv:contract_end_date', 'procurement.csv:reference_price',
      'procurement.csv:winner_name', 'procurement.csv:winner_tax_id',
    ]);
    expect(problems.filter((p) => p.startsWith('plan-projects.csv:'))).toHaveLength(1);
    expect(problems.find((p) => p.startsWith('plan-projects.csv:'))).toMatch(/^plan-projects\.csv:งบประมาณ 25\d\d$/);
    for (const p of sample.problems.filter((p) => p.row > 0)) {
      const t = sample.tables.get(p.file)!.table;
      expect(t.rows[p.row - 1]?.[t.header.indexOf(p.column)]).toBe(p.value);
    }
  });
});

const REAL = join(import.meta.dirname, '../../../../shared/real');
describe.skipIf(!existsSync(REAL))('sample names against real data (../shared/real)', () => {
  it('uses no LAO name that appears in the real files', () => {
    const text = ['egp-contract-2568-phangnga-lamphun.csv', 'egp-buyers-phangnga-lamphun.csv', 'pao-budget-totals-2565-2566-10pao.csv']
      .map((f) => readFileSync(join(REAL, f), 'utf8')).join('\n');
    for (const lao of sampleLaos()) expect(text.includes(lao.name), lao.name).toBe(false);
  });
});
