import { describe, expect, it } from 'vitest';
import { expenseByBudgetGroup, expenseTree, largestBranch, programsByPhase, revenueBySource } from '../../../src/lib/site/expense-view.ts';
import { moneyTrails, procurementLinks, trailStages } from '../../../src/lib/site/money-trail.ts';
import { planByStrategy, planByYear } from '../../../src/lib/site/plan-stats.ts';
import { contractVendors, largestContracts, methodMix, topVendors } from '../../../src/lib/site/procurement-view.ts';
import { contract, expenseLine, planProject, procurement, revenueLine } from './fixtures.ts';

describe('expenseTree(lines)', () => {
  const lines = [
    expenseLine({ id: 'a', sideKey: 'community-social', programKey: 'education', program: 'แผนงานการศึกษา', budgetGroupKey: 'personnel', amount: 300 }),
    expenseLine({ id: 'b', sideKey: 'general-administration', programKey: 'general-administration', budgetGroupKey: 'operations', amount: 200 }),
    expenseLine({ id: 'c', sideKey: 'community-social', programKey: 'education', budgetGroupKey: 'personnel', amount: 50.25 }),
    expenseLine({ id: 'd', programKey: 'central-fund', budgetGroupKey: 'central-fund', amount: 10 }),
    expenseLine({ id: 'e', program: 'แผนงานพิเศษ', budgetGroup: 'งบพิเศษ', amount: 1 }),
  ];
  it('nests ด้าน → แผนงาน → งบ in chart-of-accounts order, with names in the page language', () => {
    const tree = expenseTree(lines, 'en', 'Total', 'not stated');
    expect(tree.children!.map((n) => n.name)).toEqual(['General administration', 'Community and social services', 'Other operations', 'not stated']);
    const education = tree.children![1]!.children![0]!;
    expect(education).toEqual({ name: 'Education', children: [{ name: 'Personnel', value: 350.25 }] });
  });
  it('finds the ด้าน of a line from its แผนงาน, and keeps unknown names as published', () => {
    const tree = expenseTree(lines, 'th', 'รวม', 'ไม่ระบุ');
    expect(tree.children![2]!.name).toBe('ด้านการดำเนินงานอื่น');
    expect(tree.children![3]).toEqual({ name: 'ไม่ระบุ', children: [{ name: 'แผนงานพิเศษ', children: [{ name: 'งบพิเศษ', value: 1 }] }] });
  });
});

describe('revenueBySource and programsByPhase', () => {
  it('sums revenue per source in the fixed order', () => {
    const rows = revenueBySource([
      revenueLine({ revenueTypeKey: 'grant', amount: 5 }), revenueLine({ revenueTypeKey: 'own-source', amount: 2 }), revenueLine({ revenueTypeKey: 'grant', amount: 1 }),
    ], 'th', '-');
    expect(rows).toEqual([{ label: 'รายได้จัดเก็บเอง', value: 2 }, { label: 'รายได้ที่รัฐบาลอุดหนุนให้', value: 6 }]);
  });
  it('lines up programmes across phases, with null where a phase lacks one', () => {
    const table = programsByPhase([
      expenseLine({ phase: 'spent', programKey: 'education', amount: 9 }),
      expenseLine({ phase: 'approved', programKey: 'education', amount: 10 }),
      expenseLine({ phase: 'approved', programKey: 'public-health', amount: 4 }),
    ], 'en', '-');
    expect(table.phases).toEqual(['approved', 'spent']);
    expect(table.rows).toEqual([{ name: 'Education', amounts: [10, 9] }, { name: 'Public health', amounts: [4, null] }]);
  });
});

describe('moneyTrails(data)', () => {
  const plan = planProject();
  const line = expenseLine({ id: 'line', planProject: { id: plan.id, method: 'explicit', confidence: 1 } });
  const direct = procurement({ id: 'p-direct', planProject: { id: plan.id, method: 'explicit', confidence: 1 } });
  const viaLine = procurement({ id: 'p-via', sourceId: null, budgetLine: { id: 'line', method: 'inferred', confidence: 0.62 }, contracts: [] });
  const unrelated = procurement({ id: 'p-other', sourceId: null });
  const [trail] = moneyTrails({ planProjects: [plan, planProject({ id: 'L:P2' })], expenseLines: [line], procurements: [direct, viaLine, unrelated] });

  it('collects budget lines and procurement linked directly or through a budget line', () => {
    expect(trail!.budgetLines.map((s) => s.record.id)).toEqual(['line']);
    expect(trail!.procurements.map((s) => s.record.id)).toEqual(['p-direct', 'p-via']);
    expect(trail!.procurements[1]!.via?.id).toBe('line');
  });
  it('marks a chain inferred when any of its links is, with that link\'s confidence', () => {
    expect(trail!.procurements[1]!.link).toEqual({ id: 'line', method: 'inferred', confidence: 0.62 });
  });
  it('says which stages the plan project reached', () => {
    expect(trailStages(trail!)).toEqual({ budgeted: true, procured: true, contracted: true });
    const empty = moneyTrails({ planProjects: [planProject()], expenseLines: [], procurements: [] })[0]!;
    expect(trailStages(empty)).toEqual({ budgeted: false, procured: false, contracted: false });
  });
});

describe('planByYear and planByStrategy', () => {
  const trails = moneyTrails({
    planProjects: [
      planProject({ id: 'a', strategy: 'ยุทธศาสตร์ 1', plannedByYear: { 2567: 100, 2568: 200 }, budgetedByYear: { 2567: 100 } }),
      planProject({ id: 'b', strategy: null, plannedByYear: { 2568: 50 } }),
    ],
    expenseLines: [], procurements: [],
  });
  it('counts projects and planned money per year', () => {
    expect(planByYear(trails)).toEqual([
      { key: '2567', projects: 1, planned: 100, budgeted: 1, procured: 0, contracted: 0 },
      { key: '2568', projects: 2, planned: 250, budgeted: 1, procured: 0, contracted: 0 },
    ]);
  });
  it('groups by strategy, with projects without one under the given name', () => {
    expect(planByStrategy(trails, 'ไม่ระบุ').map((r) => [r.key, r.projects, r.planned])).toEqual([['ยุทธศาสตร์ 1', 1, 300], ['ไม่ระบุ', 1, 50]]);
  });
});

describe('procurement summaries', () => {
  const projects = [
    procurement({ id: 'a', method: 'specific', contracts: [contract({ value: 100, vendorId: 'V1' }), contract({ value: null, vendorId: 'V2' })] }),
    procurement({ id: 'b', method: 'e-bidding', contracts: [contract({ value: 5000, vendorId: 'V2', vendorName: 'บริษัท สอง จำกัด' })] }),
    procurement({ id: 'c', method: null, contracts: [] }),
  ];
  it('mixes methods by contract value, counting projects and contracts', () => {
    expect(methodMix(projects, 'en', 'unknown').map((m) => [m.label, m.projects, m.contracts, m.value])).toEqual([
      ['Electronic bidding (e-bidding)', 1, 1, 5000], ['Specific (direct) method', 1, 2, 100], ['unknown', 1, 0, 0],
    ]);
  });
  it('lists the largest known contracts first', () => {
    expect(largestContracts(projects, 5).map((r) => r.contract.value)).toEqual([5000, 100]);
  });
  it('ranks vendors by their total contract value', () => {
    expect(topVendors(projects, 5)).toEqual([
      { vendorId: 'V2', name: 'หจก. หนึ่ง', contracts: 2, value: 5000 },
      { vendorId: 'V1', name: 'หจก. หนึ่ง', contracts: 1, value: 100 },
    ]);
  });
});

describe('expenseByBudgetGroup(lines)', () => {
  it('sums each งบ in the chart-of-accounts order, keeping unknown groups as published', () => {
    const rows = expenseByBudgetGroup([
      expenseLine({ budgetGroupKey: 'investment', amount: 5 }),
      expenseLine({ budgetGroupKey: 'personnel', amount: 7 }),
      expenseLine({ budgetGroup: 'งบพิเศษ', amount: 1 }),
      expenseLine({ budgetGroupKey: 'personnel', amount: 3 }),
    ], 'en', '-');
    expect(rows).toEqual([{ label: 'Personnel', value: 10 }, { label: 'Investment', value: 5 }, { label: 'งบพิเศษ', value: 1 }]);
  });
});

describe('largestBranch(tree) and procurementLinks(data)', () => {
  it('finds the ด้าน that spends most, summing all its leaves', () => {
    const tree = { name: 'รวม', children: [
      { name: 'A', children: [{ name: 'a1', children: [{ name: 'x', value: 3 }, { name: 'y', value: 4 }] }] },
      { name: 'B', children: [{ name: 'b1', value: 6 }] },
    ] };
    expect(largestBranch(tree)).toEqual({ name: 'A', value: 7 });
    expect(largestBranch({ name: 'empty' })).toBeNull();
  });
  it('finds a procurement project\'s budget line, and its plan project directly or through that line, with the weaker link', () => {
    const plan = planProject();
    const line = expenseLine({ id: 'line', planProject: { id: plan.id, method: 'inferred', confidence: 0.7 } });
    const linksOf = procurementLinks({ planProjects: [plan], expenseLines: [line] });
    expect(linksOf(procurement({ budgetLine: { id: 'line', method: 'explicit', confidence: 1 } }))).toEqual({ budgetLine: line, planProject: plan, planLink: line.planProject });
    expect(linksOf(procurement({ planProject: { id: plan.id, method: 'explicit', confidence: 1 } }))).toEqual({ budgetLine: null, planProject: plan, planLink: { id: plan.id, method: 'explicit', confidence: 1 } });
    expect(linksOf(procurement({ budgetLine: { id: 'gone', method: 'explicit', confidence: 1 } }))).toEqual({ budgetLine: null, planProject: null, planLink: null });
  });
});

describe('contractVendors(contracts)', () => {
  it('lists each vendor once, first name seen, skipping contracts without a vendor', () => {
    expect(contractVendors([
      contract({ vendorId: 'V2', vendorName: 'บริษัท สอง จำกัด' }), contract({ vendorId: null }), contract({ vendorId: 'V1', vendorName: null }),
      contract({ vendorId: 'V2', vendorName: 'บจก. สอง' }),
    ])).toEqual([['V2', 'บริษัท สอง จำกัด'], ['V1', 'V1']]);
  });
});
