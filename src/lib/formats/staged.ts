import type { BudgetTotal, ExpenseLine, RevenueLine } from '../schema/budget.ts';
import type { Lao } from '../schema/lao.ts';
import type { PlanIndicator, PlanProject } from '../schema/plan.ts';
import type { Contract, ProcurementProject } from '../schema/procurement.ts';
import type { LaoRef } from './row.ts';

/** A contract as read from one row, before its vendor is resolved. */
export type StagedContract = Omit<Contract, 'vendorId'> & { vendorKey: string | null; legalForm: string | null };

/** Project-level fields as read from one row. */
export type StagedProject = Omit<ProcurementProject, 'id' | 'laoId' | 'contracts' | 'budgetLine' | 'planProject' | 'formats'>;

/**
 * What an adapter makes of one input row, before LAO resolution and linking. `siteId` is the id a
 * record had in Prongsai's downloads: rows sharing it are one record (the plan tables have a row per
 * year), and the record keeps it, so that ids and links survive a round trip.
 */
export type StagedRecord =
  | { kind: 'organisation'; data: Omit<Lao, 'id' | 'otherNames'> }
  | { kind: 'plan-project'; data: Omit<PlanProject, 'id' | 'laoId'>; siteId?: string }
  | { kind: 'plan-indicator'; data: Omit<PlanIndicator, 'id' | 'laoId'>; siteId?: string }
  | { kind: 'expense'; data: Omit<ExpenseLine, 'id' | 'laoId' | 'planProject'>; planProjectRef: string | null; siteId?: string }
  | { kind: 'revenue'; data: Omit<RevenueLine, 'id' | 'laoId'> }
  | { kind: 'budget-total'; data: Omit<BudgetTotal, 'laoId'> }
  | {
      kind: 'procurement';
      format: string;
      project: StagedProject;
      contract: StagedContract | null;
      budgetLineRef: string | null;
      planProjectRef: string | null;
      siteId?: string;
    }
  /** A contract of the project with this site id (the contracts table of Prongsai's downloads). */
  | { kind: 'contract'; procurementId: string; contract: StagedContract };

/** A staged record with the LAO it names; what the import spills per LAO. */
export interface StagedRow {
  lao: LaoRef;
  record: StagedRecord;
  /** Index of the input file in the run. */
  fileIndex: number;
  /** Digest of the row's fields (without its running number), to find repeated rows. */
  rowDigest: string;
  /** Values of the file's money columns, in the order of its report, for reconciliation. */
  money: number[];
}
