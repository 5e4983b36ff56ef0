import { describe, expect, it } from 'vitest';
import { buildSampleFiles } from '../../../src/lib/sample/default-sample.ts';
import { registrySettings, selectLaos } from '../../../src/lib/sample/dataset-writer.ts';
import { generateLaoData } from '../../../src/lib/sample/lao-data.ts';
import { BUDGET_TOTALS_HEADER, PAO_EXPENSE_HEADER, PAO_REVENUE_HEADER, budgetTotalRows, paoExpenseRows, paoRevenueRows } from '../../../src/lib/sample/pao-files.ts';
import { vendorPools } from '../../../src/lib/sample/vendor-pools.ts';

type Row = Record<string, string>;

function sums(rows: readonly Row[], amountColumn: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = `${r['ปีงบประมาณ']}|${r['อปท.']}|${r['จังหวัด']}`;
    out.set(key, (out.get(key) ?? 0) + Math.round(Number(r[amountColumn]) * 100));
  }
  return out;
}

function checkTotals(expense: Row[], revenue: Row[], totals: Row[]): void {
  expect(totals.length).toBeGreaterThan(0);
  const byYear = sums(expense, 'จำนวนเงิน');
  const revenueByYear = sums(revenue, 'จำนวนเงิน');
  for (const t of totals) {
    const key = `${t['ปีงบประมาณ']}|${t['อปท.']}|${t['จังหวัด']}`;
    const total = Math.round(Number(t['งบประมาณรายจ่ายรวม']) * 100);
    expect(byYear.get(key), key).toBe(total);
    expect(revenueByYear.get(key), key).toBe(total);
  }
  expect(byYear.size).toBe(totals.length);
}

function rowsOf(header: readonly string[], rows: readonly string[][]): Row[] {
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('อบจ. summaries', () => {
  it('in the sample, expense rows of each อบจ.-year add up exactly to budget-totals.csv (revenue too)', () => {
    const { tables } = buildSampleFiles(2568);
    const t = (name: string): Row[] => rowsOf(tables.get(name)!.table.header, tables.get(name)!.table.rows);
    checkTotals(t('pao-budget-expense.csv'), t('pao-budget-revenue.csv'), t('budget-totals.csv'));
    expect(t('budget-totals.csv')).toHaveLength(2);
  });

  it('at national scale, every อบจ.-year adds up exactly too', () => {
    const seed = 20250101;
    const { registry } = selectLaos({ scale: 'national', seed });
    const pools = vendorPools(seed, registry);
    const settings = registrySettings(seed, 2);
    const data = registry.filter((l) => l.type === 'pao').slice(0, 6).map((lao) => generateLaoData(lao, settings, pools.bookFor(lao)));
    const asRows = (header: readonly string[], rows: string[][]): Row[] => rowsOf(header, rows);
    checkTotals(
      asRows(PAO_EXPENSE_HEADER, data.flatMap(paoExpenseRows)),
      asRows(PAO_REVENUE_HEADER, data.flatMap(paoRevenueRows)),
      asRows(BUDGET_TOTALS_HEADER, data.flatMap(budgetTotalRows)),
    );
  }, 60_000);
});
