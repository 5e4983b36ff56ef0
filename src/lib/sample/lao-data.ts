import { buildBudget, settleSpent, workingAmount } from './budget.ts';
import { type DayNumber, dayOfBE, fiscalYearEnd, fiscalYearStart } from './dates.ts';
import { LAO_TYPE_INFO } from './lao-types.ts';
import type { LaoData, LaoYear, Phase, SampleLao } from './model.ts';
import { type FeaturedWork, generateIndicators, generatePlan } from './plan.ts';
import { generateProcurement, procuredByLine, projectIdAllocator, type ProcurementOptions } from './procurement.ts';
import { type Random, randomFor } from './random.ts';
import { generateRevenue } from './revenue.ts';
import type { VendorBook } from './vendors.ts';

/** Everything that shapes a dataset besides its LAOs. */
export interface GenerationSettings {
  seed: number;
  fiscalYears: readonly number[];
  /** Expense phases of each fiscal year. */
  phasesOf: (fiscalYear: number) => readonly Phase[];
  /** Years whose revenue and indicator results are known. */
  closedYears: readonly number[];
  /** The plan period's five fiscal years. */
  planYears: readonly number[];
  planProjects: (lao: SampleLao, rng: Random) => number;
  linesPerYear: (lao: SampleLao, rng: Random) => number;
  projectsPerYear: (lao: SampleLao, rng: Random) => number;
  explicitPlanShare: number;
  explicitLineShare: number;
  directBiddersShare: number;
  /** Keep only the main revenue items (small sample). */
  minimalRevenue: boolean;
  asOf: DayNumber;
  /** The showcase work of one LAO (see FeaturedWork). */
  featured?: { code: string } & FeaturedWork;
  /** One LAO-month that gets about half of that LAO's small purchases of the year. */
  busyMonth?: { code: string; yearBE: number; month: number };
}

/** A national-scale LAO-year: the type's range of lines or projects. */
export function typicalCount(range: readonly [number, number]): (lao: SampleLao, rng: Random) => number {
  return (_lao, rng) => rng.int(range[0], range[1]);
}

/** Annual expense budget of an LAO in baht for a fiscal year (grows about 3% a year). */
export function budgetTotal(seed: number, lao: SampleLao, fiscalYear: number): number {
  const info = LAO_TYPE_INFO[lao.type];
  const base = lao.population * info.budgetPerCapita * randomFor(seed, 'size', lao.code).logNormal(1, 0.2);
  return base * 1.03 ** (fiscalYear - 2564) * randomFor(seed, 'size', lao.code, fiscalYear).between(0.95, 1.05);
}

function contractStyle(rng: Random): ProcurementOptions['contractStyle'] {
  const r = rng.next();
  return r < 0.7 ? 'plain' : r < 0.85 ? 'padded' : 'typed';
}

function focusOf(busy: GenerationSettings['busyMonth'], lao: SampleLao, fiscalYear: number): ProcurementOptions['focus'] {
  if (!busy || busy.code !== lao.code) return undefined;
  const from = dayOfBE(busy.yearBE, busy.month, 1);
  if (from < fiscalYearStart(fiscalYear) || from > fiscalYearEnd(fiscalYear)) return undefined;
  return { from, to: from + 17, share: 0.5 };
}

/** Plan, budgets, revenue and procurement of one LAO. Each part draws from its own seeded stream. */
export function generateLaoData(lao: SampleLao, settings: GenerationSettings, book: VendorBook): LaoData {
  const { seed } = settings;
  const planRng = randomFor(seed, 'plan', lao.code);
  const featured = settings.featured?.code === lao.code ? settings.featured : undefined;
  const plan = generatePlan(planRng, lao, settings.planYears, settings.planProjects(lao, planRng), featured);
  const indicators = generateIndicators(planRng, lao, settings.planYears, settings.closedYears.filter((y) => settings.planYears.includes(y)));
  const ids = projectIdAllocator(lao.ordinal);
  const style = contractStyle(randomFor(seed, 'style', lao.code));
  const usedPlan = new Set<string>();
  const years: LaoYear[] = settings.fiscalYears.map((fiscalYear) => {
    const phases = settings.phasesOf(fiscalYear);
    const budgetRng = randomFor(seed, 'budget', lao.code, fiscalYear);
    const expense = buildBudget(budgetRng, lao, {
      fiscalYear, lineCount: settings.linesPerYear(lao, budgetRng), totalBaht: budgetTotal(seed, lao, fiscalYear),
      plan, explicitPlanShare: settings.explicitPlanShare, phases,
    }, usedPlan);
    for (const line of expense) {
      const project = line.planProjectId ? plan.find((p) => p.projectId === line.planProjectId) : undefined;
      if (project) project.budgeted.set(fiscalYear, workingAmount(line));
    }
    const procurementRng = randomFor(seed, 'procurement', lao.code, fiscalYear);
    const purchaseScale = Math.min(4, Math.max(0.7, Math.sqrt(budgetTotal(seed, lao, fiscalYear) / 50_000_000)));
    const procurement = generateProcurement(procurementRng, lao, expense, book, ids, {
      fiscalYear, projectCount: settings.projectsPerYear(lao, procurementRng), asOf: settings.asOf,
      // An อบจ.'s budget is published only as a summary, so its purchases cannot name a budget line.
      explicitLineShare: lao.type === 'pao' ? 0 : settings.explicitLineShare, directBiddersShare: settings.directBiddersShare, contractStyle: style,
      purchaseScale, focus: focusOf(settings.busyMonth, lao, fiscalYear),
    });
    if (phases.includes('spent')) settleSpent(randomFor(seed, 'spent', lao.code, fiscalYear), expense, procuredByLine(procurement));
    const approvedTotal = expense.reduce((sum, l) => sum + (l.amounts.approved ?? 0), 0);
    const revenue = generateRevenue(randomFor(seed, 'revenue', lao.code, fiscalYear), lao.type, approvedTotal, settings.closedYears.includes(fiscalYear), settings.minimalRevenue);
    return { fiscalYear, phases, expense, revenue, procurement };
  });
  return { lao, planPeriod: `${settings.planYears[0]}-${settings.planYears.at(-1)}`, planYears: settings.planYears, plan, indicators, years };
}
