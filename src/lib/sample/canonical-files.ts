import { slashDate } from './dates.ts';
import { commaAmount, plainAmount } from './format.ts';
import { LAO_TYPE_INFO } from './lao-types.ts';
import type {
  BudgetLine, Contract, LaoData, Phase, PlanIndicator, PlanProject, ProcurementProject, RevenueLine, SampleLao,
} from './model.ts';
import { type Column, column } from './table.ts';

/** Thai phase names used in Thai-header files. */
export const PHASE_TH: Readonly<Record<Phase, string>> = { proposed: 'ขอตั้ง', approved: 'อนุมัติ', revised: 'แก้ไข', spent: 'เบิกจ่าย' };

/** How a file names its LAO: code, name + province, or both. */
export interface LaoColumns {
  code: boolean;
  name: boolean;
}

function laoColumns<T>(pick: (row: T) => SampleLao, which: LaoColumns): Column<T>[] {
  const out: Column<T>[] = [];
  if (which.code) out.push(column('lao_code', 'รหัส อปท.', (r) => pick(r).code));
  if (which.name) {
    out.push(column('lao_name', 'ชื่อ อปท.', (r) => pick(r).name));
    out.push(column('province', 'จังหวัด', (r) => pick(r).province));
  }
  return out;
}

/** organisations.csv */
export const ORGANISATION_COLUMNS: readonly Column<SampleLao>[] = [
  column('code', 'รหัส อปท.', (l) => l.code),
  column('name', 'ชื่อ อปท.', (l) => l.name),
  column('type', 'ประเภท', (l) => LAO_TYPE_INFO[l.type].label),
  column('province', 'จังหวัด', (l) => l.province),
  column('district', 'อำเภอ', (l) => l.district),
  column('population', 'ประชากร', (l) => String(l.population)),
  column('area_km2', 'พื้นที่ (ตร.กม.)', (l) => l.areaKm2.toFixed(2)),
  column('households', 'จำนวนครัวเรือน', (l) => String(l.households)),
  column('website', 'เว็บไซต์', (l) => l.website),
  column('lat', 'ละติจูด', (l) => l.lat.toFixed(6)),
  column('lon', 'ลองจิจูด', (l) => l.lon.toFixed(6)),
];

/** A plan project row. */
export interface PlanRow {
  data: LaoData;
  project: PlanProject;
}

function yearAmount(map: ReadonlyMap<number, number>, year: number): string {
  const v = map.get(year);
  return v === undefined ? '' : plainAmount(v);
}

/** plan-projects.csv (form ผ.02); the ตั้งงบประมาณ columns are optional. */
export function planProjectColumns(years: readonly number[], withBudgeted: boolean, which: LaoColumns): Column<PlanRow>[] {
  return [
    ...laoColumns<PlanRow>((r) => r.data.lao, which),
    column('plan_period', 'ช่วงแผน', (r) => r.data.planPeriod),
    column('strategy', 'ยุทธศาสตร์', (r) => r.project.strategy),
    column('program', 'แผนงาน', (r) => r.project.program),
    column('project_id', 'รหัสโครงการ', (r) => r.project.projectId),
    column('project', 'โครงการ', (r) => r.project.name),
    column('objective', 'วัตถุประสงค์', (r) => r.project.objective),
    column('target', 'เป้าหมาย', (r) => r.project.target),
    ...years.map((y) => column<PlanRow>(`budget_${y}`, `งบประมาณ ${y}`, (r) => yearAmount(r.project.planned, y))),
    ...(withBudgeted ? years.map((y) => column<PlanRow>(`budgeted_${y}`, `ตั้งงบประมาณ ${y}`, (r) => yearAmount(r.project.budgeted, y))) : []),
    column('kpi', 'ตัวชี้วัด', (r) => r.project.kpi),
    column('expected_result', 'ผลที่คาดว่าจะได้รับ', (r) => r.project.expectedResult),
    column('responsible_unit', 'หน่วยงานรับผิดชอบหลัก', (r) => r.project.responsibleUnit),
    column('location', 'สถานที่', (r) => r.project.location),
  ];
}

/** A plan indicator row. */
export interface IndicatorRow {
  data: LaoData;
  indicator: PlanIndicator;
}

/** plan-indicators.csv */
export function indicatorColumns(years: readonly number[], which: LaoColumns): Column<IndicatorRow>[] {
  const num = (v: number | undefined): string => (v === undefined ? '' : String(v));
  return [
    ...laoColumns<IndicatorRow>((r) => r.data.lao, which),
    column('plan_period', 'ช่วงแผน', (r) => r.data.planPeriod),
    column('strategy', 'ยุทธศาสตร์', (r) => r.indicator.strategy),
    column('indicator', 'ตัวชี้วัด', (r) => r.indicator.indicator),
    column('unit', 'หน่วยนับ', (r) => r.indicator.unit),
    ...years.map((y) => column<IndicatorRow>(`target_${y}`, `เป้าหมาย ${y}`, (r) => num(r.indicator.targets.get(y)))),
    ...years.map((y) => column<IndicatorRow>(`result_${y}`, `ผล ${y}`, (r) => num(r.indicator.results.get(y)))),
  ];
}

/** A budget line in one phase. */
export interface ExpenseRow {
  lao: SampleLao;
  fiscalYear: number;
  phase: Phase;
  line: BudgetLine;
}

/** budget-expense.csv; the phase is written in the header's language. */
export function expenseColumns(thaiPhases: boolean, which: LaoColumns): Column<ExpenseRow>[] {
  return [
    ...laoColumns<ExpenseRow>((r) => r.lao, which),
    column('fiscal_year', 'ปีงบประมาณ', (r) => String(r.fiscalYear)),
    column('phase', 'ขั้นตอน', (r) => (thaiPhases ? PHASE_TH[r.phase] : r.phase)),
    column('side', 'ด้าน', (r) => r.line.side),
    column('program', 'แผนงาน', (r) => r.line.program),
    column('task', 'งาน', (r) => r.line.task),
    column('budget_group', 'งบ', (r) => r.line.group),
    column('category', 'หมวด', (r) => r.line.category),
    column('expense_type', 'ประเภท', (r) => r.line.expenseType),
    column('item', 'รายการ', (r) => r.line.item),
    column('amount', 'จำนวนเงิน', (r) => plainAmount(r.line.amounts[r.phase] ?? 0)),
    column('line_id', 'รหัสรายการ', (r) => r.line.lineId),
    column('plan_project_id', 'รหัสโครงการตามแผน', (r) => (r.line.planLinkExplicit && r.line.planProjectId ? r.line.planProjectId : '')),
  ];
}

/** A revenue line in one phase. */
export interface RevenueRow {
  lao: SampleLao;
  fiscalYear: number;
  phase: Phase;
  line: RevenueLine;
}

/** revenue.csv */
export function revenueColumns(thaiPhases: boolean, which: LaoColumns, laoName: (lao: SampleLao) => string = (l) => l.name): Column<RevenueRow>[] {
  const ids = laoColumns<RevenueRow>((r) => r.lao, which).map((c) =>
    c.en === 'lao_name' ? column<RevenueRow>(c.en, c.th, (r) => laoName(r.lao)) : c);
  return [
    ...ids,
    column('fiscal_year', 'ปีงบประมาณ', (r) => String(r.fiscalYear)),
    column('phase', 'ขั้นตอน', (r) => (thaiPhases ? PHASE_TH[r.phase] : r.phase)),
    column('revenue_type', 'ประเภทรายรับ', (r) => r.line.revenueType),
    column('category', 'หมวด', (r) => r.line.category),
    column('item', 'รายการ', (r) => r.line.item),
    column('amount', 'จำนวนเงิน', (r) => plainAmount(r.line.amounts[r.phase] ?? 0)),
  ];
}

/** One contract row of procurement.csv. */
export interface ContractRow {
  lao: SampleLao;
  project: ProcurementProject;
  contract: Contract;
}

/** 'ร้านสมใจ / 98,500.00 บาท; หจก.ทองดี / 99,000.00 บาท' */
export function packedBidders(project: ProcurementProject): string {
  if (!project.showBidders) return '';
  return project.bidders.map((b) => `${b.vendor.name} / ${commaAmount(b.price)} บาท`).join('; ');
}

/** procurement.csv: one row per contract, project money repeated on each. */
export function procurementColumns(which: LaoColumns): Column<ContractRow>[] {
  return [
    ...laoColumns<ContractRow>((r) => r.lao, which),
    column('fiscal_year', 'ปีงบประมาณ', (r) => String(r.project.fiscalYear)),
    column('project_id', 'เลขที่โครงการ', (r) => r.project.projectId),
    column('project_name', 'ชื่อโครงการ', (r) => r.project.name),
    column('method', 'วิธีจัดซื้อจัดจ้าง', (r) => r.project.method),
    column('budget', 'วงเงินงบประมาณ', (r) => plainAmount(r.project.budget)),
    column('reference_price', 'ราคากลาง', (r) => plainAmount(r.project.referencePrice)),
    column('announced_date', 'วันที่ประกาศ', (r) => (r.project.announced === null ? '' : slashDate(r.project.announced))),
    column('bidders', 'ผู้เสนอราคา', (r) => packedBidders(r.project)),
    column('winner_tax_id', 'เลขประจำตัวผู้เสียภาษีผู้ชนะ', (r) => r.contract.vendor.taxId ?? ''),
    column('winner_name', 'ชื่อผู้ชนะ', (r) => r.contract.vendor.name),
    column('agreed_price', 'ราคาที่ตกลง', (r) => plainAmount(r.project.agreedPrice)),
    column('contract_number', 'เลขที่สัญญา', (r) => r.contract.number),
    column('contract_date', 'วันที่ลงนามสัญญา', (r) => slashDate(r.contract.signed)),
    column('contract_end_date', 'วันที่สิ้นสุดสัญญา', (r) => slashDate(r.contract.ends)),
    column('contract_value', 'มูลค่าสัญญา', (r) => plainAmount(r.contract.value)),
    column('status', 'สถานะ', (r) => r.project.status),
    column('budget_line_id', 'รหัสรายการงบประมาณ', (r) => (r.project.budgetLinkExplicit && r.project.budgetLineId ? r.project.budgetLineId : '')),
    column('plan_project_id', 'รหัสโครงการตามแผน', (r) => r.project.planProjectId ?? ''),
  ];
}

/** Row objects of one LAO's data, in file order. */
export const rowsOf = {
  plan: (data: LaoData): PlanRow[] => data.plan.map((project) => ({ data, project })),
  indicators: (data: LaoData): IndicatorRow[] => data.indicators.map((indicator) => ({ data, indicator })),
  expense: (data: LaoData): ExpenseRow[] =>
    data.years.flatMap((y) => y.phases.flatMap((phase) =>
      y.expense.filter((line) => line.amounts[phase] !== undefined).map((line) => ({ lao: data.lao, fiscalYear: y.fiscalYear, phase, line })))),
  revenue: (data: LaoData): RevenueRow[] =>
    data.years.flatMap((y) => (['approved', 'spent'] as const).flatMap((phase) =>
      y.revenue.filter((line) => line.amounts[phase] !== undefined).map((line) => ({ lao: data.lao, fiscalYear: y.fiscalYear, phase, line })))),
  contracts: (data: LaoData): ContractRow[] =>
    data.years.flatMap((y) => y.procurement.flatMap((project) => project.contracts.map((contract) => ({ lao: data.lao, project, contract })))),
};
