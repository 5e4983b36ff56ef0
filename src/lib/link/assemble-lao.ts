import { shortDigest } from '../digest.ts';
import { sumBaht } from '../parse/amount.ts';
import type { IssueCode } from '../issues/catalogue.ts';
import type { IssueLocation } from '../issues/collector.ts';
import type { StagedContract, StagedRecord, StagedRow } from '../formats/staged.ts';
import type { BudgetTotal, ExpenseLine, RevenueLine } from '../schema/budget.ts';
import type { Lao } from '../schema/lao.ts';
import type { PlanIndicator, PlanProject } from '../schema/plan.ts';
import type { Contract, ProcurementProject } from '../schema/procurement.ts';
import type { LaoData } from '../schema/site.ts';
import { inferLinks } from './infer-links.ts';
import { yearTotals } from './year-totals.ts';

type Of<K extends StagedRecord['kind']> = Extract<StagedRecord, { kind: K }>;

export interface AssembleContext {
  lao: Lao;
  /** Path of an input file by its index in the run. */
  fileOf(index: number): string;
  /** Vendor id of a contract's winner (tax id, or a digest of the normalised name). */
  vendorIdOf(contract: StagedContract): string | null;
  report(code: IssueCode, at: IssueLocation): void;
}

/** Ids made from digests, kept unique within an LAO even when two rows give the same parts. */
class IdMaker {
  readonly #seen = new Set<string>();
  make(prefix: string, parts: readonly (string | number | null)[], row: { file: string; row: number }): string {
    let id = `${prefix}-${shortDigest(...parts)}`;
    if (this.#seen.has(id)) id = `${prefix}-${shortDigest(...parts, row.file, row.row)}`;
    this.#seen.add(id);
    return id;
  }

  /** The id a record had in a download, when it is one this LAO would make with this prefix; else a new one. */
  keep(siteId: string | undefined, prefix: string, parts: readonly (string | number | null)[], row: { file: string; row: number }): string {
    if (siteId?.startsWith(`${prefix}-`) && !this.#seen.has(siteId)) {
      this.#seen.add(siteId);
      return siteId;
    }
    return this.make(prefix, parts, row);
  }
}

/**
 * Turns the staged rows of one LAO into its data file: repeated rows and contracts of no project
 * set aside (returned as rejected, each reported), contract rows grouped
 * into procurement projects (project-level money counted once), explicit links honoured, missing
 * links inferred by text similarity, and totals per fiscal year.
 */
export function assembleLao(rows: readonly StagedRow[], ctx: AssembleContext): { data: LaoData; rejected: StagedRow[] } {
  const { lao } = ctx;
  const ids = new IdMaker();
  const duplicates: StagedRow[] = [];
  const seenDigests = new Set<string>();
  const planProjects: PlanProject[] = [];
  const planBySiteId = new Map<string, PlanProject>();
  const planIndicators: PlanIndicator[] = [];
  const indicatorBySiteId = new Map<string, PlanIndicator>();
  const expenseLines: ExpenseLine[] = [];
  const expenseRefs = new Map<ExpenseLine, string>();
  const revenueLines: RevenueLine[] = [];
  const budgetTotals: BudgetTotal[] = [];
  const procurementRows: { row: StagedRow; record: Of<'procurement'> }[] = [];
  const contractRows: { row: StagedRow; record: Of<'contract'> }[] = [];

  for (const row of rows) {
    const digestKey = `${row.fileIndex}:${row.rowDigest}`;
    if (seenDigests.has(digestKey)) {
      duplicates.push(row);
      ctx.report('DuplicateRow', { file: ctx.fileOf(row.fileIndex), row: sourceRow(row.record), column: null });
      continue;
    }
    seenDigests.add(digestKey);
    const record = row.record;
    switch (record.kind) {
      case 'plan-project': {
        const d = record.data;
        const earlier = record.siteId ? planBySiteId.get(record.siteId) : undefined;
        if (earlier) {
          mergeYears(earlier.plannedByYear, d.plannedByYear, d.source, 'planned_amount', ctx);
          mergeYears(earlier.budgetedByYear, d.budgetedByYear, d.source, 'budgeted_amount', ctx);
          break;
        }
        const project: PlanProject = { id: ids.keep(record.siteId, `${lao.id}-pp`, [d.planPeriod, d.sourceId ?? d.name], d.source), laoId: lao.id, ...d };
        planProjects.push(project);
        if (record.siteId) planBySiteId.set(record.siteId, project);
        break;
      }
      case 'plan-indicator': {
        const d = record.data;
        const earlier = record.siteId ? indicatorBySiteId.get(record.siteId) : undefined;
        if (earlier) {
          mergeYears(earlier.targetByYear, d.targetByYear, d.source, 'target', ctx);
          mergeYears(earlier.resultByYear, d.resultByYear, d.source, 'result', ctx);
          break;
        }
        const indicator: PlanIndicator = { id: ids.keep(record.siteId, `${lao.id}-pi`, [d.planPeriod, d.strategy, d.indicator], d.source), laoId: lao.id, ...d };
        planIndicators.push(indicator);
        if (record.siteId) indicatorBySiteId.set(record.siteId, indicator);
        break;
      }
      case 'expense': {
        const d = record.data;
        const parts = d.sourceId ? [d.sourceId] : [d.side, d.program, d.task, d.budgetGroup, d.category, d.expenseType, d.item];
        const line: ExpenseLine = { id: ids.keep(record.siteId, `${lao.id}-${d.fiscalYear}-${d.phase}`, parts, d.source), laoId: lao.id, ...d, planProject: null };
        expenseLines.push(line);
        if (record.planProjectRef) expenseRefs.set(line, record.planProjectRef);
        break;
      }
      case 'revenue': {
        const d = record.data;
        revenueLines.push({ id: ids.make(`${lao.id}-${d.fiscalYear}-${d.phase}-r`, [d.revenueType, d.category, d.item], d.source), laoId: lao.id, ...d });
        break;
      }
      case 'budget-total':
        budgetTotals.push({ laoId: lao.id, ...record.data });
        break;
      case 'procurement':
        procurementRows.push({ row, record });
        break;
      case 'contract':
        contractRows.push({ row, record });
        break;
      case 'organisation':
        break;
    }
  }

  // A link names a plan project by the input's project id, or by its site id (a download read back).
  const planByRef = new Map([...planProjects.map((p) => [p.id, p] as const), ...planProjects.filter((p) => p.sourceId).map((p) => [p.sourceId!, p] as const)]);
  for (const [line, ref] of expenseRefs) {
    const target = planByRef.get(ref);
    if (target) line.planProject = { id: target.id, method: 'explicit', confidence: 1 };
    else ctx.report('LinkTargetNotFound', { file: line.source.file, row: line.source.row, column: 'plan_project_id', value: ref });
  }

  const procurementByKey = groupProcurement(procurementRows, ctx, ids);
  const procurements = [...procurementByKey.values()];
  const rejected = [...duplicates, ...attachContracts(procurementByKey, contractRows, ctx)];
  linkExplicitly(procurements, procurementRows, expenseLines, planByRef, ctx);
  inferLinks({ planProjects, expenseLines, procurements });
  checkPublishedTotals(budgetTotals, expenseLines, ctx);

  const data: LaoData = {
    lao,
    years: yearTotals({ planProjects, expenseLines, revenueLines, budgetTotals, procurements }),
    planProjects, planIndicators, expenseLines, revenueLines, budgetTotals, procurements, flags: [],
  };
  return { data, rejected };
}

/** A year-indexed value read from another row of the same record; a different value for a year is reported. */
function mergeYears(into: Record<string, number>, from: Record<string, number>, at: { file: string; row: number }, column: string, ctx: AssembleContext): void {
  for (const [year, value] of Object.entries(from)) {
    if (into[year] !== undefined && into[year] !== value) ctx.report('ProjectFieldsDisagree', { file: at.file, row: at.row, column, value: String(value) });
    else into[year] = value;
  }
}

function sourceRow(record: StagedRecord): number | null {
  if (record.kind === 'procurement') return record.project.source.row;
  if (record.kind === 'contract') return record.contract.source.row;
  if (record.kind === 'organisation') return null;
  return record.data.source.row;
}

function groupProcurement(
  rows: readonly { row: StagedRow; record: Of<'procurement'> }[],
  ctx: AssembleContext,
  ids: IdMaker,
): Map<string, ProcurementProject> {
  const byKey = new Map<string, ProcurementProject>();
  for (const { record } of rows) {
    const p = record.project;
    const key = record.siteId ?? p.sourceId ?? `${p.fiscalYear}|${p.name}|${p.source.file}|${p.source.row}`;
    let project = byKey.get(key);
    if (!project) {
      const id = p.sourceId && /^\d{11}$/.test(p.sourceId) ? p.sourceId : ids.keep(record.siteId, `${ctx.lao.id}-pr`, [p.sourceId ?? key], p.source);
      project = { id, laoId: ctx.lao.id, ...p, bidders: [...p.bidders], contracts: [], budgetLine: null, planProject: null, formats: [record.format] };
      byKey.set(key, project);
    } else {
      mergeProject(project, record, ctx);
    }
    if (record.contract) addContract(project, record.contract, ctx);
  }
  return byKey;
}

/**
 * Contracts read apart from their projects go to the project read with their procurement id; the rows of
 * contracts whose project is missing are returned, reported. Then the one contract of a project
 * with no contract value takes the agreed price.
 */
function attachContracts(byKey: Map<string, ProcurementProject>, rows: readonly { row: StagedRow; record: Of<'contract'> }[], ctx: AssembleContext): StagedRow[] {
  const orphans: StagedRow[] = [];
  for (const { row, record } of rows) {
    const project = byKey.get(record.procurementId);
    if (project) addContract(project, record.contract, ctx);
    else {
      ctx.report('ContractWithoutProject', { file: record.contract.source.file, row: record.contract.source.row, column: 'procurement_id', value: record.procurementId });
      orphans.push(row);
    }
  }
  for (const project of byKey.values()) {
    const only = project.contracts.length === 1 ? project.contracts[0]! : null;
    if (only && only.value === null && project.agreedPrice !== null) {
      only.value = project.agreedPrice;
      only.valueSource = 'agreed-price';
    }
  }
  return orphans;
}

const PROJECT_MONEY = ['budget', 'referencePrice', 'agreedPrice'] as const;

function mergeProject(project: ProcurementProject, record: Of<'procurement'>, ctx: AssembleContext): void {
  const p = record.project;
  if (!project.formats.includes(record.format)) project.formats.push(record.format);
  for (const field of PROJECT_MONEY) {
    if (project[field] === null) project[field] = p[field];
    else if (p[field] !== null && p[field] !== project[field]) {
      ctx.report('ProjectFieldsDisagree', { file: p.source.file, row: p.source.row, column: field, value: String(p[field]) });
    }
  }
  project.method ??= p.method;
  project.methodText ??= p.methodText;
  project.announcedDate ??= p.announcedDate;
  project.status ??= p.status;
  for (const bidder of p.bidders) {
    if (!project.bidders.some((b) => b.vendorKey === bidder.vendorKey)) project.bidders.push(bidder);
  }
}

function addContract(project: ProcurementProject, staged: StagedContract, ctx: AssembleContext): void {
  const { vendorKey, legalForm, ...fields } = staged;
  void legalForm;
  const contract: Contract = { ...fields, vendorId: ctx.vendorIdOf(staged) };
  const same = project.contracts.find(
    (c) => c.number === contract.number && (c.vendorId === contract.vendorId || vendorKey === null),
  );
  if (!same) {
    project.contracts.push(contract);
    return;
  }
  // The same contract from a second source (an e-GP export and a สขร.1): fill what the first lacked.
  for (const key of Object.keys(contract) as (keyof Contract)[]) {
    if (same[key] === null && contract[key] !== null) (same as Record<string, unknown>)[key] = contract[key];
  }
}

function linkExplicitly(
  procurements: ProcurementProject[],
  rows: readonly { record: Of<'procurement'> }[],
  expenseLines: readonly ExpenseLine[],
  planByRef: Map<string, PlanProject>,
  ctx: AssembleContext,
): void {
  const byId = new Map(procurements.map((p) => [p.sourceId ?? p.id, p]));
  const PHASE_ORDER = ['approved', 'revised', 'proposed', 'spent'];
  for (const { record } of rows) {
    const project = byId.get(record.project.sourceId ?? '') ?? procurements.find((p) => p.source === record.project.source);
    if (!project) continue;
    const at = record.project.source;
    if (record.budgetLineRef && !project.budgetLine) {
      const line = expenseLines
        .filter((l) => (l.sourceId === record.budgetLineRef || l.id === record.budgetLineRef) && l.fiscalYear === project.fiscalYear)
        .sort((a, b) => PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase))[0];
      if (line) project.budgetLine = { id: line.id, method: 'explicit', confidence: 1 };
      else ctx.report('LinkTargetNotFound', { file: at.file, row: at.row, column: 'budget_line_id', value: record.budgetLineRef });
    }
    if (record.planProjectRef && !project.planProject) {
      const plan = planByRef.get(record.planProjectRef);
      if (plan) project.planProject = { id: plan.id, method: 'explicit', confidence: 1 };
      else ctx.report('LinkTargetNotFound', { file: at.file, row: at.row, column: 'plan_project_id', value: record.planProjectRef });
    }
  }
}

function checkPublishedTotals(totals: readonly BudgetTotal[], lines: readonly ExpenseLine[], ctx: AssembleContext): void {
  for (const total of totals) {
    const approved = lines.filter((l) => l.fiscalYear === total.fiscalYear && l.phase === 'approved');
    if (total.totalExpense === null || approved.length === 0) continue;
    const sum = sumBaht(approved.map((l) => l.amount));
    if (sum !== total.totalExpense) {
      ctx.report('BudgetTotalMismatch', { file: total.source.file, row: total.source.row, column: null, value: `${sum} ≠ ${total.totalExpense}` });
    }
  }
}
