import type { IssueCollector } from '../issues/collector.ts';
import type { LaoRef, RowReader } from './row.ts';
import type { ColumnSpec, FormatSpec } from './spec.ts';
import type { StagedRecord } from './staged.ts';

/** What an adapter knows about the file it reads, beyond one row. */
export interface FileContext {
  file: string;
  /** Lines above the header row (สขร.1 forms name their LAO and month there). */
  preamble: readonly string[];
  issues: IssueCollector;
}

/** A source format: its columns and how one row becomes staged records. */
export interface Adapter {
  spec: FormatSpec;
  /**
   * Reads what the whole file shares (the LAO of a สขร.1 form). Returning null rejects the file,
   * after reporting why.
   */
  prepare?(ctx: FileContext): { lao: LaoRef | null; fiscalYear: number | null } | null;
  /** The header a row of this many fields is laid out by, when it differs from the file's header. */
  layoutFor?(header: readonly string[], fieldCount: number): readonly string[] | null;
  map(row: RowReader, file: { lao: LaoRef | null; fiscalYear: number | null }): StagedRecord[];
  /** The LAO a row names (default: the lao_code / lao_name / province columns). */
  laoOf?(row: RowReader, file: { lao: LaoRef | null }): LaoRef;
}

/** The columns every canonical file uses to name its LAO. */
export const LAO_COLUMNS: readonly ColumnSpec[] = [
  { key: 'laoCode', names: ['lao_code', 'รหัส อปท.', 'รหัสอปท', 'รหัส อปท', 'รหัสหน่วยงาน'], doc: '7-digit LAO code (T PP AA NN); give it, or the LAO name and province' },
  { key: 'laoName', names: ['lao_name', 'ชื่อ อปท.', 'อปท.', 'ชื่อหน่วยงาน', 'หน่วยงาน'], doc: 'LAO name, e.g. เทศบาลตำบลบ้านใหม่ (abbreviations such as อบต. are expanded)' },
  { key: 'province', names: ['province', 'จังหวัด'], doc: 'Province, without the word จังหวัด' },
];
