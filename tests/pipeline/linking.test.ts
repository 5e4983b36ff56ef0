import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, FIXTURES, importFolder } from './helpers.ts';

// The prongsai-* fixtures are the downloads of these same fixtures: a second copy of the data.
const sourceFormats = readdirSync(join(FIXTURES, 'formats')).filter((f) => f.endsWith('.csv') && !f.startsWith('prongsai-'));

describe('follow the money across formats (all format fixtures imported together)', async () => {
  const { result, laos } = await importFolder(dataFolder(Object.fromEntries(sourceFormats.map((f) => [f, { copy: join(FIXTURES, 'formats', f) }]))));
  const lao = laos.find((l) => l.lao.id === '5510101')!;
  const planId = (sourceId: string) => lao.planProjects.find((p) => p.sourceId === sourceId)!.id;

  it('honours explicit link columns: procurement → budget line → plan project', () => {
    const road = lao.procurements.find((p) => p.id === '67019000001')!;
    const line = lao.expenseLines.find((l) => l.id === road.budgetLine?.id)!;
    expect(road.budgetLine).toMatchObject({ method: 'explicit', confidence: 1 });
    expect(line).toMatchObject({ sourceId: 'B-0001', phase: 'approved', fiscalYear: 2567 });
    expect(line.planProject).toEqual({ id: planId('P-001'), method: 'explicit', confidence: 1 });
    expect(road.planProject).toEqual({ id: planId('P-001'), method: 'explicit', confidence: 1 });
  });

  it('infers missing links by Thai text similarity and marks them inferred', () => {
    const milk = lao.procurements.find((p) => p.id === '67029000002')!;
    expect(milk.budgetLine?.method).toBe('inferred');
    expect(lao.expenseLines.find((l) => l.id === milk.budgetLine!.id)!.item).toBe('ค่าอาหารเสริม (นม)');
    expect(milk.planProject).toMatchObject({ id: planId('P-002'), method: 'inferred' });
    expect(milk.planProject!.confidence).toBeGreaterThan(0.5);
    expect(milk.planProject!.confidence).toBeLessThan(1);
  });

  it('leaves unrelated procurement unlinked', () => {
    const office = lao.procurements.find((p) => p.name === 'จัดซื้อวัสดุสำนักงาน')!;
    expect(office.budgetLine).toBeNull();
    expect(office.planProject).toBeNull();
  });

  it('one vendor across formats: the tax id joins spellings with and without prefix', () => {
    const vendor = result.vendors.find((v) => v.id === '0105533118241')!;
    expect(vendor.contracts).toBe(2);
    expect([vendor.name, ...vendor.otherNames].sort()).toEqual(['ห้างหุ้นส่วนจำกัด ทองดีก่อสร้าง', 'หจก.ทองดีก่อสร้าง'].sort());
  });

  it('project-level money is counted once per project, contract values per contract', () => {
    const y = lao.years['2567']!;
    expect(y.procurementProjects).toBe(2);
    expect(y.contracts).toBe(3);
    expect(y.contractValue).toBe(448000 + 25000 + 25000);
    expect(y.expenseTotal).toBe(550000);
    expect(y.publishedExpenseTotal).toBe(550000);
    expect(y.revenueTotal).toBe(8120000);
  });

  it('every row of every file is accounted for', () => {
    for (const f of result.report.files) expect(f.rowsRead, f.path).toBe(f.rowsImported + f.rowsRejected);
    expect(result.report.totals.rowsRejected).toBe(0);
  });
});
