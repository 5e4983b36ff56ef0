import { describe, expect, it } from 'vitest';
import { registrySettings, selectLaos } from '../../../src/lib/sample/dataset-writer.ts';
import { generateLaoData } from '../../../src/lib/sample/lao-data.ts';
import type { ProcurementProject } from '../../../src/lib/sample/model.ts';
import { vendorPools } from '../../../src/lib/sample/vendor-pools.ts';

const seed = 20250101;
const { registry, laos } = selectLaos({ scale: 'national', laos: 80, seed });
const settings = registrySettings(seed, 2);
const pools = vendorPools(seed, registry);
const data = laos.map((lao) => generateLaoData(lao, settings, pools.bookFor(lao)));
const projects: ProcurementProject[] = data.flatMap((d) => d.years.flatMap((y) => y.procurement));

describe('procurement at national scale (80 LAOs × 2 years)', () => {
  it('buys about 96% by เฉพาะเจาะจง, the rest mostly by e-bidding', () => {
    const count = (method: string): number => projects.filter((p) => p.method === method).length;
    const direct = count('เฉพาะเจาะจง') / projects.length;
    expect(direct).toBeGreaterThanOrEqual(0.9);
    expect(direct).toBeLessThan(0.99);
    const bidding = count('ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)');
    expect(bidding).toBeGreaterThan(count('คัดเลือก'));
    expect(bidding).toBeGreaterThan(count('ตลาดอิเล็กทรอนิกส์ (e-market)'));
    expect(count('คัดเลือก')).toBeGreaterThan(0);
    expect(count('ตลาดอิเล็กทรอนิกส์ (e-market)')).toBeGreaterThan(0);
  });

  it('has 150–300 projects per LAO-year and about 1.05 contracts per project', () => {
    for (const d of data) for (const y of d.years) {
      expect(y.procurement.length, d.lao.name).toBeGreaterThanOrEqual(140);
      expect(y.procurement.length, d.lao.name).toBeLessThanOrEqual(310);
    }
    const contracts = projects.reduce((n, p) => n + p.contracts.length, 0) / projects.length;
    expect(contracts).toBeGreaterThan(1.02);
    expect(contracts).toBeLessThan(1.1);
  });

  it('keeps เฉพาะเจาะจง mostly under 500,000 baht and e-bidding above it', () => {
    const direct = projects.filter((p) => p.method === 'เฉพาะเจาะจง');
    expect(direct.filter((p) => p.budget <= 50_000_000).length / direct.length).toBeGreaterThan(0.97);
    const bidding = projects.filter((p) => p.method === 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)');
    expect(bidding.every((p) => p.budget > 50_000_000)).toBe(true);
    const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    expect(median(direct.map((p) => p.budget))).toBeLessThan(5_000_000);
    expect(median(bidding.map((p) => p.budget))).toBeGreaterThan(75_000_000);
  });

  it('gives every project an 11-digit e-GP id, unique, starting with its BE year and month', () => {
    const ids = projects.map((p) => p.projectId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of projects) {
      expect(p.projectId).toMatch(/^(6[2-8])(0[1-9]|1[0-2])\d{7}$/);
      expect(p.agreedPrice).toBeLessThanOrEqual(p.referencePrice);
      expect(p.referencePrice).toBeLessThanOrEqual(p.budget);
      expect(p.contracts.reduce((n, c) => n + c.value, 0)).toBe(p.agreedPrice);
    }
  });

  it('budget lines: 150–300 per LAO-year, unique ids, spent never above the budgeted amount', () => {
    for (const d of data) for (const y of d.years) {
      expect(y.expense.length).toBeGreaterThanOrEqual(150);
      expect(y.expense.length).toBeLessThanOrEqual(300);
      expect(new Set(y.expense.map((l) => l.lineId)).size).toBe(y.expense.length);
      for (const l of y.expense) expect(l.amounts.spent ?? 0).toBeLessThanOrEqual(l.amounts.approved ?? 0);
      const approved = y.expense.reduce((s, l) => s + (l.amounts.approved ?? 0), 0);
      expect(y.revenue.reduce((s, l) => s + (l.amounts.approved ?? 0), 0)).toBe(approved);
    }
  });
});
