import type { BudgetTotal, ExpenseLine, RevenueLine } from '../schema/budget.ts';
import type { Lao } from '../schema/lao.ts';
import type { PlanIndicator, PlanProject } from '../schema/plan.ts';
import type { Contract, ProcurementProject } from '../schema/procurement.ts';
import type { LaoRef } from './row.ts';

/** A contract as read from one row, before its vendor is resolved. */
export type StagedContract = Omit<Contract, 'vendorId'> & { vendorKey: string | null; legalForm: string | null };

/** Project-level fields as read from one row. */
export type StagedProject = Omit<ProcurementProject, 'id' | 'laoId' | 'contracts' | 'budgetLine' | 'planProject' | 'formats'>;

/** What an adapter makes of one input row, before LAO resolution and linking. */
export type StagedRecord =
  | { kind: 'organisation'; data: Omit<Lao, 'id' | 'otherNames'> }
  | { kind: 'plan-project'; data: Omit<PlanProject, 'id' | 'laoId'> }
  | { kind: 'plan-indicator'; data: Omit<PlanIndicator, 'id' | 'laoId'> }
  | { kind: 'expense'; data: Omit<ExpenseLine, 'id' | 'laoId' | 'planProject'>; planProjectRef: string | null }
  | { kind: 'revenue'; data: Omit<RevenueLine, 'id' | 'laoId'> }
  | { kind: 'budget-total'; data: Omit<BudgetTotal, 'laoId'> }
  | {
      kind: 'procurement';
      format: string;
      project: StagedProject;
      contract: StagedContract | null;
      budgetLineRef: string | null;
      planProjectRef: string | null;
    };

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
