import { describe, expect, it } from 'vitest';
import { yearTotals } from '../../../src/lib/link/year-totals.ts';
import type { BudgetTotal } from '../../../src/lib/schema/budget.ts';
import type { LaoData } from '../../../src/lib/schema/site.ts';
import { completeness } from '../../../src/lib/site/completeness.ts';
import { checkShare, fieldGaps, laoQualityYears, qualityByYearCsv, qualityChecks, qualityTrend, type LaoQualityYear } from '../../../src/lib/site/lao-quality.ts';
import { qualityAdvice } from '../../../src/lib/site/lao-quality-advice.ts';
import { ofTotalText, yearsText } from '../../../src/lib/site/lao-quality-text.ts';
import { contract, expenseLine, planProject, procurement, revenueLine } from './fixtures.ts';

type Records = Pick<LaoData, 'planProjects' | 'expenseLines' | 'revenueLines' | 'budgetTotals' | 'procurements'>;

/** An LAO's data file as the import writes it: the year totals made from the same records. */
function laoData(over: Partial<Records> = {}): LaoData {
  const records: Records = { planProjects: [], expenseLines: [], revenueLines: [], budgetTotals: [], procurements: [], ...over };
  return {
    lao: {
      id: '6100101', code: '6100101', name: 'องค์การบริหารส่วนตำบลทดสอบ', type: 'sao', province: 'อุทัยธานี', district: null, population: null,
      areaKm2: null, households: null, website: null, lat: null, lon: null, otherNames: [],
    },
    years: yearTotals(records),
    planIndicators: [],
    flags: [],
    ...records,
  };
}

function budgetTotal(over: Partial<BudgetTotal> = {}): BudgetTotal {
  return { laoId: 'L', fiscalYear: 2568, totalExpense: 1000, population: 5000, source: { file: 'totals.csv', row: 2 }, ...over };
}

const explicit = (id: string) => ({ id, method: 'explicit' as const, confidence: 1 });
const inferred = (id: string) => ({ id, method: 'inferred' as const, confidence: 0.7 });

/**
 * Two years. 2567: expense only; two procurement projects, one linked to a budget line; three
 * contracts: valid tax id and value; no tax id, no value; bad check digit, no number or date.
 * 2568: everything published, one project linked by name similarity, its one contract complete.
 */
const data = laoData({
  expenseLines: [
    expenseLine({ id: 'l67', sourceId: 'B1', fiscalYear: 2567 }),
    expenseLine({ id: 'l67b', sourceId: null, fiscalYear: 2567 }),
    expenseLine({ id: 'l68', sourceId: 'B2', fiscalYear: 2568 }),
  ],
  revenueLines: [revenueLine({ fiscalYear: 2568 })],
  budgetTotals: [budgetTotal({ fiscalYear: 2568 })],
  procurements: [
    procurement({
      id: 'p1', fiscalYear: 2567, method: 'specific', announcedDate: null, budget: 5000, referencePrice: 5000, budgetLine: explicit('l67'),
      contracts: [
        contract({ taxId: '0105561000001', taxIdStatus: 'valid', value: 1000 }),
        contract({ taxIdStatus: 'missing', value: null, endDate: '2024-06-30' }),
      ],
    }),
    procurement({
      id: 'p2', fiscalYear: 2567, method: 'e-bidding', announcedDate: null, budget: null, referencePrice: null,
      contracts: [contract({ taxIdRaw: '1234567890123', taxIdStatus: 'bad-check-digit', number: null, signedDate: null, vendorName: null })],
    }),
    procurement({
      id: 'p3', fiscalYear: 2568, method: 'e-bidding', announcedDate: '2025-01-10', budget: 9000, referencePrice: 8800, budgetLine: inferred('l68'),
      contracts: [contract({ taxId: '0105561000001', taxIdStatus: 'valid', endDate: '2025-09-30' })],
    }),
  ],
});

const check = (fy: number, key: string) => qualityChecks(data, fy).find((c) => c.key === key)!;
const field = (fy: number, key: string) => fieldGaps(data, fy).find((f) => f.key === key);

describe('qualityChecks(data, fiscalYear)', () => {
  it('counts contracts with a valid tax id and with a value, out of all the year\'s contracts', () => {
    expect(check(2567, 'tax-ids')).toMatchObject({ unit: 'contracts', passed: 1, total: 3, scored: true });
    expect(check(2567, 'contract-values')).toMatchObject({ passed: 2, total: 3 });
    expect(check(2568, 'tax-ids')).toMatchObject({ passed: 1, total: 1 });
  });

  it('counts procurement linked to a budget line, and how many of those links were guessed from names', () => {
    expect(check(2567, 'budget-links')).toMatchObject({ unit: 'procurements', passed: 1, total: 2, inferred: 0 });
    expect(check(2568, 'budget-links')).toMatchObject({ passed: 1, total: 1, inferred: 1 });
  });

  it('says whether the expense budget, revenue and population of the year are published', () => {
    const published = (fy: number) => qualityChecks(data, fy).filter((c) => c.unit === 'published').map((c) => [c.key, c.passed, c.total]);
    expect(published(2567)).toEqual([['expense', 1, 1], ['revenue', 0, 1], ['population', 0, 1]]);
    expect(published(2568)).toEqual([['expense', 1, 1], ['revenue', 1, 1], ['population', 1, 1]]);
  });

  it('marks a check with nothing to count as not applying', () => {
    const noProcurement = laoData({ expenseLines: [expenseLine()] });
    const checks = qualityChecks(noProcurement, 2568);
    expect(checks.filter((c) => c.total === 0).map((c) => c.key)).toEqual(['tax-ids', 'contract-values', 'budget-links', 'plan-budget']);
    expect(checks.map(checkShare)).toEqual([1, 0, 0, null, null, null, null]);
  });

  it('refuses a year the LAO has no data for', () => {
    expect(() => qualityChecks(data, 2560)).toThrow(/no fiscal year 2560/);
  });
});

describe('the plan → budget check', () => {
  const plans = [
    planProject({ id: 'L:P1', plannedByYear: { 2568: 100 } }), // linked by an explicit budget line of 2568
    planProject({ id: 'L:P2', plannedByYear: { 2568: 100 }, budgetedByYear: { 2568: 90 } }), // the plan file says it was budgeted
    planProject({ id: 'L:P3', plannedByYear: { 2568: 100 } }), // linked by name similarity only
    planProject({ id: 'L:P4', plannedByYear: { 2568: 100 } }), // not in the budget
    planProject({ id: 'L:P5', plannedByYear: { 2567: 100, 2568: 100 } }), // in 2567's budget, not 2568's
    planProject({ id: 'L:P6', plannedByYear: { 2569: 100 } }), // not planned for 2568
  ];
  const lines = [
    expenseLine({ id: 'a', fiscalYear: 2568, planProject: explicit('L:P1') }),
    expenseLine({ id: 'b', fiscalYear: 2568, planProject: inferred('L:P3') }),
    expenseLine({ id: 'c', fiscalYear: 2567, planProject: explicit('L:P5') }),
  ];
  const withPlan = laoData({ planProjects: plans, expenseLines: lines });

  it('counts this year\'s plan projects found in this year\'s budget, by a line or by a budgeted amount', () => {
    const planCheck = qualityChecks(withPlan, 2568).find((c) => c.key === 'plan-budget')!;
    expect(planCheck).toMatchObject({ unit: 'plan-projects', passed: 3, total: 5, inferred: 1, scored: false });
    expect(qualityChecks(withPlan, 2567).find((c) => c.key === 'plan-budget')).toMatchObject({ passed: 1, total: 1 });
  });

  it('does not apply in a year with no expense budget nor budgeted amounts to look in', () => {
    const noBudget = laoData({ planProjects: plans.filter((p) => p.id !== 'L:P2'), procurements: [procurement()] });
    expect(qualityChecks(noBudget, 2568).find((c) => c.key === 'plan-budget')).toMatchObject({ passed: 0, total: 0 });
    const budgetedOnly = laoData({ planProjects: plans, procurements: [procurement()] });
    expect(qualityChecks(budgetedOnly, 2568).find((c) => c.key === 'plan-budget')).toMatchObject({ passed: 1, total: 5 });
  });

  it('is not part of the completeness score', () => {
    const [, y2568] = laoQualityYears(withPlan);
    // Expense published, no revenue, no population, nothing else to check: 1/3 whatever the plan check says.
    expect(y2568!.score).toBeCloseTo(1 / 3, 12);
    expect(y2568!.score).toBe(completeness(withPlan.years['2568']!));
  });
});

describe('fieldGaps(data, fiscalYear)', () => {
  it('counts the contracts lacking each contract field', () => {
    expect(field(2567, 'contract-number')).toMatchObject({ record: 'contract', missing: 1, total: 3 });
    expect(field(2567, 'signed-date')).toMatchObject({ missing: 1, total: 3 });
    expect(field(2567, 'end-date')).toMatchObject({ missing: 2, total: 3 });
    expect(field(2567, 'vendor-name')).toMatchObject({ missing: 1, total: 3 });
    expect(field(2568, 'end-date')).toMatchObject({ missing: 0, total: 1 });
  });

  it('counts a tax id missing or unusable as lacking, and names the check that scores it', () => {
    expect(field(2567, 'tax-id')).toMatchObject({ missing: 2, total: 3, check: 'tax-ids' });
    expect(field(2567, 'contract-value')).toMatchObject({ missing: 1, total: 3, check: 'contract-values' });
    expect(field(2567, 'reference-price')!.check).toBeNull();
  });

  it('counts procurement fields per project, the announcement date only where a method is announced', () => {
    expect(field(2567, 'budget')).toMatchObject({ record: 'procurement', missing: 1, total: 2 });
    expect(field(2567, 'reference-price')).toMatchObject({ missing: 1, total: 2 });
    expect(field(2567, 'method')).toMatchObject({ missing: 0, total: 2 });
    // p1 is a specific purchase: no announcement expected.
    expect(field(2567, 'announced-date')).toMatchObject({ missing: 1, total: 1 });
    expect(field(2568, 'announced-date')).toMatchObject({ missing: 0, total: 1 });
  });

  it('counts budget lines without an id, and leaves out fields no record of the year has', () => {
    expect(field(2567, 'line-id')).toMatchObject({ record: 'expense-line', missing: 1, total: 2 });
    expect(field(2567, 'kpi')).toBeUndefined();
    const onlyBudget = laoData({ expenseLines: [expenseLine()] });
    expect(fieldGaps(onlyBudget, 2568).map((f) => f.key)).toEqual(['line-id']);
  });

  it('counts plan fields over the projects planned for that year', () => {
    const withPlan = laoData({
      expenseLines: [expenseLine({ fiscalYear: 2568 })],
      planProjects: [
        planProject({ id: 'L:P1', sourceId: null, kpi: null, plannedByYear: { 2568: 1 } }),
        planProject({ id: 'L:P2', kpi: 'ครัวเรือน', responsibleUnit: null, plannedByYear: { 2568: 1 } }),
        planProject({ id: 'L:P3', kpi: null, plannedByYear: { 2569: 1 } }),
      ],
    });
    const gaps = Object.fromEntries(fieldGaps(withPlan, 2568).filter((f) => f.record === 'plan-project').map((f) => [f.key, [f.missing, f.total]]));
    expect(gaps).toEqual({ 'plan-id': [1, 2], kpi: [1, 2], 'responsible-unit': [2, 2] });
  });
});

describe('laoQualityYears(data)', () => {
  const years = laoQualityYears(data);

  it('gives every fiscal year, oldest first; none, and no advice, for an LAO without data', () => {
    expect(years.map((y) => y.fiscalYear)).toEqual([2567, 2568]);
    expect(laoQualityYears(laoData())).toEqual([]);
    expect(qualityAdvice([])).toEqual([]);
  });

  it('scores each year as the province comparison does, the mean of the scored checks that apply', () => {
    for (const y of years) {
      expect(y.score).toBe(completeness(data.years[String(y.fiscalYear)]!));
      const shares = y.checks.filter((c) => c.scored).map(checkShare).filter((s): s is number => s !== null);
      expect(y.score).toBeCloseTo(shares.reduce((a, b) => a + b, 0) / shares.length, 12);
    }
    // 2567: expense 1, revenue 0, population 0, tax ids 1/3, values 2/3, budget links 1/2.
    expect(years[0]!.score).toBeCloseTo((1 + 0 + 0 + 1 / 3 + 2 / 3 + 1 / 2) / 6, 12);
    expect(years[1]!.score).toBe(1);
  });
});

describe('qualityTrend(years)', () => {
  const year = (fiscalYear: number, score: number) => ({ fiscalYear, score, checks: [], fields: [] }) satisfies LaoQualityYear;

  it('compares the first and the last year', () => {
    expect(qualityTrend([year(2566, 0.5), year(2567, 0.9), year(2568, 0.75)])).toMatchObject({ direction: 'up', first: { fiscalYear: 2566 }, last: { fiscalYear: 2568 } });
    expect(qualityTrend([year(2567, 0.8), year(2568, 0.6)])?.direction).toBe('down');
  });

  it('calls two scores that read the same on the page the same', () => {
    expect(qualityTrend([year(2567, 0.834), year(2568, 0.831)])?.direction).toBe('same');
    expect(qualityTrend([year(2567, 0.052), year(2568, 0.054)])?.direction).toBe('up');
  });

  it('has no trend for one year or none', () => {
    expect(qualityTrend([year(2568, 1)])).toBeNull();
    expect(qualityTrend([])).toBeNull();
  });
});

describe('qualityAdvice(years)', () => {
  const advice = qualityAdvice(laoQualityYears(data));
  const keys = advice.map((a) => a.key);

  it('puts what raises the score most first', () => {
    // 2567 (six scored checks apply): revenue and population each miss a whole sixth, tax ids two
    // thirds of one, budget links a half, contract values a third. 2568 is complete.
    expect(keys.slice(0, 5)).toEqual(['revenue', 'population', 'tax-ids', 'budget-links', 'contract-values']);
    expect(advice[0]).toMatchObject({ unit: 'published', years: [2567], missing: 1, total: 1 });
    expect(advice[0]!.gain).toBeCloseTo(1 / 6, 12);
    expect(advice.find((a) => a.key === 'tax-ids')).toMatchObject({ unit: 'contracts', years: [2567], missing: 2, total: 3 });
  });

  it('then the fields no check counts, most records first, and the links guessed from names', () => {
    const rest = advice.filter((a) => a.gain === 0);
    expect(rest.map((a) => a.key)).toEqual(['end-date', 'budget-links-inferred', 'budget', 'reference-price', 'announced-date', 'contract-number', 'signed-date', 'vendor-name', 'line-id']);
    // Counted in the years it falls short only: 2568's one contract has its end date.
    expect(rest[0]).toMatchObject({ unit: 'contract', years: [2567], missing: 2, total: 3 });
    expect(advice.find((a) => a.key === 'budget-links-inferred')).toMatchObject({ years: [2568], missing: 1, total: 1 });
  });

  it('never advises twice on what a check already covers', () => {
    expect(keys).not.toContain('tax-id');
    expect(keys).not.toContain('contract-value');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('adds up a shortfall over the years it appears in', () => {
    const twoYears = laoData({
      procurements: [
        procurement({ id: 'a', fiscalYear: 2567, contracts: [contract({ taxIdStatus: 'missing' }), contract({ taxIdStatus: 'valid' })] }),
        procurement({ id: 'b', fiscalYear: 2568, contracts: [contract({ taxIdStatus: 'missing' })] }),
      ],
    });
    expect(qualityAdvice(laoQualityYears(twoYears)).find((a) => a.key === 'tax-ids')).toMatchObject({ years: [2567, 2568], missing: 2, total: 3 });
  });

  it('is empty when every check passes and no field is missing', () => {
    const complete = laoData({
      expenseLines: [expenseLine({ id: 'l', sourceId: 'B1' })],
      revenueLines: [revenueLine()],
      budgetTotals: [budgetTotal()],
      procurements: [procurement({
        method: 'specific', budget: 100, referencePrice: 100, budgetLine: explicit('l'),
        contracts: [contract({ taxId: '0105561000001', taxIdStatus: 'valid', endDate: '2025-09-30' })],
      })],
    });
    expect(qualityAdvice(laoQualityYears(complete))).toEqual([]);
  });
});

describe('qualityByYearCsv(years)', () => {
  it('writes a row per year: the score and each scored check\'s share, empty where one does not apply', () => {
    const lines = qualityByYearCsv(laoQualityYears(laoData({ expenseLines: [expenseLine()] }))).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toEqual([
      'fiscal_year,completeness,expense,revenue,population,tax_ids,contract_values,budget_links',
      '2568,0.3333,1,0,0,,,',
    ]);
  });
});

describe('text of counts', () => {
  it('writes counts with their unit and lists years', () => {
    expect(ofTotalText('th', 'contracts', 7, 1234)).toBe('7 จาก 1,234 สัญญา');
    expect(ofTotalText('en', 'expense-line', 1, 2)).toBe('1 of 2 items');
    expect(yearsText('th', [2567, 2568])).toBe('ปีงบประมาณ 2567, 2568');
    expect(yearsText('en', [2568])).toBe('Fiscal year 2568');
  });
});
