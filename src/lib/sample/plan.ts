import { STRATEGIES, chartOrder, responsibleUnit, strategyOf } from './budget-chart.ts';
import { type ConstructionWork, randomWork, roadWork } from './construction-works.ts';
import { EVENT_PROJECTS, EVENT_TYPE, tasksFor } from './expense-templates.ts';
import { roundBaht, type Satang } from './format.ts';
import { LAO_TYPE_INFO } from './lao-types.ts';
import type { LaoTypeKey, PlanIndicator, PlanProject, SampleLao } from './model.ts';
import type { Random } from './random.ts';

const WORK_COST: Readonly<Record<LaoTypeKey, number>> = {
  sao: 220_000, subdistrict: 240_000, town: 600_000, city: 1_800_000, pao: 2_500_000, bangkok: 20_000_000, pattaya: 5_000_000,
};

/** Cost of one work (baht): mostly small village works, with about one in seven a large multi-million project. */
export function drawWorkCost(rng: Random, lao: SampleLao, costFactor: number): number {
  const big = rng.chance(0.15) ? rng.between(3, 10) : 1;
  return workCost(lao) * costFactor * big * rng.logNormal(1, 0.55);
}

/** Typical cost of a concrete road project for this LAO (baht): by type, larger for more populous LAOs. */
export function workCost(lao: SampleLao): number {
  const median = LAO_TYPE_INFO[lao.type].medianPopulation;
  const size = median > 0 ? Math.sqrt(lao.population / median) : 1;
  return WORK_COST[lao.type] * Math.min(2.5, Math.max(0.5, size));
}

const EVENT_TEXT: Readonly<Record<string, readonly [string, string, string]>> = {
  'การศึกษา': ['เพื่อส่งเสริมพัฒนาการและการเรียนรู้ของเด็กและเยาวชน', 'เด็กและเยาวชน', 'เด็กและเยาวชนมีพัฒนาการที่ดีทั้งร่างกายและจิตใจ'],
  'สาธารณสุข': ['เพื่อป้องกันและควบคุมโรคติดต่อในชุมชน', 'ประชาชนทุกหมู่บ้าน', 'ประชาชนมีสุขภาพดี อัตราการเกิดโรคลดลง'],
  'สังคมสงเคราะห์': ['เพื่อส่งเสริมคุณภาพชีวิตของผู้สูงอายุและคนพิการ', 'ผู้สูงอายุและคนพิการ', 'ผู้สูงอายุและคนพิการมีคุณภาพชีวิตที่ดีขึ้น'],
  'การศาสนา วัฒนธรรม และนันทนาการ': ['เพื่ออนุรักษ์และสืบสานประเพณีท้องถิ่น', 'ประชาชนผู้เข้าร่วมงาน', 'ประเพณีท้องถิ่นได้รับการสืบทอด'],
};
const EVENT_DEFAULT: readonly [string, string, string] = ['เพื่อส่งเสริมคุณภาพชีวิตและความเข้มแข็งของชุมชน', 'ประชาชนในเขตพื้นที่', 'ประชาชนมีคุณภาพชีวิตที่ดีขึ้น'];

function constructionProject(rng: Random, lao: SampleLao, years: readonly number[], taken: Set<string>, given?: ConstructionWork): PlanProject | null {
  const work = given ?? randomWork(rng, lao.villages);
  if (taken.has(work.planName)) return null;
  taken.add(work.planName);
  const planned = new Map<number, Satang>();
  const amount = roundBaht(drawWorkCost(rng, lao, work.costFactor), 1_000);
  const first = rng.int(0, years.length - 1);
  planned.set(years[first] as number, amount);
  if (rng.chance(0.2) && first + 1 < years.length) planned.set(years[first + 1] as number, amount);
  return {
    projectId: '', strategy: strategyOf(work.program), program: work.program, name: work.planName, kind: 'construction',
    budgetName: work.budgetName, budgetTask: work.task, budgetType: work.expenseType,
    objective: work.objective, target: work.target, kpi: work.kpi, expectedResult: work.expectedResult,
    responsibleUnit: responsibleUnit(work.program), location: work.location, planned, budgeted: new Map(),
  };
}

function eventProject(rng: Random, lao: SampleLao, years: readonly number[], taken: Set<string>): PlanProject | null {
  const [programName, task, name] = rng.pick(EVENT_PROJECTS);
  if (taken.has(name) || !tasksFor(programName, lao.type).includes(task)) return null;
  taken.add(name);
  const [objective, group, expected] = EVENT_TEXT[programName] ?? EVENT_DEFAULT;
  const scale = Math.max(1, Math.sqrt(workCost(lao) / WORK_COST.sao));
  const amount = roundBaht(rng.logNormal(40_000 * scale, 0.6), 1_000);
  const planned = new Map<number, Satang>();
  const from = rng.chance(0.8) ? 0 : rng.int(1, 2);
  for (const year of years.slice(from)) planned.set(year, amount);
  return {
    projectId: '', strategy: strategyOf(programName), program: programName, name, kind: 'event',
    budgetName: name, budgetTask: task, budgetType: EVENT_TYPE,
    objective, target: `${group} จำนวน ${rng.int(5, 40) * 10} คน`, kpi: 'จำนวนผู้เข้าร่วมโครงการ (คน)', expectedResult: expected,
    responsibleUnit: responsibleUnit(programName), location: 'ทั่วทั้งเขตพื้นที่', planned, budgeted: new Map(),
  };
}

/** A showcase work: a concrete road in one village, planned for one year, cheap enough for เฉพาะเจาะจง. */
export interface FeaturedWork {
  moo: number;
  fiscalYear: number;
}

function featuredProject(rng: Random, lao: SampleLao, years: readonly number[], taken: Set<string>, featured: FeaturedWork): PlanProject {
  const project = constructionProject(rng, lao, years, taken, roadWork(rng, lao.villages, featured.moo)) as PlanProject;
  project.planned = new Map([[featured.fiscalYear, 485_000 * 100]]);
  project.featured = true;
  return project;
}

/** Projects of a 5-year local plan (form ผ.02), ordered by strategy and แผนงาน, with ids 'P2566-0001'…. */
export function generatePlan(rng: Random, lao: SampleLao, years: readonly number[], count: number, featured?: FeaturedWork): PlanProject[] {
  const taken = new Set<string>();
  const projects: PlanProject[] = featured ? [featuredProject(rng, lao, years, taken, featured)] : [];
  for (let attempt = 0; projects.length < count && attempt < count * 20; attempt++) {
    const project = rng.chance(0.65) ? constructionProject(rng, lao, years, taken) : eventProject(rng, lao, years, taken);
    if (project) projects.push(project);
  }
  const strategyIndex = (name: string): number => STRATEGIES.findIndex((s) => s.name === name);
  const order = projects.map((p, i) => ({ p, i }));
  order.sort((a, b) => strategyIndex(a.p.strategy) - strategyIndex(b.p.strategy) || chartOrder(a.p.program, '') - chartOrder(b.p.program, '') || a.i - b.i);
  return order.map(({ p }, i) => ({ ...p, projectId: `P${years[0]}-${String(i + 1).padStart(4, '0')}` }));
}

type IndicatorTemplate = readonly [string, string, (lao: SampleLao) => number, number];

// indicator, unit, first-year target, yearly change (fraction of the first target; negative: should fall)
const INDICATORS: readonly (readonly IndicatorTemplate[])[] = [
  [['ร้อยละของถนนในเขตพื้นที่ที่ได้มาตรฐาน', 'ร้อยละ', () => 60, 0.05], ['จำนวนครัวเรือนที่มีน้ำประปาใช้', 'ครัวเรือน', (l) => Math.round(l.households * 0.8), 0.03]],
  [['จำนวนผู้สูงอายุที่ได้รับเบี้ยยังชีพ', 'คน', (l) => Math.round(l.population * 0.16), 0.04], ['ร้อยละของเด็กปฐมวัยที่มีพัฒนาการสมวัย', 'ร้อยละ', () => 85, 0.02], ['จำนวนผู้ป่วยโรคไข้เลือดออก', 'ราย', (l) => Math.max(5, Math.round(l.population / 800)), -0.1]],
  [['จำนวนกลุ่มอาชีพที่ได้รับการส่งเสริม', 'กลุ่ม', (l) => Math.max(3, Math.round(l.villages.length / 2)), 0.1], ['พื้นที่การเกษตรที่มีน้ำใช้เพียงพอ', 'ไร่', (l) => Math.round(l.areaKm2 * 120), 0.05]],
  [['ปริมาณขยะมูลฝอยที่ลดลงจากการคัดแยก', 'ตัน/ปี', (l) => Math.max(10, Math.round(l.population / 150)), 0.08], ['จำนวนต้นไม้ที่ปลูกเพิ่ม', 'ต้น', () => 500, 0.1]],
  [['ร้อยละความพึงพอใจของประชาชนต่อการให้บริการ', 'ร้อยละ', () => 80, 0.02], ['ร้อยละของการจัดเก็บภาษีได้ตามเป้าหมาย', 'ร้อยละ', () => 90, 0.01]],
];

function roundFor(unit: string, value: number): number {
  return unit === 'ร้อยละ' ? Math.min(100, Math.round(value * 10) / 10) : Math.round(value);
}

/** Indicators of the plan: one or two per strategy, a target per year, results for closed years. */
export function generateIndicators(rng: Random, lao: SampleLao, years: readonly number[], closedYears: readonly number[]): PlanIndicator[] {
  const out: PlanIndicator[] = [];
  STRATEGIES.forEach((strategy, s) => {
    const templates = INDICATORS[s] ?? [];
    const take = rng.int(1, Math.min(2, templates.length));
    for (const [indicator, unit, base, change] of templates.slice(0, take)) {
      const first = base(lao);
      const targets = new Map<number, number>();
      const results = new Map<number, number>();
      years.forEach((year, i) => {
        const target = roundFor(unit, first * (1 + change * i));
        targets.set(year, target);
        if (closedYears.includes(year)) results.set(year, roundFor(unit, target * rng.between(0.85, 1.08)));
      });
      out.push({ strategy: strategy.name, indicator, unit, targets, results });
    }
  });
  return out;
}
