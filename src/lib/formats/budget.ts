import { BUDGET_GROUPS, PROGRAMS, REVENUE_TYPES, SIDES, findCategory } from '../budget/chart-of-accounts.ts';
import { parsePhase } from '../budget/phase.ts';
import { LAO_COLUMNS, type Adapter } from './adapter.ts';
import type { RowReader } from './row.ts';
import type { ColumnSpec } from './spec.ts';
import type { StagedRecord } from './staged.ts';

const FISCAL_YEAR: ColumnSpec = { key: 'fiscalYear', names: ['fiscal_year', 'ปีงบประมาณ', 'ปีงบ', 'ปี'], required: true, doc: 'Fiscal year, BE (2568)' };
const PHASE: ColumnSpec = { key: 'phase', names: ['phase', 'ขั้นตอน', 'สถานะงบประมาณ', 'ประเภทงบ'], doc: 'proposed / approved / revised / spent (ขอตั้ง / อนุมัติ / แก้ไข / เบิกจ่าย); blank = approved' };
const AMOUNT: ColumnSpec = { key: 'amount', names: ['amount', 'จำนวนเงิน', 'งบประมาณ', 'จำนวนเงิน (บาท)'], required: true, money: true, doc: 'Amount in baht' };
const SIDE: ColumnSpec = { key: 'side', names: ['side', 'ด้าน'], required: true, doc: 'ด้าน (area): ด้านบริหารทั่วไป, ด้านบริการชุมชนและสังคม, ด้านการเศรษฐกิจ, ด้านการดำเนินงานอื่น' };
const PROGRAM: ColumnSpec = { key: 'program', names: ['program', 'แผนงาน'], required: true, doc: 'แผนงาน (programme), one of the twelve' };
const TASK: ColumnSpec = { key: 'task', names: ['task', 'งาน'], doc: 'งาน (task / unit of work)' };
const GROUP: ColumnSpec = { key: 'budgetGroup', names: ['budget_group', 'งบ'], doc: 'งบ: งบบุคลากร, งบดำเนินงาน, งบลงทุน, งบเงินอุดหนุน, งบรายจ่ายอื่น, งบกลาง' };
const REVENUE_TYPE: ColumnSpec = { key: 'revenueType', names: ['revenue_type', 'ประเภทรายรับ', 'ประเภทรายได้'], required: true, doc: 'ประเภทรายรับ: รายได้จัดเก็บเอง, รายได้ที่รัฐบาลจัดเก็บแล้วจัดสรรให้, รายได้ที่รัฐบาลอุดหนุนให้' };
const REVENUE_CATEGORY: ColumnSpec = { key: 'category', names: ['category', 'หมวด', 'หมวดรายได้'], doc: 'หมวด, e.g. หมวดภาษีอากร' };

/** An expense line; `planProjectRef` overrides the plan_project_id column (null: no link). */
export function expenseRecord(row: RowReader, withDetail: boolean, planProjectRef?: string | null): StagedRecord[] {
  const fiscalYear = row.fiscalYear('fiscalYear');
  const phaseText = row.text('phase');
  const phase = parsePhase(phaseText);
  if (!phase) row.report('UnknownPhase', 'phase');
  const side = row.text('side');
  const program = row.text('program');
  const budgetGroup = row.text('budgetGroup');
  if (!side && !program) row.report('MissingRequired', 'program');
  const amount = row.amount('amount', { required: true });
  if (row.rejected || fiscalYear === null || phase === null || amount === null) return [];
  const programCategory = findCategory(PROGRAMS, program);
  return [{
    kind: 'expense',
    data: {
      sourceId: withDetail ? row.text('lineId') : null,
      fiscalYear,
      phase,
      side,
      sideKey: findCategory(SIDES, side)?.key ?? programCategory?.parent ?? null,
      program,
      programKey: programCategory?.key ?? null,
      task: row.text('task'),
      budgetGroup,
      budgetGroupKey: findCategory(BUDGET_GROUPS, budgetGroup)?.key ?? null,
      category: withDetail ? row.text('category') : null,
      expenseType: withDetail ? row.text('expenseType') : null,
      item: withDetail ? row.text('item') : null,
      amount,
      source: { file: row.file, row: row.line },
    },
    planProjectRef: planProjectRef !== undefined ? planProjectRef : withDetail ? row.text('planProjectId') : null,
  }];
}

function revenueRecord(row: RowReader): StagedRecord[] {
  const fiscalYear = row.fiscalYear('fiscalYear');
  const phase = parsePhase(row.text('phase'));
  if (!phase) row.report('UnknownPhase', 'phase');
  const revenueType = row.required('revenueType');
  const amount = row.amount('amount', { required: true });
  if (row.rejected || fiscalYear === null || phase === null || amount === null) return [];
  return [{
    kind: 'revenue',
    data: {
      fiscalYear,
      phase,
      revenueType,
      revenueTypeKey: findCategory(REVENUE_TYPES, revenueType)?.key ?? null,
      category: row.text('category'),
      item: row.text('item'),
      amount,
      source: { file: row.file, row: row.line },
    },
  }];
}

/** Canonical expense budget lines, down to รายการ. */
export const budgetExpense: Adapter = {
  spec: {
    id: 'budget-expense',
    label: { th: 'งบประมาณรายจ่าย', en: 'Expense budget lines' },
    description: 'One row per budget line: ด้าน → แผนงาน → งาน → งบ → หมวด → ประเภท → รายการ, for one phase of one fiscal year.',
    columns: [
      ...LAO_COLUMNS, FISCAL_YEAR, PHASE, SIDE, PROGRAM, TASK, GROUP,
      { key: 'category', names: ['category', 'หมวด', 'หมวดรายจ่าย'], doc: 'หมวด, e.g. ค่าใช้สอย, ค่าครุภัณฑ์' },
      { key: 'expenseType', names: ['expense_type', 'ประเภท', 'ประเภทรายจ่าย'], doc: 'ประเภท, e.g. รายจ่ายเพื่อให้ได้มาซึ่งบริการ' },
      { key: 'item', names: ['item', 'รายการ', 'โครงการ/รายการ'], doc: 'รายการ: the item or project' },
      AMOUNT,
      { key: 'lineId', names: ['line_id', 'รหัสรายการ', 'รหัสรายการงบประมาณ'], doc: 'Line id, the same in every phase of one line; procurement links to it' },
      { key: 'planProjectId', names: ['plan_project_id', 'รหัสโครงการตามแผน', 'รหัสโครงการแผน'], doc: 'Id of the plan project this line funds (optional link)' },
    ],
    signature: ['รายการ', 'item', 'หมวด', 'category'],
  },
  map: (row) => expenseRecord(row, true),
};

/** The อบจ. budget summary layout (ACT/WeVis ผ่างบเมือง): ด้าน / แผนงาน / งาน / งบ, approved budget. */
export const paoBudgetExpense: Adapter = {
  spec: {
    id: 'pao-budget-expense',
    label: { th: 'สรุปงบประมาณรายจ่าย อบจ.', en: 'PAO budget summary: expense' },
    description: 'The อบจ. budget summary layout: approved expense by ด้าน / แผนงาน / งาน / งบ (header ปีงบประมาณ,อปท.,จังหวัด,ด้าน,แผนงาน,งาน,งบ,จำนวนเงิน).',
    columns: [
      FISCAL_YEAR,
      { key: 'laoName', names: ['อปท.', 'ชื่อ อปท.'], required: true, doc: 'อบจ. name' },
      { key: 'province', names: ['จังหวัด'], required: true, doc: 'Province' },
      SIDE, PROGRAM, { ...TASK, required: true }, { ...GROUP, required: true }, AMOUNT,
    ],
  },
  map: (row) => expenseRecord(row, false),
};

/** Canonical revenue lines. */
export const revenue: Adapter = {
  spec: {
    id: 'revenue',
    label: { th: 'ประมาณการรายรับ', en: 'Revenue lines' },
    description: 'One row per revenue line: ประเภทรายรับ → หมวด → รายการ, for one phase (estimate or received) of one fiscal year.',
    columns: [
      ...LAO_COLUMNS, FISCAL_YEAR, PHASE, REVENUE_TYPE, REVENUE_CATEGORY,
      { key: 'item', names: ['item', 'รายการ'], doc: 'รายการ, e.g. ภาษีที่ดินและสิ่งปลูกสร้าง' },
      AMOUNT,
    ],
    signature: ['ประเภทรายรับ', 'revenue_type'],
  },
  map: revenueRecord,
};

/** The อบจ. budget summary layout: revenue by ประเภทรายรับ / หมวด. */
export const paoBudgetRevenue: Adapter = {
  spec: {
    id: 'pao-budget-revenue',
    label: { th: 'สรุปประมาณการรายรับ อบจ.', en: 'PAO budget summary: revenue' },
    description: 'The อบจ. budget summary layout: revenue estimates by ประเภทรายรับ / หมวด (header ปีงบประมาณ,อปท.,จังหวัด,ประเภทรายรับ,หมวด,จำนวนเงิน).',
    columns: [
      FISCAL_YEAR,
      { key: 'laoName', names: ['อปท.', 'ชื่อ อปท.'], required: true, doc: 'อบจ. name' },
      { key: 'province', names: ['จังหวัด'], required: true, doc: 'Province' },
      REVENUE_TYPE, { ...REVENUE_CATEGORY, required: true }, AMOUNT,
    ],
  },
  map: revenueRecord,
};

/** Published total expense budget and population per LAO-year. */
export const budgetTotals: Adapter = {
  spec: {
    id: 'budget-totals',
    label: { th: 'ยอดรวมงบประมาณรายจ่ายที่ประกาศ', en: 'Published budget totals' },
    description: 'One row per LAO-year: the published total expense budget (the lines are checked against it) and the population.',
    columns: [
      ...LAO_COLUMNS, FISCAL_YEAR,
      { key: 'total', names: ['total_expense', 'งบประมาณรายจ่ายรวม', 'รวมงบประมาณรายจ่าย', 'ยอดรวม'], required: true, money: true, doc: 'Published total expense budget, baht' },
      { key: 'population', names: ['population', 'ประชากร', 'จำนวนประชากร'], doc: 'Population that year; 0 or blank = unknown' },
    ],
  },
  map(row) {
    const fiscalYear = row.fiscalYear('fiscalYear');
    const totalExpense = row.amount('total', { required: true });
    const population = row.count('population');
    if (row.rejected || fiscalYear === null) return [];
    return [{
      kind: 'budget-total',
      data: { fiscalYear, totalExpense, population: population ? population : null, source: { file: row.file, row: row.line } },
    }];
  },
};
