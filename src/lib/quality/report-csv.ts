import type { QualityReport } from '../schema/quality.ts';
import { toCsv } from '../io/csv-write.ts';

const COLUMNS = ['severity', 'code', 'file', 'row', 'column', 'value', 'message_th', 'message_en', 'hint_th', 'hint_en'] as const;

/** The issues of a quality report as CSV (one row per issue), for opening in a spreadsheet. */
export function qualityCsv(report: QualityReport): string {
  return toCsv(
    COLUMNS,
    report.issues.map((i) => [i.severity, i.code, i.file, i.row, i.column, i.value, i.message.th, i.message.en, i.hint.th, i.hint.en]),
  );
}
