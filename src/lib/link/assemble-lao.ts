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
}

/**
 * Turns the staged rows of one LAO into its data file: repeated rows set aside, contract rows grouped
 * into procurement projects (project-level money counted once), explicit links honoured, missing
 * links inferred by text similarity, and totals per fiscal year.
 */
export function assembleLao(rows: readonly StagedRow[], ctx: AssembleContext): { data: LaoData; duplicates: StagedRow[] } {
  const { lao } = ctx;
  const ids = new IdMaker();
  const duplicates: StagedRow[] = [];
  const seenDigests = new Set<string>();
  const planProjects: PlanProject[] = [];
  const planIndicators: PlanIndicator[] = [];
  const expenseLines: ExpenseLine[] = [];
  const expenseRefs = new Map<ExpenseLine, string>();
  const revenueLines: RevenueLine[] = [];
  const budgetTotals: BudgetTotal[] = [];
  const procurementRows: { row: StagedRow; record: Of<'procurement'> }[] = [];

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
        planProjects.push({ id: ids.make(`${lao.id}-pp`, [d.planPeriod, d.sourceId ?? d.name], d.source), laoId: lao.id, ...d });
        break;
      }
      case 'plan-indicator': {
        const d = record.data;
        planIndicators.push({ id: ids.make(`${lao.id}-pi`, [d.planPeriod, d.strategy, d.indicator], d.source), laoId: lao.id, ...d });
        break;
      }
      case 'expense': {
        const d = record.data;
        const parts = d.sourceId ? [d.sourceId] : [d.side, d.program, d.task, d.budgetGroup, d.category, d.expenseType, d.item];
        const line: ExpenseLine = { id: ids.make(`${lao.id}-${d.fiscalYear}-${d.phase}`, parts, d.source), laoId: lao.id, ...d, planProject: null };
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
      case 'organisation':
        break;
    }
  }

  const planBySourceId = new Map(planProjects.filter((p) => p.sourceId).map((p) => [p.sourceId!, p]));
  for (const [line, ref] of expenseRefs) {
    const target = planBySourceId.get(ref);
    if (target) line.planProject = { id: target.id, method: 'explicit', confidence: 1 };
    else ctx.report('LinkTargetNotFound', { file: line.source.file, row: line.source.row, column: 'plan_project_id', value: ref });
  }

  const procurements = groupProcurement(procurementRows, ctx, ids);
  linkExplicitly(procurements, procurementRows, expenseLines, planBySourceId, ctx);
  inferLinks({ planProjects, expenseLines, procurements });
  checkPublishedTotals(budgetTotals, expenseLines, ctx);

  const data: LaoData = {
    lao,
    years: yearTotals({ planProjects, expenseLines, revenueLines, budgetTotals, procurements }),
    planProjects, planIndicators, expenseLines, revenueLines, budgetTotals, procurements,
  };
  return { data, duplicates };
}

function sourceRow(record: StagedRecord): number | null {
  if (record.kind === 'procurement') return record.project.source.row;
  if (record.kind === 'organisation') return null;
  return record.data.source.row;
}

function groupProcurement(
  rows: readonly { row: StagedRow; record: Of<'procurement'> }[],
  ctx: AssembleContext,
  ids: IdMaker,
): ProcurementProject[] {
  const byKey = new Map<string, ProcurementProject>();
  for (const { record } of rows) {
    const p = record.project;
    const key = p.sourceId ?? `${p.fiscalYear}|${p.name}|${p.source.file}|${p.source.row}`;
    let project = byKey.get(key);
    if (!project) {
      const id = p.sourceId && /^\d{11}$/.test(p.sourceId) ? p.sourceId : ids.make(`${ctx.lao.id}-pr`, [p.sourceId ?? key], p.source);
      project = { id, laoId: ctx.lao.id, ...p, bidders: [...p.bidders], contracts: [], budgetLine: null, planProject: null, formats: [record.format] };
      byKey.set(key, project);
    } else {
      mergeProject(project, record, ctx);
    }
    if (record.contract) addContract(project, record.contract, ctx);
  }
  for (const project of byKey.values()) {
    const only = project.contracts.length === 1 ? project.contracts[0]! : null;
    if (only && only.value === null && project.agreedPrice !== null) {
      only.value = project.agreedPrice;
      only.valueSource = 'agreed-price';
    }
  }
  return [...byKey.values()];
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
  planBySourceId: Map<string, PlanProject>,
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
        .filter((l) => l.sourceId === record.budgetLineRef && l.fiscalYear === project.fiscalYear)
        .sort((a, b) => PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase))[0];
      if (line) project.budgetLine = { id: line.id, method: 'explicit', confidence: 1 };
      else ctx.report('LinkTargetNotFound', { file: at.file, row: at.row, column: 'budget_line_id', value: record.budgetLineRef });
    }
    if (record.planProjectRef && !project.planProject) {
      const plan = planBySourceId.get(record.planProjectRef);
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
