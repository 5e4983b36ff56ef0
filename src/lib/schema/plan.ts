import { z } from 'astro/zod';
import { Baht, SourceRef } from './common.ts';

/** A project of the 5-year local development plan (แผนพัฒนาท้องถิ่น, form ผ.02). */
export const PlanProjectSchema = z.object({
  /** `<lao id>:<project id>` when the input has a project id, otherwise a digest of period, name and row. */
  id: z.string(),
  laoId: z.string(),
  /** The id as written in the input (รหัสโครงการ), if any. */
  sourceId: z.string().nullable(),
  /** Plan period in BE, e.g. '2566-2570'. */
  planPeriod: z.string().nullable(),
  /** ยุทธศาสตร์ */
  strategy: z.string().nullable(),
  /** แผนงาน */
  program: z.string().nullable(),
  /** โครงการ */
  name: z.string().min(1),
  objective: z.string().nullable(),
  target: z.string().nullable(),
  /** Amount planned per fiscal year (BE year → baht). */
  plannedByYear: z.record(z.string(), Baht),
  /** Amount actually budgeted per fiscal year, where the input says. */
  budgetedByYear: z.record(z.string(), Baht),
  kpi: z.string().nullable(),
  expectedResult: z.string().nullable(),
  responsibleUnit: z.string().nullable(),
  /** Village or place (หมู่บ้าน / สถานที่). */
  location: z.string().nullable(),
  source: SourceRef,
});
export type PlanProject = z.infer<typeof PlanProjectSchema>;

/** A plan indicator with a target and a result per year. */
export const PlanIndicatorSchema = z.object({
  id: z.string(),
  laoId: z.string(),
  planPeriod: z.string().nullable(),
  strategy: z.string().nullable(),
  indicator: z.string().min(1),
  unit: z.string().nullable(),
  targetByYear: z.record(z.string(), z.number()),
  resultByYear: z.record(z.string(), z.number()),
  source: SourceRef,
});
export type PlanIndicator = z.infer<typeof PlanIndicatorSchema>;
