// Prongsai's own downloads, read back: a journalist can edit or merge the CSVs of /download/ and
// import them again. Their columns are the export schemas' keys, so the specs are built from them.
import type { z } from 'astro/zod';
import { fieldInfo } from '../export/field.ts';
import {
  BudgetLineRowSchema, ContractRowSchema, PlanIndicatorRowSchema, PlanProjectRowSchema, ProcurementRowSchema,
} from '../export/tables.ts';
import { parseMethod } from '../procurement/methods.ts';
import { ProcurementMethodSchema } from '../schema/procurement.ts';
import type { Adapter } from './adapter.ts';
import { expenseRecord } from './budget.ts';
import { readBidders, readContract } from './procurement.ts';
import type { RowReader } from './row.ts';
import type { ColumnSpec } from './spec.ts';

// The LAO id doubles as the code: a 7-digit id is the DLA code, an `n-` id is derived again from name and province.
const LAO_KEYS: Record<string, string> = { lao_id: 'laoCode', lao_name: 'laoName' };

// Columns the import works out again (links are inferred again, totals summed again, the source is the download).
const NOT_READ = ' (not read: worked out again on import)';

/** One input column per export column: its header is the export key, its meaning the dictionary's. */
function columnsOf<K extends string>(
  schema: { shape: Record<K, z.ZodType> },
  options: { required?: readonly NoInfer<K>[]; money?: readonly NoInfer<K>[]; derived?: readonly NoInfer<K>[]; keys?: Partial<Record<NoInfer<K>, string>> } = {},
): ColumnSpec[] {
  return (Object.entries(schema.shape) as [K, z.ZodType][]).map(([key, column]) => ({
    key: options.keys?.[key] ?? LAO_KEYS[key] ?? key,
    names: [key],
    required: options.required?.includes(key) || undefined,
    money: options.money?.includes(key) || undefined,
    doc: (fieldInfo.get(column)?.about.en ?? key) + (options.derived?.includes(key) || key === 'source_file' || key === 'source_row' ? NOT_READ : ''),
  }));
}

/** A link column's id, when the download says the input named it (an inferred link is inferred again). */
function explicitRef(row: RowReader, idKey: string, methodKey: string): string | null {
  return row.text(methodKey) === 'explicit' ? row.text(idKey) : null;
}

function yearValue(row: RowReader, key: string, year: number | null, parse: 'amount' | 'decimal'): Record<string, number> {
  const value = parse === 'amount' ? row.amount(key) : row.decimal(key);
  return year !== null && value !== null ? { [String(year)]: value } : {};
}

function optionalYear(row: RowReader): number | null {
  return row.text('fiscal_year') === null ? null : row.fiscalYear('fiscal_year');
}

const DOWNLOAD = (what: string) => `${what}, as Prongsai's downloads write it (/download/): rows of one record share its id and are read back as one.`;

export const prongsaiPlanProjects: Adapter = {
  spec: {
    id: 'prongsai-plan-projects',
    label: { th: 'โครงการตามแผน (ไฟล์ดาวน์โหลดของโปร่งใส)', en: 'Plan projects (Prongsai download)' },
    description: DOWNLOAD('One row per plan project and fiscal year'),
    columns: columnsOf(PlanProjectRowSchema, { required: ['plan_project_id', 'name'], money: ['planned_amount', 'budgeted_amount'] }),
    signature: ['plan_project_id', 'planned_amount'],
  },
  map(row) {
    const siteId = row.required('plan_project_id');
    const name = row.required('name');
    const year = optionalYear(row);
    const planned = yearValue(row, 'planned_amount', year, 'amount');
    const budgeted = yearValue(row, 'budgeted_amount', year, 'amount');
    if (row.rejected || !siteId || !name) return [];
    return [{
      kind: 'plan-project',
      siteId,
      data: {
        sourceId: row.text('project_number'), planPeriod: row.text('plan_period'), strategy: row.text('strategy'),
        program: row.text('program'), name, objective: row.text('objective'), target: row.text('target'),
        plannedByYear: planned, budgetedByYear: budgeted, kpi: row.text('kpi'), expectedResult: row.text('expected_result'),
        responsibleUnit: row.text('responsible_unit'), location: row.text('location'),
        source: { file: row.file, row: row.line },
      },
    }];
  },
};

export const prongsaiPlanIndicators: Adapter = {
  spec: {
    id: 'prongsai-plan-indicators',
    label: { th: 'ตัวชี้วัดของแผน (ไฟล์ดาวน์โหลดของโปร่งใส)', en: 'Plan indicators (Prongsai download)' },
    description: DOWNLOAD('One row per indicator and fiscal year'),
    columns: columnsOf(PlanIndicatorRowSchema, { required: ['indicator_id', 'indicator'] }),
    signature: ['indicator_id'],
  },
  map(row) {
    const siteId = row.required('indicator_id');
    const indicator = row.required('indicator');
    const year = optionalYear(row);
    const target = yearValue(row, 'target', year, 'decimal');
    const result = yearValue(row, 'result', year, 'decimal');
    if (row.rejected || !siteId || !indicator) return [];
    return [{
      kind: 'plan-indicator',
      siteId,
      data: {
        planPeriod: row.text('plan_period'), strategy: row.text('strategy'), indicator, unit: row.text('unit'),
        targetByYear: target, resultByYear: result, source: { file: row.file, row: row.line },
      },
    }];
  },
};

export const prongsaiBudgetLines: Adapter = {
  spec: {
    id: 'prongsai-budget-lines',
    label: { th: 'รายการงบประมาณรายจ่าย (ไฟล์ดาวน์โหลดของโปร่งใส)', en: 'Expense budget lines (Prongsai download)' },
    description: DOWNLOAD('One row per budget line and phase'),
    columns: columnsOf(BudgetLineRowSchema, {
      required: ['budget_line_id', 'fiscal_year', 'amount'], money: ['amount'], derived: ['plan_link_confidence'],
      // The canonical budget reader takes these by its own keys.
      keys: { fiscal_year: 'fiscalYear', budget_group: 'budgetGroup', expense_type: 'expenseType', line_id: 'lineId' },
    }),
    signature: ['budget_line_id', 'plan_link'],
  },
  map(row) {
    const siteId = row.required('budget_line_id');
    const records = expenseRecord(row, true, explicitRef(row, 'plan_project_id', 'plan_link'));
    return siteId ? records.map((r) => ({ ...r, siteId })) : [];
  },
};

export const prongsaiProcurement: Adapter = {
  spec: {
    id: 'prongsai-procurement',
    label: { th: 'โครงการจัดซื้อจัดจ้าง (ไฟล์ดาวน์โหลดของโปร่งใส)', en: 'Procurement projects (Prongsai download)' },
    description: DOWNLOAD('One row per procurement project; its contracts are in the contracts table'),
    columns: columnsOf(ProcurementRowSchema, {
      required: ['procurement_id', 'name'], money: ['budget', 'reference_price', 'agreed_price'],
      derived: ['contracts', 'contract_value', 'bidder_count', 'budget_line_link_confidence', 'plan_link_confidence'],
    }),
    signature: ['procurement_id', 'egp_project_id'],
  },
  map(row) {
    const siteId = row.required('procurement_id');
    const name = row.required('name');
    const announcedDate = row.date('announced_date');
    const fiscalYear = row.fiscalYear('fiscal_year', announcedDate);
    const methodText = row.text('method_text');
    const methodKey = ProcurementMethodSchema.safeParse(row.text('method'));
    const method = methodKey.success ? methodKey.data : parseMethod(methodText);
    if (row.text('method') && !methodKey.success) row.report('UnknownMethod', 'method');
    const budget = row.amount('budget');
    const referencePrice = row.amount('reference_price');
    const agreedPrice = row.amount('agreed_price');
    if (row.rejected || !siteId || !name || fiscalYear === null) return [];
    return [{
      kind: 'procurement',
      format: 'prongsai-procurement',
      siteId,
      project: {
        sourceId: row.text('egp_project_id'), fiscalYear, name, method, methodText, methodGroupText: null, announcedDate,
        budget, referencePrice, agreedPrice, status: row.text('status'),
        district: row.text('district'), subdistrict: row.text('subdistrict'), lat: null, lon: null,
        bidders: readBidders(row.raw('bidders')),
        source: { file: row.file, row: row.line },
      },
      contract: null,
      budgetLineRef: explicitRef(row, 'budget_line_id', 'budget_line_link'),
      planProjectRef: explicitRef(row, 'plan_project_id', 'plan_link'),
    }];
  },
};

export const prongsaiContracts: Adapter = {
  spec: {
    id: 'prongsai-contracts',
    label: { th: 'สัญญา (ไฟล์ดาวน์โหลดของโปร่งใส)', en: 'Contracts (Prongsai download)' },
    description: DOWNLOAD('One row per contract, joined to its project in the procurement projects table by procurement_id'),
    // tax_id_published comes first so that it, not the checked tax_id, is read.
    columns: columnsOf(ContractRowSchema, { required: ['procurement_id'], money: ['value'], derived: ['vendor_id', 'tax_id_status'] })
      .sort((a, b) => Number(b.key === 'tax_id_published') - Number(a.key === 'tax_id_published')),
    signature: ['procurement_id', 'contract_number'],
  },
  map(row) {
    const procurementId = row.required('procurement_id');
    const contract = readContract(row, {
      taxId: row.has('tax_id_published') ? 'tax_id_published' : 'tax_id', winner: 'vendor_name', number: 'contract_number',
      signed: 'signed_date', end: 'end_date', value: 'value', status: 'status',
    });
    if (!contract) row.report('MissingRequired', 'contract_number');
    if (row.rejected || !procurementId || !contract) return [];
    // A value the site took from the project's agreed price is taken from it again, and marked so.
    if (row.text('value_source') === 'agreed-price') Object.assign(contract, { value: null, valueSource: null });
    return [{ kind: 'contract', procurementId, contract }];
  },
};
