// The catalogue of downloadable tables, and each table's rows as CSV, XLSX and JSON.
import { z } from 'astro/zod';
import { toCsv } from '../io/csv-write.ts';
import { toXlsx } from '../io/xlsx-write.ts';
import type { LaoData } from '../schema/site.ts';
import { fieldInfo, type FieldInfo } from './field.ts';
import {
  budgetLineRows, BudgetLineRowSchema, contractRows, ContractRowSchema, flagRows, FlagRowSchema, planIndicatorRows, PlanIndicatorRowSchema, planProjectRows,
  PlanProjectRowSchema, procurementRows, ProcurementRowSchema, revenueLineRows, RevenueLineRowSchema, VendorRowSchema,
} from './tables.ts';

type Row = Record<string, string | number | null>;

export interface ExportTable {
  name: string;
  title: { th: string; en: string };
  about: { th: string; en: string };
  schema: z.ZodObject;
  primaryKey: string[];
  /** The table's rows of one LAO; vendors are made from the contracts instead (vendorRows). */
  rows?: (data: LaoData) => Row[];
}

export const TABLES: readonly ExportTable[] = [
  { name: 'plan_projects', title: { th: 'โครงการตามแผนพัฒนาท้องถิ่น', en: 'Plan projects' }, about: { th: 'โครงการในแผนพัฒนาท้องถิ่น (แบบ ผ.02) หนึ่งแถวต่อโครงการต่อปีที่มีงบประมาณตามแผน', en: 'Projects of the local development plan (form ผ.02), one row per project and year it plans money for' }, schema: PlanProjectRowSchema, primaryKey: ['plan_project_id', 'fiscal_year'], rows: planProjectRows },
  { name: 'plan_indicators', title: { th: 'ตัวชี้วัดของแผน', en: 'Plan indicators' }, about: { th: 'ตัวชี้วัดของแผนพัฒนา หนึ่งแถวต่อตัวชี้วัดต่อปี', en: 'Indicators of the development plan, one row per indicator and year' }, schema: PlanIndicatorRowSchema, primaryKey: ['indicator_id', 'fiscal_year'], rows: planIndicatorRows },
  { name: 'budget_lines', title: { th: 'รายการงบประมาณรายจ่าย', en: 'Budget lines' }, about: { th: 'รายการงบประมาณรายจ่าย ด้าน → แผนงาน → งาน → งบ → หมวด → ประเภท → รายการ ทุกขั้น (ขอตั้ง อนุมัติ แก้ไข ใช้จ่ายจริง)', en: 'Expense budget lines, sector → programme → task → group → category → type → item, in every phase' }, schema: BudgetLineRowSchema, primaryKey: ['budget_line_id'], rows: budgetLineRows },
  { name: 'revenue', title: { th: 'รายรับ', en: 'Revenue' }, about: { th: 'ประมาณการรายรับและรายรับจริง', en: 'Revenue estimates and revenue received' }, schema: RevenueLineRowSchema, primaryKey: ['revenue_line_id'], rows: revenueLineRows },
  { name: 'procurement_projects', title: { th: 'โครงการจัดซื้อจัดจ้าง', en: 'Procurement projects' }, about: { th: 'โครงการจัดซื้อจัดจ้าง หนึ่งแถวต่อโครงการ พร้อมเงินระดับโครงการ (วงเงิน ราคากลาง ราคาที่ตกลง)', en: 'Procurement projects, one row per project, with the project-level money (budget, reference price, agreed price)' }, schema: ProcurementRowSchema, primaryKey: ['procurement_id'], rows: procurementRows },
  { name: 'contracts', title: { th: 'สัญญา', en: 'Contracts' }, about: { th: 'สัญญาหรือใบสั่งซื้อ/จ้าง หนึ่งแถวต่อสัญญา มูลค่าสัญญาเป็นจำนวนเงินเดียวที่รวมต่อผู้ขายได้', en: 'Contracts and purchase orders, one row per contract; the contract value is the only amount to sum per vendor' }, schema: ContractRowSchema, primaryKey: ['procurement_id', 'contract_number', 'source_row'], rows: contractRows },
  { name: 'flags', title: { th: 'สัญญาณที่ควรตรวจสอบ', en: 'Red flags' }, about: { th: 'สัญญาณเตือนที่คำนวณจากข้อมูล หนึ่งแถวต่อสัญญาณ เป็นเหตุผลให้ดูต่อ ไม่ใช่หลักฐานการกระทำผิด', en: 'Red flags computed from the data, one row per flag: reasons to look closer, never proof of wrongdoing' }, schema: FlagRowSchema, primaryKey: ['flag_id'], rows: flagRows },
  { name: 'vendors', title: { th: 'ผู้ขายและผู้รับจ้าง', en: 'Vendors' }, about: { th: 'ผู้ขายและผู้รับจ้างของสัญญาในชุดข้อมูลนี้ พร้อมยอดรวมมูลค่าสัญญา', en: 'Vendors of the contracts in this set, with their contract totals' }, schema: VendorRowSchema, primaryKey: ['vendor_id'] },
];

export const FORMATS = ['csv', 'xlsx', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Excel's row limit (header included): larger tables are offered as CSV and JSON only. */
export const XLSX_MAX_ROWS = 1_048_575;

export type ValueType = 'string' | 'number' | 'integer' | 'date';

/** The type of a column's values (Table Schema's names), read from its zod schema. */
export function valueType(schema: z.ZodType): ValueType {
  const inner = schema instanceof z.ZodNullable ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodISODate) return 'date';
  if (inner instanceof z.ZodNumber) return inner.format === 'safeint' ? 'integer' : 'number';
  if (inner instanceof z.ZodString) return 'string';
  throw new Error(`no value type for ${inner.def.type}`);
}

export interface Column {
  name: string;
  type: ValueType;
  nullable: boolean;
  info: FieldInfo;
}

/** Column names in schema order, with their type and what each means. */
export function columns(table: ExportTable): Column[] {
  return Object.entries(table.schema.shape).map(([name, schema]) => {
    const info = fieldInfo.get(schema as z.ZodType);
    if (!info) throw new Error(`${table.name}.${name} has no field info`);
    return { name, type: valueType(schema as z.ZodType), nullable: schema instanceof z.ZodNullable, info };
  });
}

export function tableCsv(table: ExportTable, rows: readonly Row[]): string {
  const names = columns(table).map((c) => c.name);
  return toCsv(names, rows.map((r) => names.map((n) => r[n] ?? null)));
}

export function tableXlsx(table: ExportTable, rows: readonly Row[]): Uint8Array {
  const names = columns(table).map((c) => c.name);
  return toXlsx(table.name, names, rows.map((r) => names.map((n) => r[n] ?? null)));
}

export interface Provenance {
  title: string;
  sources: string[];
  imported: string;
  licence: { name: string; url: string };
}

/** JSON: the provenance, then the rows as objects in column order. */
export function tableJson(table: ExportTable, rows: readonly Row[], provenance: Provenance): string {
  const names = columns(table).map((c) => c.name);
  return `${JSON.stringify({ table: table.name, ...provenance, rows: rows.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null]))) })}\n`;
}
