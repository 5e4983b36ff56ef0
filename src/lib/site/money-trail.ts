// Follow the money: for each plan project, the budget lines, procurement projects, contracts and vendors
// that link to it, each link with how it was made (explicit, or inferred by name similarity).
import type { Link } from '../schema/common.ts';
import type { ExpenseLine } from '../schema/budget.ts';
import type { PlanProject } from '../schema/plan.ts';
import type { ProcurementProject } from '../schema/procurement.ts';
import type { LaoData } from '../schema/site.ts';

export interface TrailStep<T> {
  record: T;
  /** How this record was linked to the plan project (for procurement via a budget line: that line's link). */
  link: Link;
  /** For procurement linked through a budget line: that line. */
  via?: ExpenseLine;
}

export interface MoneyTrail {
  plan: PlanProject;
  budgetLines: TrailStep<ExpenseLine>[];
  procurements: TrailStep<ProcurementProject>[];
}

/** Reached stages of a trail: what the plan's "how many were budgeted, procured, contracted" counts. */
export function trailStages(trail: MoneyTrail): { budgeted: boolean; procured: boolean; contracted: boolean } {
  return {
    budgeted: trail.budgetLines.length > 0 || Object.keys(trail.plan.budgetedByYear).length > 0,
    procured: trail.procurements.length > 0,
    contracted: trail.procurements.some((s) => s.record.contracts.length > 0),
  };
}

/** The weaker of two links: an inferred step makes the whole chain inferred. */
function weaker(a: Link, b: Link): Link {
  if (a.method === 'inferred' && b.method === 'explicit') return a;
  if (b.method === 'inferred' && a.method === 'explicit') return b;
  return a.confidence <= b.confidence ? a : b;
}

/**
 * How a procurement project reaches a plan project: by its own link, or through its budget line's
 * link to one (the chain is then as weak as its weaker link).
 */
function planLinkOf(project: ProcurementProject, line: ExpenseLine | undefined): { planId: string; link: Link; via?: ExpenseLine } | null {
  if (project.planProject) return { planId: project.planProject.id, link: project.planProject };
  if (line?.planProject && project.budgetLine) return { planId: line.planProject.id, link: weaker(project.budgetLine, line.planProject), via: line };
  return null;
}

/** One trail per plan project, in plan order. */
export function moneyTrails(data: Pick<LaoData, 'planProjects' | 'expenseLines' | 'procurements'>): MoneyTrail[] {
  const trails = new Map(data.planProjects.map((plan) => [plan.id, { plan, budgetLines: [], procurements: [] } as MoneyTrail]));
  const lineById = new Map<string, ExpenseLine>();
  for (const line of data.expenseLines) {
    lineById.set(line.id, line);
    if (line.planProject) trails.get(line.planProject.id)?.budgetLines.push({ record: line, link: line.planProject });
  }
  for (const project of data.procurements) {
    const found = planLinkOf(project, project.budgetLine ? lineById.get(project.budgetLine.id) : undefined);
    if (found) trails.get(found.planId)?.procurements.push({ record: project, link: found.link, ...(found.via ? { via: found.via } : {}) });
  }
  return [...trails.values()];
}

/** A procurement project's budget line, and its plan project with how it was reached. */
export interface ProcurementLinks {
  budgetLine: ExpenseLine | null;
  planProject: PlanProject | null;
  planLink: Link | null;
}

/** Finds, for a procurement project, its budget line and its plan project (directly, or through the budget line). */
export function procurementLinks(data: Pick<LaoData, 'planProjects' | 'expenseLines'>): (project: ProcurementProject) => ProcurementLinks {
  const lines = new Map(data.expenseLines.map((l) => [l.id, l]));
  const plans = new Map(data.planProjects.map((p) => [p.id, p]));
  return (project) => {
    const budgetLine = project.budgetLine ? lines.get(project.budgetLine.id) ?? null : null;
    const found = planLinkOf(project, budgetLine ?? undefined);
    const planProject = found ? plans.get(found.planId) ?? null : null;
    return { budgetLine, planProject, planLink: planProject ? found!.link : null };
  };
}
