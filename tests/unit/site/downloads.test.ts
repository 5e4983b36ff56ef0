import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { expenseCsv, fiveYearsUpTo, planCsv, procurementCsv, yearsCsv } from '../../../src/lib/site/downloads.ts';
import { moneyTrails } from '../../../src/lib/site/money-trail.ts';
import { contract, expenseLine, planProject, procurement } from './fixtures.ts';

const read = (csv: string) => parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];

describe('page downloads', () => {
  it('write one procurement row per contract, and one for a project without contracts', () => {
    const csv = procurementCsv([
      procurement({ contracts: [contract({ number: '1/2568' }), contract({ number: '2/2568', value: null })] }),
      procurement({ id: 'b', contracts: [] }),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = read(csv);
    expect(rows.map((r) => [r.procurement_id, r.contract_number, r.contract_value])).toEqual([
      ['68019000001', '1/2568', '1000'], ['68019000001', '2/2568', ''], ['b', '', ''],
    ]);
  });
  it('neutralise formulas in text but keep negative amounts as numbers', () => {
    const rows = read(expenseCsv([expenseLine({ item: '=HYPERLINK("http://x")', amount: -5 })]));
    expect(rows[0]!.item).toBe('\'=HYPERLINK("http://x")');
    expect(rows[0]!.amount).toBe('-5');
  });
  it('give each plan project its planned years and how far its money went', () => {
    const plan = planProject({ plannedByYear: { 2567: 1, 2568: 2 } });
    const trails = moneyTrails({ planProjects: [plan], expenseLines: [], procurements: [procurement({ planProject: { id: plan.id, method: 'explicit', confidence: 1 } })] });
    const [row] = read(planCsv(trails));
    expect(row).toMatchObject({ planned_2567: '1', planned_2568: '2', procurement_ids: '68019000001', contracts: '1', contract_value: '1000' });
  });
  it('give one row of totals per fiscal year, oldest first, blank where unknown', () => {
    const year = { expenseTotal: null, expensePhase: null, expenseByProgram: [], publishedExpenseTotal: null, revenueTotal: 5, revenuePhase: 'approved' as const,
      ownRevenueTotal: null, population: null, procurementProjects: 1, contracts: 2, contractValue: 3, contractsWithoutValue: 0, specificContracts: 2,
      contractsWithTaxId: 2, procurementsWithBudgetLine: 0, planProjects: 0, plannedAmount: 0, flags: {} };
    const rows = read(yearsCsv('L', { 2568: year, 2567: { ...year, contractValue: 9 } }));
    expect(rows.map((r) => [r.fiscal_year, r.contract_value, r.expense_total, r.revenue_phase])).toEqual([['2567', '9', '', 'approved'], ['2568', '3', '', 'approved']]);
  });

  it('give the five-year chart the last five years up to the page\'s year, in order', () => {
    const years = Object.fromEntries([2568, 2561, 2562, 2563, 2564, 2565, 2566, 2567].map((fy) => [fy, {}]));
    expect(fiveYearsUpTo(years)).toEqual(['2564', '2565', '2566', '2567', '2568']);
    expect(fiveYearsUpTo(years, 2565)).toEqual(['2561', '2562', '2563', '2564', '2565']);
    expect(fiveYearsUpTo(years, 2562)).toEqual(['2561', '2562']);
  });
});
