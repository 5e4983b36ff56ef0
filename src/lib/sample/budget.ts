import { BUDGET_GROUPS, chartOrder, groupOrder, program } from './budget-chart.ts';
import { randomWork } from './construction-works.ts';
import {
  type LineDraft, centralLine, compensationLine, equipmentLine, eventLine, milkLine, otherLine, politicalLine,
  position, repairLine, serviceLine, staffLine, subsidyLine, suppliesLine, tasksFor, utilityLine, EVENT_TYPE,
} from './expense-templates.ts';
import { roundBaht, type Satang } from './format.ts';
import type { BudgetLine, ExpenseKind, PlanProject, Phase, SampleLao } from './model.ts';
import { largestRemainder } from './lao-registry.ts';
import { drawWorkCost } from './plan.ts';
import type { Random } from './random.ts';

/** How one LAO-year budget is drawn. */
export interface BudgetOptions {
  fiscalYear: number;
  lineCount: number;
  /** Target total expense budget, baht. */
  totalBaht: number;
  plan: readonly PlanProject[];
  /** Share of plan-derived capital lines that name their plan project id. */
  explicitPlanShare: number;
  phases: readonly Phase[];
}

// Share of lines by kind (milk and the survey are single lines).
const LINE_SHARE: readonly (readonly [ExpenseKind, number])[] = [
  ['political', 0.025], ['staff', 0.17], ['compensation', 0.04], ['supplies', 0.22], ['service', 0.07], ['event', 0.1],
  ['repair', 0.03], ['utility', 0.03], ['equipment', 0.08], ['construction', 0.13], ['subsidy', 0.04], ['central', 0.05],
];
const AT_LEAST_ONE: readonly ExpenseKind[] = ['staff', 'supplies', 'event', 'construction', 'central', 'utility'];

// Share of the total budget by kind, for kinds whose amounts are not fixed by their items.
const MONEY_SHARE: Partial<Record<ExpenseKind, number>> = {
  political: 0.025, staff: 0.3, compensation: 0.03, supplies: 0.06, service: 0.06, event: 0.04, repair: 0.02,
  utility: 0.025, subsidy: 0.05, central: 0.2,
};

const PROGRAM_WEIGHTS: readonly (readonly [string, number])[] = [
  ['บริหารงานทั่วไป', 5], ['การศึกษา', 3], ['อุตสาหกรรมและการโยธา', 2], ['การรักษาความสงบภายใน', 1.5], ['สาธารณสุข', 1.5],
  ['เคหะและชุมชน', 1.5], ['สังคมสงเคราะห์', 1], ['การศาสนา วัฒนธรรม และนันทนาการ', 1], ['การเกษตร', 0.7],
  ['สร้างความเข้มแข็งของชุมชน', 0.5], ['การพาณิชย์', 0.4],
];

// Most lines a kind can have before its items repeat.
const CAPACITY: Partial<Record<ExpenseKind, number>> = { political: 5, utility: 5, central: 6, repair: 5, service: 8, event: 12 };

function lineCounts(n: number, withMilk: boolean): Map<ExpenseKind, number> {
  const fixed = (withMilk ? 1 : 0) + (n >= 30 ? 1 : 0);
  const shares = largestRemainder(n - fixed, LINE_SHARE.map(([, share]) => share));
  const counts = new Map<ExpenseKind, number>();
  let overflow = 0;
  LINE_SHARE.forEach(([kind], i) => {
    const wanted = Math.max(AT_LEAST_ONE.includes(kind) ? 1 : 0, shares[i] as number);
    const c = Math.min(wanted, CAPACITY[kind] ?? wanted);
    counts.set(kind, c);
    overflow += (shares[i] as number) - c;
  });
  const sinks: readonly ExpenseKind[] = ['supplies', 'staff', 'construction', 'equipment'];
  for (let i = 0; overflow > 0; i++, overflow--) counts.set(sinks[i % sinks.length] as ExpenseKind, (counts.get(sinks[i % sinks.length] as ExpenseKind) ?? 0) + 1);
  for (let i = 0; overflow < 0; i++) {
    const kind = sinks[i % sinks.length] as ExpenseKind;
    if ((counts.get(kind) ?? 0) > 1) {
      counts.set(kind, (counts.get(kind) ?? 0) - 1);
      overflow++;
    }
  }
  if (withMilk) counts.set('milk', 1);
  if (n >= 30) counts.set('other', 1);
  return counts;
}

function pickProgram(rng: Random): string {
  return (PROGRAM_WEIGHTS[rng.weightedIndex(PROGRAM_WEIGHTS.map(([, w]) => w))] as readonly [string, number])[0];
}

function constructionDraft(rng: Random, lao: SampleLao, options: BudgetOptions, usedPlan: Set<string>): LineDraft {
  const fromPlan = options.plan.filter((p) => p.kind === 'construction' && p.planned.has(options.fiscalYear) && !usedPlan.has(p.projectId));
  const featured = fromPlan.find((p) => p.featured);
  if (featured || (fromPlan.length > 0 && rng.chance(0.8))) {
    const project = featured ?? rng.pick(fromPlan);
    usedPlan.add(project.projectId);
    const planned = project.planned.get(options.fiscalYear) as Satang;
    return {
      ...position(project.program, project.budgetTask, 'ค่าที่ดินและสิ่งก่อสร้าง', project.budgetType),
      item: featured || rng.chance(0.6) ? project.budgetName : project.name,
      kind: 'construction', weight: 1,
      fixedAmount: featured ? planned : roundBaht((planned / 100) * rng.between(0.9, 1), 1_000),
      planProjectId: project.projectId,
      planLinkExplicit: !featured && rng.chance(options.explicitPlanShare),
      featured: Boolean(featured),
    };
  }
  const work = randomWork(rng, lao.villages);
  return {
    ...position(work.program, work.task, 'ค่าที่ดินและสิ่งก่อสร้าง', work.expenseType),
    item: rng.chance(0.6) ? work.budgetName : work.planName,
    kind: 'construction', weight: 1,
    fixedAmount: roundBaht(drawWorkCost(rng, lao, work.costFactor), 1_000),
  };
}

function eventDraft(rng: Random, options: BudgetOptions, usedPlan: Set<string>): LineDraft {
  const key = (p: PlanProject): string => `${p.projectId}@${options.fiscalYear}`;
  const fromPlan = options.plan.filter((p) => p.kind === 'event' && p.planned.has(options.fiscalYear) && !usedPlan.has(key(p)));
  if (fromPlan.length > 0 && rng.chance(0.85)) {
    const project = rng.pick(fromPlan);
    usedPlan.add(key(project));
    const item = rng.chance(0.3) ? `${project.name} ประจำปีงบประมาณ ${options.fiscalYear}` : project.name;
    return {
      ...position(project.program, project.budgetTask, 'ค่าใช้สอย', EVENT_TYPE), item, kind: 'event', weight: 1,
      fixedAmount: roundBaht(((project.planned.get(options.fiscalYear) as Satang) / 100) * rng.between(0.8, 1), 1_000),
      planProjectId: project.projectId, planLinkExplicit: false,
    };
  }
  return eventLine(rng);
}

function draftOf(kind: ExpenseKind, k: number, rng: Random, lao: SampleLao, options: BudgetOptions, usedPlan: Set<string>, costPrefix: boolean): LineDraft {
  switch (kind) {
    case 'political': return politicalLine(k);
    case 'staff': return staffLine(rng, lao, k < 5 ? 'บริหารงานทั่วไป' : pickProgram(rng), k);
    case 'compensation': return compensationLine(rng, lao, pickProgram(rng));
    case 'supplies': return suppliesLine(rng, lao, k < 3 ? 'บริหารงานทั่วไป' : pickProgram(rng), costPrefix);
    case 'milk': return milkLine(rng, lao);
    case 'service': return serviceLine(rng);
    case 'event': return eventDraft(rng, options, usedPlan);
    case 'repair': return repairLine(rng);
    case 'utility': return utilityLine(k);
    case 'equipment': return equipmentLine(rng, lao, options.totalBaht);
    case 'construction': return constructionDraft(rng, lao, options, usedPlan);
    case 'subsidy': return subsidyLine(rng, lao);
    case 'other': return otherLine();
    case 'central': return centralLine(k, lao.type);
  }
}

function lineKey(d: LineDraft): string {
  return `${d.program}|${d.task}|${d.category}|${d.expenseType}|${d.item}`;
}

/** Draws the lines of one budget with their proposed amounts (satang). */
export function draftBudget(rng: Random, lao: SampleLao, options: BudgetOptions, usedPlan: Set<string>): LineDraft[] {
  const counts = lineCounts(options.lineCount, options.lineCount >= 10);
  const costPrefix = rng.chance(0.4);
  const drafts: LineDraft[] = [];
  const seen = new Set<string>();
  for (const [kind, count] of counts) {
    let made = 0;
    for (let k = 0, attempts = 0; made < count && attempts < count * 8; k++, attempts++) {
      const draft = draftOf(kind, k, rng, lao, options, usedPlan, costPrefix);
      const key = lineKey(draft);
      if (seen.has(key) || !tasksFor(draft.program, lao.type).includes(draft.task)) continue;
      seen.add(key);
      drafts.push(draft);
      made++;
    }
  }
  capCapital(drafts, options.totalBaht);
  assignShareAmounts(rng, drafts, options.totalBaht, lao.type === 'pao');
  return drafts;
}

// Construction is kept to at most 30% of the budget (small LAOs cannot afford many works).
function capCapital(drafts: LineDraft[], totalBaht: number): void {
  const works = drafts.filter((d) => d.kind === 'construction');
  const sum = works.reduce((a, d) => a + (d.fixedAmount ?? 0), 0) / 100;
  const limit = totalBaht * 0.3;
  if (sum <= limit) return;
  for (const d of works) d.fixedAmount = roundBaht(((d.fixedAmount ?? 0) / 100) * (limit / sum), 1_000);
}

// Largest share of the total one line of a kind may take; what capped lines cannot take goes to salaries and งบกลาง.
const LINE_CAP: Partial<Record<ExpenseKind, number>> = {
  supplies: 0.003, service: 0.006, event: 0.0025, repair: 0.003, utility: 0.012, compensation: 0.008, subsidy: 0.03,
};

function assignShareAmounts(rng: Random, drafts: LineDraft[], totalBaht: number, isPao: boolean): void {
  const share: Partial<Record<ExpenseKind, number>> = { ...MONEY_SHARE, central: isPao ? 0.05 : MONEY_SHARE.central };
  const order = (Object.keys(share) as ExpenseKind[]).sort((a, b) => Number(LINE_CAP[b] !== undefined) - Number(LINE_CAP[a] !== undefined));
  let overflow = 0;
  for (const kind of order) {
    const lines = drafts.filter((d) => d.kind === kind && d.fixedAmount === undefined);
    const weights = lines.map((d) => d.weight * rng.logNormal(1, 0.5));
    const sum = weights.reduce((a, b) => a + b, 0);
    let money = totalBaht * (share[kind] ?? 0);
    if (kind === 'staff') money += overflow * 0.6;
    if (kind === 'central') money += overflow * 0.4;
    const cap = LINE_CAP[kind];
    lines.forEach((d, i) => {
      const wanted = (money * (weights[i] as number)) / sum;
      const amount = cap === undefined ? wanted : Math.min(wanted, totalBaht * cap);
      overflow += wanted - amount;
      d.fixedAmount = roundBaht(amount, 100);
    });
  }
}

const CATEGORY_ORDER: readonly string[] = BUDGET_GROUPS.flatMap((g) => g.categories);

function sortKey(d: LineDraft): number {
  const categories = CATEGORY_ORDER;
  return chartOrder(d.program, d.task) * 10_000 + groupOrder(d.group) * 100 + categories.indexOf(d.category);
}

/** Final lines in chart order with ids 'B2568-0101-0001' and their amount in each phase. */
export function buildBudget(rng: Random, lao: SampleLao, options: BudgetOptions, usedPlan: Set<string>): BudgetLine[] {
  const drafts = draftBudget(rng, lao, options, usedPlan)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => sortKey(a.d) - sortKey(b.d) || a.i - b.i)
    .map(({ d }) => d);
  const lines = drafts.map((d, i) => toLine(d, options.fiscalYear, i + 1));
  for (const line of lines) line.amounts.approved = line.amounts.proposed;
  councilCuts(rng, lines);
  if (options.phases.includes('revised')) transfers(rng, lao, options, lines, usedPlan);
  return lines;
}

function toLine(d: LineDraft, fiscalYear: number, seq: number): BudgetLine {
  const p = program(d.program);
  const taskNumber = String(Math.max(0, p.tasks.indexOf(d.task)) + 1).padStart(2, '0');
  return {
    side: d.side, program: d.program, task: d.task, group: d.group, category: d.category, expenseType: d.expenseType,
    lineId: `B${fiscalYear}-${p.number}${taskNumber}-${String(seq).padStart(4, '0')}`,
    item: d.item, kind: d.kind, amounts: { proposed: d.fixedAmount ?? 0 },
    planProjectId: d.planProjectId ?? null, planLinkExplicit: d.planLinkExplicit ?? false,
    ...(d.featured ? { featured: true } : {}),
  };
}

// The council trims a few proposed lines.
function councilCuts(rng: Random, lines: BudgetLine[]): void {
  const candidates = lines.filter((l) => l.kind === 'event' || l.kind === 'supplies' || l.kind === 'service');
  for (let i = rng.int(0, 2); i > 0 && candidates.length > 0; i--) {
    const line = rng.pick(candidates);
    line.amounts.approved = roundBaht(((line.amounts.proposed ?? 0) / 100) * rng.between(0.8, 0.95), 100);
  }
}

// Mid-year transfers (โอนงบประมาณ): a few lines give up to a fifth of their money to one new construction line; the total stays the same.
function transfers(rng: Random, lao: SampleLao, options: BudgetOptions, lines: BudgetLine[], usedPlan: Set<string>): void {
  for (const line of lines) line.amounts.revised = line.amounts.approved;
  const draft = constructionDraft(rng, lao, { ...options, plan: [] }, usedPlan);
  const wanted = draft.fixedAmount ?? 0;
  const donors = rng.shuffle(lines.filter((l) => (l.kind === 'supplies' || l.kind === 'central' || l.kind === 'utility' || l.kind === 'staff') && (l.amounts.approved ?? 0) >= 5_000_000));
  let pool = 0;
  for (const donor of donors) {
    if (pool >= wanted) break;
    const cut = Math.min(wanted - pool, roundBaht(((donor.amounts.approved ?? 0) / 100) * rng.between(0.05, 0.2), 100));
    donor.amounts.revised = (donor.amounts.approved ?? 0) - cut;
    pool += cut;
  }
  if (pool === 0) return;
  const added = toLine(draft, options.fiscalYear, lines.length + 1);
  added.amounts = { revised: pool };
  lines.push(added);
}

/** The amount procurement works from: revised when the budget was revised, else approved. */
export function workingAmount(line: BudgetLine): Satang {
  return line.amounts.revised ?? line.amounts.approved ?? 0;
}

/** Fills the spent phase: procured lines spend what their contracts are worth, others most of their amount. */
export function settleSpent(rng: Random, lines: readonly BudgetLine[], procured: ReadonlyMap<string, Satang>): void {
  for (const line of lines) {
    const available = workingAmount(line);
    const bought = procured.get(line.lineId);
    let spent: number;
    if (bought !== undefined && (line.kind === 'construction' || line.kind === 'equipment')) spent = Math.min(available, bought);
    else if (bought !== undefined) spent = Math.min(available, Math.max(bought, Math.round(available * rng.between(0.55, 0.98))));
    else if (line.kind === 'construction' || line.kind === 'equipment') spent = 0;
    else if (line.kind === 'staff' || line.kind === 'political') spent = Math.round(available * rng.between(0.85, 0.99));
    else if (line.item === 'สำรองจ่าย') spent = Math.round(available * rng.between(0.05, 0.5));
    else spent = Math.round(available * rng.between(0.55, 0.98));
    line.amounts.spent = spent;
  }
}
