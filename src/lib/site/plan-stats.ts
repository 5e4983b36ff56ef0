// How far a plan's projects got, counted per planned year and per ยุทธศาสตร์.
import { sumBaht } from '../parse/amount.ts';
import { trailStages, type MoneyTrail } from './money-trail.ts';

export interface PlanStatsRow {
  /** The fiscal year or the strategy name. */
  key: string;
  projects: number;
  planned: number;
  budgeted: number;
  procured: number;
  contracted: number;
}

function tally(key: string, trails: readonly MoneyTrail[], planned: number[]): PlanStatsRow {
  const stages = trails.map(trailStages);
  return {
    key,
    projects: trails.length,
    planned: sumBaht(planned),
    budgeted: stages.filter((s) => s.budgeted).length,
    procured: stages.filter((s) => s.procured).length,
    contracted: stages.filter((s) => s.contracted).length,
  };
}

/** One row per fiscal year the plan names, oldest first. */
export function planByYear(trails: readonly MoneyTrail[]): PlanStatsRow[] {
  const years = [...new Set(trails.flatMap((tr) => Object.keys(tr.plan.plannedByYear)))].sort();
  return years.map((fy) => {
    const inYear = trails.filter((tr) => fy in tr.plan.plannedByYear);
    return tally(fy, inYear, inYear.map((tr) => tr.plan.plannedByYear[fy]!));
  });
}

/** One row per strategy, in the order the plan first names them; projects without one under `unnamed`. */
export function planByStrategy(trails: readonly MoneyTrail[], unnamed: string): PlanStatsRow[] {
  const keys = [...new Set(trails.map((tr) => tr.plan.strategy ?? unnamed))];
  return keys.map((key) => {
    const list = trails.filter((tr) => (tr.plan.strategy ?? unnamed) === key);
    return tally(key, list, list.flatMap((tr) => Object.values(tr.plan.plannedByYear)));
  });
}
