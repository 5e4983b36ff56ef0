// How complete one LAO's published data is, fiscal year by fiscal year (the page /lao/<id>/quality/):
// the completeness checks of the province comparison (completeness.ts, counted here as records passed
// out of records checked), whether this year's plan projects reached the budget, and how many records
// lack each important field.
import type { ExpenseLine } from '../schema/budget.ts';
import type { PlanProject } from '../schema/plan.ts';
import type { Contract, ProcurementProject } from '../schema/procurement.ts';
import type { LaoData, LaoYearTotals } from '../schema/site.ts';
import { completeness, type CompletenessCheck } from './completeness.ts';
import { formatShare } from './format.ts';
import { toCsv } from '../io/csv-write.ts';

/** The checks of the completeness score, and one more that is shown but not scored. */
export type QualityCheckKey = CompletenessCheck['key'] | 'plan-budget';

/** What a check counts: whether something is published at all, or records of one kind. */
export type CheckUnit = 'published' | 'contracts' | 'procurements' | 'plan-projects';

export interface QualityCheck {
  key: QualityCheckKey;
  unit: CheckUnit;
  /** Records that pass; for a 'published' check, 1 when it is published. */
  passed: number;
  /** Records checked (1 for a 'published' check); 0 when the check does not apply this year. */
  total: number;
  /** Of `passed`, those that pass through a link guessed from the names (link checks only, else 0). */
  inferred: number;
  /** Part of the completeness score (the province comparison's); 'plan-budget' is not. */
  scored: boolean;
}

/** The records whose fields are checked. */
export type RecordKind = 'procurement' | 'contract' | 'expense-line' | 'plan-project';

export type FieldKey =
  | 'method' | 'budget' | 'reference-price' | 'announced-date'
  | 'contract-number' | 'signed-date' | 'end-date' | 'vendor-name' | 'tax-id' | 'contract-value'
  | 'line-id'
  | 'plan-id' | 'kpi' | 'responsible-unit';

export interface FieldGap {
  key: FieldKey;
  record: RecordKind;
  /** Records that lack the field. */
  missing: number;
  /** Records the field applies to. */
  total: number;
  /** The scored check that already counts this field, if any (its advice is the check's). */
  check: QualityCheckKey | null;
}

/** Fields a scored check already counts, with that check. */
export const FIELD_CHECKS = { 'tax-id': 'tax-ids', 'contract-value': 'contract-values' } as const satisfies Partial<Record<FieldKey, QualityCheckKey>>;
export type CheckedFieldKey = keyof typeof FIELD_CHECKS;

/** True for a field no scored check counts. */
export function isUncheckedField(key: FieldKey): key is Exclude<FieldKey, CheckedFieldKey> {
  return !(key in FIELD_CHECKS);
}

export interface LaoQualityYear {
  fiscalYear: number;
  /** The completeness score, 0–1: the figure the province comparison shows for this LAO-year. */
  score: number;
  checks: QualityCheck[];
  /** Every field that applies this year (total > 0), in a fixed order. */
  fields: FieldGap[];
}

/** The share of a check, 0–1, or null when it does not apply. */
export function checkShare(check: Pick<QualityCheck, 'passed' | 'total'>): number | null {
  return check.total ? check.passed / check.total : null;
}

/** Procurement methods that have no public invitation, so no announcement date. */
const NOT_ANNOUNCED = new Set<ProcurementProject['method']>(['specific', 'consultant-specific', 'design-specific']);

interface FieldSpec<T> {
  key: FieldKey;
  lacks: (record: T) => boolean;
  /** Only these records are counted; all when absent. */
  appliesTo?: (record: T) => boolean;
}

const PROCUREMENT_FIELDS: readonly FieldSpec<ProcurementProject>[] = [
  { key: 'method', lacks: (p) => p.method === null },
  { key: 'budget', lacks: (p) => p.budget === null },
  { key: 'reference-price', lacks: (p) => p.referencePrice === null },
  // A method must be known for the date to be expected: a specific purchase is not announced.
  { key: 'announced-date', lacks: (p) => p.announcedDate === null, appliesTo: (p) => p.method !== null && !NOT_ANNOUNCED.has(p.method) },
];

const CONTRACT_FIELDS: readonly FieldSpec<Contract>[] = [
  { key: 'contract-number', lacks: (c) => c.number === null },
  { key: 'signed-date', lacks: (c) => c.signedDate === null },
  { key: 'end-date', lacks: (c) => c.endDate === null },
  { key: 'vendor-name', lacks: (c) => c.vendorName === null },
  { key: 'tax-id', lacks: (c) => c.taxIdStatus !== 'valid' },
  { key: 'contract-value', lacks: (c) => c.value === null },
];

const EXPENSE_LINE_FIELDS: readonly FieldSpec<ExpenseLine>[] = [
  { key: 'line-id', lacks: (l) => l.sourceId === null },
];

const PLAN_PROJECT_FIELDS: readonly FieldSpec<PlanProject>[] = [
  { key: 'plan-id', lacks: (p) => p.sourceId === null },
  { key: 'kpi', lacks: (p) => p.kpi === null },
  { key: 'responsible-unit', lacks: (p) => p.responsibleUnit === null },
];

function gaps<T>(record: RecordKind, records: readonly T[], specs: readonly FieldSpec<T>[]): FieldGap[] {
  return specs.map((spec) => {
    const counted = spec.appliesTo ? records.filter(spec.appliesTo) : records;
    const check = isUncheckedField(spec.key) ? null : FIELD_CHECKS[spec.key];
    return { key: spec.key, record, missing: counted.filter(spec.lacks).length, total: counted.length, check };
  });
}

/** The records of one fiscal year: a plan project belongs to every year it plans an amount for. */
interface YearRecords {
  procurements: ProcurementProject[];
  contracts: Contract[];
  expenseLines: ExpenseLine[];
  planProjects: PlanProject[];
}

function recordsOf(data: LaoData, fiscalYear: number): YearRecords {
  const procurements = data.procurements.filter((p) => p.fiscalYear === fiscalYear);
  return {
    procurements,
    contracts: procurements.flatMap((p) => p.contracts),
    expenseLines: data.expenseLines.filter((l) => l.fiscalYear === fiscalYear),
    planProjects: data.planProjects.filter((p) => String(fiscalYear) in p.plannedByYear),
  };
}

/** How many records lack each field in one fiscal year; fields that apply to no record are left out. */
export function fieldGaps(data: LaoData, fiscalYear: number): FieldGap[] {
  return gapsOf(recordsOf(data, fiscalYear));
}

function gapsOf(r: YearRecords): FieldGap[] {
  return [
    ...gaps('procurement', r.procurements, PROCUREMENT_FIELDS),
    ...gaps('contract', r.contracts, CONTRACT_FIELDS),
    ...gaps('expense-line', r.expenseLines, EXPENSE_LINE_FIELDS),
    ...gaps('plan-project', r.planProjects, PLAN_PROJECT_FIELDS),
  ].filter((g) => g.total > 0);
}

/**
 * This year's plan projects (those planning an amount for it) that reached this year's budget: a
 * budget line of the year linked to them, or an amount the plan file says was budgeted that year. It
 * applies only when the year has an expense budget or budgeted amounts to look in.
 */
function planBudgetCheck(r: YearRecords, fiscalYear: number): QualityCheck {
  const fy = String(fiscalYear);
  const lineLinks = new Map<string, boolean>(); // plan id → linked explicitly by some line
  for (const line of r.expenseLines) {
    if (line.planProject) lineLinks.set(line.planProject.id, (lineLinks.get(line.planProject.id) ?? false) || line.planProject.method === 'explicit');
  }
  const budgetedInFile = (p: PlanProject) => fy in p.budgetedByYear;
  const canCheck = r.expenseLines.length > 0 || r.planProjects.some(budgetedInFile);
  const reached = r.planProjects.filter((p) => budgetedInFile(p) || lineLinks.has(p.id));
  const inferred = reached.filter((p) => !budgetedInFile(p) && lineLinks.get(p.id) === false).length;
  return { key: 'plan-budget', unit: 'plan-projects', passed: canCheck ? reached.length : 0, total: canCheck ? r.planProjects.length : 0, inferred: canCheck ? inferred : 0, scored: false };
}

/**
 * The checks of one fiscal year. The scored ones read the year's totals, the very counts the
 * completeness score (completeness.ts) is made from, so the page and the province comparison agree.
 */
export function qualityChecks(data: LaoData, fiscalYear: number): QualityCheck[] {
  return checksOf(data, fiscalYear, recordsOf(data, fiscalYear));
}

function checksOf(data: LaoData, fiscalYear: number, r: YearRecords): QualityCheck[] {
  const y: LaoYearTotals | undefined = data.years[String(fiscalYear)];
  if (!y) throw new Error(`no fiscal year ${fiscalYear} in the data of LAO ${data.lao.id}`);
  const published = (key: QualityCheckKey, yes: boolean): QualityCheck => ({ key, unit: 'published', passed: yes ? 1 : 0, total: 1, inferred: 0, scored: true });
  return [
    published('expense', y.expenseTotal !== null),
    published('revenue', y.revenueTotal !== null),
    published('population', y.population !== null),
    { key: 'tax-ids', unit: 'contracts', passed: y.contractsWithTaxId, total: y.contracts, inferred: 0, scored: true },
    { key: 'contract-values', unit: 'contracts', passed: y.contracts - y.contractsWithoutValue, total: y.contracts, inferred: 0, scored: true },
    {
      key: 'budget-links', unit: 'procurements', passed: y.procurementsWithBudgetLine, total: y.procurementProjects,
      inferred: r.procurements.filter((p) => p.budgetLine?.method === 'inferred').length, scored: true,
    },
    planBudgetCheck(r, fiscalYear),
  ];
}

/** Every fiscal year of the LAO, oldest first, with its score, checks and field gaps. */
export function laoQualityYears(data: LaoData): LaoQualityYear[] {
  return Object.keys(data.years)
    .map(Number)
    .sort((a, b) => a - b)
    .map((fiscalYear) => {
      const records = recordsOf(data, fiscalYear);
      return {
        fiscalYear,
        score: completeness(data.years[String(fiscalYear)]!),
        checks: checksOf(data, fiscalYear, records),
        fields: gapsOf(records),
      };
    });
}

export type TrendDirection = 'up' | 'down' | 'same';

/** The first and last year's scores and which way the score went; null for fewer than two years. */
export function qualityTrend(years: readonly LaoQualityYear[]): { first: LaoQualityYear; last: LaoQualityYear; direction: TrendDirection } | null {
  if (years.length < 2) return null;
  const first = years[0]!;
  const last = years.at(-1)!;
  // 'same' when the two scores read the same as the page shows them, not only when equal to the last bit.
  const same = formatShare(last.score, 1) === formatShare(first.score, 1);
  return { first, last, direction: same ? 'same' : last.score > first.score ? 'up' : 'down' };
}

/** The scored checks in the order of the score's table columns. */
export const SCORED_CHECKS = ['expense', 'revenue', 'population', 'tax-ids', 'contract-values', 'budget-links'] as const satisfies readonly CompletenessCheck['key'][];

/** The completeness chart's table as CSV: a row per fiscal year, the score and each scored check's share (empty where it does not apply). */
export function qualityByYearCsv(years: readonly LaoQualityYear[]): string {
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10_000) / 10_000);
  return toCsv(['fiscal_year', 'completeness', ...SCORED_CHECKS.map((k) => k.replaceAll('-', '_'))],
    years.map((y) => [y.fiscalYear, round(y.score), ...SCORED_CHECKS.map((k) => round(checkShare(y.checks.find((c) => c.key === k)!)))]));
}
