// Small record builders for the site's view tests: every field present, overridable per test.
import type { ExpenseLine, RevenueLine } from '../../../src/lib/schema/budget.ts';
import type { PlanProject } from '../../../src/lib/schema/plan.ts';
import type { Contract, ProcurementProject } from '../../../src/lib/schema/procurement.ts';
import type { LaoYearHeadline } from '../../../src/lib/schema/site.ts';

const source = { file: 'test.csv', row: 2 };

export function expenseLine(over: Partial<ExpenseLine> = {}): ExpenseLine {
  return {
    id: 'e1', laoId: 'L', sourceId: null, fiscalYear: 2568, phase: 'approved', side: null, sideKey: null, program: null, programKey: null,
    task: null, budgetGroup: null, budgetGroupKey: null, category: null, expenseType: null, item: null, amount: 100, planProject: null, source, ...over,
  };
}

export function revenueLine(over: Partial<RevenueLine> = {}): RevenueLine {
  return { id: 'r1', laoId: 'L', fiscalYear: 2568, phase: 'approved', revenueType: null, revenueTypeKey: null, category: null, item: null, amount: 100, source, ...over };
}

export function planProject(over: Partial<PlanProject> = {}): PlanProject {
  return {
    id: 'L:P1', laoId: 'L', sourceId: 'P1', planPeriod: '2566-2570', strategy: null, program: null, name: 'ก่อสร้างถนน', objective: null, target: null,
    plannedByYear: { 2568: 500_000 }, budgetedByYear: {}, kpi: null, expectedResult: null, responsibleUnit: null, location: null, source, ...over,
  };
}

export function contract(over: Partial<Contract> = {}): Contract {
  return {
    number: '1/2568', vendorId: 'V1', vendorName: 'หจก. หนึ่ง', taxId: null, taxIdRaw: null, taxIdStatus: 'missing', signedDate: '2025-03-01', endDate: null,
    value: 1000, valueSource: 'contract', status: null, source, ...over,
  };
}

export function procurement(over: Partial<ProcurementProject> = {}): ProcurementProject {
  return {
    id: '68019000001', laoId: 'L', sourceId: '68019000001', fiscalYear: 2568, name: 'จ้างก่อสร้างถนน', method: 'specific', methodText: null, methodGroupText: null,
    announcedDate: null, budget: null, referencePrice: null, agreedPrice: null, status: null, district: null, subdistrict: null, lat: null, lon: null,
    bidders: [], contracts: [contract()], budgetLine: null, planProject: null, formats: ['procurement'], source, ...over,
  };
}

export function headline(over: Partial<LaoYearHeadline> = {}): LaoYearHeadline {
  return {
    expenseTotal: 1_000_000, revenueTotal: 1_000_000, ownRevenueTotal: 100_000, population: 1000, procurementProjects: 2, contracts: 4,
    contractValue: 400_000, contractsWithoutValue: 0, specificContracts: 3, contractsWithTaxId: 4, procurementsWithBudgetLine: 2, planProjects: 0, flags: {}, ...over,
  };
}
