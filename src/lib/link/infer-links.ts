import type { ExpenseLine } from '../schema/budget.ts';
import type { PlanProject } from '../schema/plan.ts';
import type { ProcurementProject } from '../schema/procurement.ts';
import { SimilarityIndex } from './similarity.ts';

/** Below this Dice score two names are not taken to be the same thing. */
export const LINK_THRESHOLD = 0.5;

const PHASE_RANK: Record<string, number> = { approved: 0, revised: 1, proposed: 2, spent: 3 };

/**
 * Links what the inputs left unlinked, by Thai text similarity within one LAO: procurement → budget
 * line of the same fiscal year, procurement and budget lines → plan project. Every such link is
 * marked `inferred` with its score; explicit links are never replaced.
 */
export function inferLinks(records: {
  planProjects: readonly PlanProject[];
  expenseLines: readonly ExpenseLine[];
  procurements: readonly ProcurementProject[];
}): void {
  const plans = new SimilarityIndex<PlanProject>();
  for (const plan of records.planProjects) plans.add(plan, plan.name);

  // One candidate per budget line and year: the line in its most authoritative phase.
  const lineByYear = new Map<number, SimilarityIndex<ExpenseLine>>();
  const chosen = new Map<string, ExpenseLine>();
  for (const line of records.expenseLines) {
    if (!line.item) continue;
    const key = `${line.fiscalYear}|${line.sourceId ?? line.id}`;
    const current = chosen.get(key);
    if (!current || PHASE_RANK[line.phase]! < PHASE_RANK[current.phase]!) chosen.set(key, line);
  }
  for (const line of chosen.values()) {
    let index = lineByYear.get(line.fiscalYear);
    if (!index) lineByYear.set(line.fiscalYear, (index = new SimilarityIndex()));
    index.add(line, line.item!);
  }

  const plannedFor = (year: number) => (plan: PlanProject) =>
    Object.keys(plan.plannedByYear).length === 0 || String(year) in plan.plannedByYear || String(year) in plan.budgetedByYear;

  for (const line of records.expenseLines) {
    if (line.planProject || !line.item || plans.size === 0) continue;
    const match = plans.best(line.item, LINK_THRESHOLD, plannedFor(line.fiscalYear));
    if (match) line.planProject = { id: match.item.id, method: 'inferred', confidence: match.score };
  }

  const lineById = new Map(records.expenseLines.map((l) => [l.id, l]));
  for (const project of records.procurements) {
    if (!project.budgetLine) {
      const match = lineByYear.get(project.fiscalYear)?.best(project.name, LINK_THRESHOLD);
      if (match) project.budgetLine = { id: match.item.id, method: 'inferred', confidence: match.score };
    }
    if (project.planProject) continue;
    const viaLine = project.budgetLine ? lineById.get(project.budgetLine.id)?.planProject : null;
    if (viaLine) {
      // Through the budget line: as sure as the weaker of the two links.
      const explicit = viaLine.method === 'explicit' && project.budgetLine!.method === 'explicit';
      project.planProject = {
        id: viaLine.id,
        method: explicit ? 'explicit' : 'inferred',
        confidence: Math.min(viaLine.confidence, project.budgetLine!.confidence),
      };
      continue;
    }
    const match = plans.size ? plans.best(project.name, LINK_THRESHOLD, plannedFor(project.fiscalYear)) : null;
    if (match) project.planProject = { id: match.item.id, method: 'inferred', confidence: match.score };
  }
}
