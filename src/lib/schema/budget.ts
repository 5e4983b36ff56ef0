import { z } from 'astro/zod';
import { Baht, FiscalYear, LinkSchema, SourceRef } from './common.ts';

/** Stage of a budget: ขอตั้ง (proposed), ข้อบัญญัติ/เทศบัญญัติ (approved), after transfers (revised), spent or received (spent). */
export const BudgetPhaseSchema = z.enum(['proposed', 'approved', 'revised', 'spent']);
export type BudgetPhase = z.infer<typeof BudgetPhaseSchema>;

/** One line of an expense budget: ด้าน → แผนงาน → งาน → งบ → หมวด → ประเภท → รายการ. */
export const ExpenseLineSchema = z.object({
  /** `<lao id>:<fiscal year>:<line id>` when the input has a line id, otherwise a digest. */
  id: z.string(),
  laoId: z.string(),
  /** The line id as written in the input (รหัสรายการ), if any; the same across phases of one line. */
  sourceId: z.string().nullable(),
  fiscalYear: FiscalYear,
  phase: BudgetPhaseSchema,
  /** ด้าน, as published. */
  side: z.string().nullable(),
  /** Canonical key of the ด้าน (see budget-chart.ts), null when unrecognised. */
  sideKey: z.string().nullable(),
  /** แผนงาน, as published. */
  program: z.string().nullable(),
  programKey: z.string().nullable(),
  /** งาน */
  task: z.string().nullable(),
  /** งบ, as published. */
  budgetGroup: z.string().nullable(),
  budgetGroupKey: z.string().nullable(),
  /** หมวด */
  category: z.string().nullable(),
  /** ประเภท */
  expenseType: z.string().nullable(),
  /** รายการ */
  item: z.string().nullable(),
  amount: Baht,
  planProject: LinkSchema.nullable(),
  source: SourceRef,
});
export type ExpenseLine = z.infer<typeof ExpenseLineSchema>;

/** One line of the revenue estimate (ประมาณการรายรับ) or of revenue received. */
export const RevenueLineSchema = z.object({
  id: z.string(),
  laoId: z.string(),
  fiscalYear: FiscalYear,
  phase: BudgetPhaseSchema,
  /** ประเภทรายรับ, as published. */
  revenueType: z.string().nullable(),
  /** own-source | shared-tax | grant, null when unrecognised. */
  revenueTypeKey: z.string().nullable(),
  /** หมวด */
  category: z.string().nullable(),
  item: z.string().nullable(),
  amount: Baht,
  source: SourceRef,
});
export type RevenueLine = z.infer<typeof RevenueLineSchema>;

/** A published total expense budget (and population) of one LAO-year, used to reconcile the lines. */
export const BudgetTotalSchema = z.object({
  laoId: z.string(),
  fiscalYear: FiscalYear,
  totalExpense: Baht.nullable(),
  population: z.number().int().positive().nullable(),
  source: SourceRef,
});
export type BudgetTotal = z.infer<typeof BudgetTotalSchema>;
