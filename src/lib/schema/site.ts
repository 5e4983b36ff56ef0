import { z } from 'astro/zod';
import { Baht, FiscalYear } from './common.ts';
import { BudgetPhaseSchema, BudgetTotalSchema, ExpenseLineSchema, RevenueLineSchema } from './budget.ts';
import { LaoSchema, LaoTypeSchema } from './lao.ts';
import { PlanIndicatorSchema, PlanProjectSchema } from './plan.ts';
import { FlagCodeSchema, FlagSchema } from './flags.ts';
import { ProcurementProjectSchema } from './procurement.ts';

/** Totals of one LAO in one fiscal year, as shown on its page and in /api/lao/<id>.json. */
export const LaoYearTotalsSchema = z.object({
  /** Total expense budget of `expensePhase` (approved when published; else revised, proposed, spent). */
  expenseTotal: Baht.nullable(),
  expensePhase: BudgetPhaseSchema.nullable(),
  /** Expense by แผนงาน (programme key, or the name as published when not one of the twelve). */
  expenseByProgram: z.array(z.object({ key: z.string().nullable(), name: z.string(), amount: Baht })),
  /** The published total, where a totals file gives one. */
  publishedExpenseTotal: Baht.nullable(),
  revenueTotal: Baht.nullable(),
  revenuePhase: BudgetPhaseSchema.nullable(),
  /** Own-source revenue (รายได้จัดเก็บเอง) of `revenuePhase`; null when the lines do not say where revenue comes from. */
  ownRevenueTotal: Baht.nullable(),
  population: z.number().int().nullable(),
  procurementProjects: z.number().int().nonnegative(),
  contracts: z.number().int().nonnegative(),
  /** Sum of known contract values. */
  contractValue: Baht,
  contractsWithoutValue: z.number().int().nonnegative(),
  /** Contracts made by the specific method (เฉพาะเจาะจง). */
  specificContracts: z.number().int().nonnegative(),
  /** Contracts whose vendor has a tax id with a valid check digit. */
  contractsWithTaxId: z.number().int().nonnegative(),
  /** Procurement projects linked to a budget line (explicitly or by name similarity). */
  procurementsWithBudgetLine: z.number().int().nonnegative(),
  /** Plan projects with an amount planned for this year, and that amount. */
  planProjects: z.number().int().nonnegative(),
  plannedAmount: Baht,
  /** Red flags raised in this year, by code. */
  flags: z.partialRecord(FlagCodeSchema, z.number().int().positive()),
});
export type LaoYearTotals = z.infer<typeof LaoYearTotalsSchema>;

/** Everything about one LAO: the per-entity data file each LAO page reads (content/generated/lao/<id>.json). */
export const LaoDataSchema = z.object({
  lao: LaoSchema,
  years: z.record(z.string(), LaoYearTotalsSchema),
  planProjects: z.array(PlanProjectSchema),
  planIndicators: z.array(PlanIndicatorSchema),
  expenseLines: z.array(ExpenseLineSchema),
  revenueLines: z.array(RevenueLineSchema),
  budgetTotals: z.array(BudgetTotalSchema),
  procurements: z.array(ProcurementProjectSchema),
  /** Red flags of this LAO (see src/lib/flags/compute.ts). */
  flags: z.array(FlagSchema),
});
export type LaoData = z.infer<typeof LaoDataSchema>;

/** The headline figures of one LAO-year, kept in the index so that pages over many LAOs need not read each LAO's file. */
export const LaoYearHeadlineSchema = LaoYearTotalsSchema.pick({
  expenseTotal: true, revenueTotal: true, ownRevenueTotal: true, population: true, procurementProjects: true, contracts: true,
  contractValue: true, contractsWithoutValue: true, specificContracts: true, contractsWithTaxId: true, procurementsWithBudgetLine: true,
  planProjects: true, flags: true,
});
export type LaoYearHeadline = z.infer<typeof LaoYearHeadlineSchema>;

/** One LAO in the index (content collection `laos`, /api/laos.json). */
export const LaoSummarySchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  type: LaoTypeSchema.nullable(),
  province: z.string(),
  district: z.string().nullable(),
  population: z.number().int().nullable(),
  fiscalYears: z.array(FiscalYear),
  /** Headline figures per fiscal year (BE year → figures). */
  years: z.record(z.string(), LaoYearHeadlineSchema),
  /** Path of its page, from the site root. */
  url: z.string(),
});
export type LaoSummary = z.infer<typeof LaoSummarySchema>;

/** A plan project in the index (content collection `planProjects`): enough to list and find it. */
export const PlanProjectSummarySchema = z.object({
  id: z.string(),
  laoId: z.string(),
  name: z.string(),
  planPeriod: z.string().nullable(),
  strategy: z.string().nullable(),
  plannedTotal: Baht,
});
export type PlanProjectSummary = z.infer<typeof PlanProjectSummarySchema>;

/** The twin of an LAO page: /api/lao/<id>.json. */
export const LaoApiSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: LaoTypeSchema.nullable(),
  province: z.string(),
  years: z.record(z.string(), LaoYearTotalsSchema),
});
export type LaoApi = z.infer<typeof LaoApiSchema>;

/** One contract of a vendor, as listed on the vendor's page (content/generated/vendor/<id>.json). */
export const VendorContractSchema = z.object({
  laoId: z.string(),
  procurementId: z.string(),
  /** The procurement project's id as published (its row's anchor is made from it, see anchors.ts). */
  procurementSourceId: z.string().nullable(),
  procurementName: z.string(),
  fiscalYear: FiscalYear,
  method: ProcurementProjectSchema.shape.method,
  number: z.string().nullable(),
  signedDate: z.string().nullable(),
  value: Baht.nullable(),
  /** Codes of the red flags raised on its procurement project. */
  flags: z.array(FlagCodeSchema),
});
export type VendorContract = z.infer<typeof VendorContractSchema>;

/** Every contract of one vendor across all LAOs, ordered by date. */
export const VendorContractsSchema = z.object({
  vendorId: z.string(),
  contracts: z.array(VendorContractSchema),
  /** Red flags about this vendor: its share or wins in an LAO-year, and possible splitting. */
  flags: z.array(FlagSchema),
});
export type VendorContracts = z.infer<typeof VendorContractsSchema>;
