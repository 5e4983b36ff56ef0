import { join, relative } from 'node:path';
import { CsvSyntaxError, readCsv, sniffCsv } from '../lib/io/csv-stream.ts';
import type { ExplainOptions } from '../lib/issues/explain.ts';
import type { Scope } from '../lib/config/scope.ts';
import type { QualityReport } from '../lib/schema/quality.ts';
import { runImport, toPosix, visibleFiles } from './import.ts';

export interface DataCheck {
  report: QualityReport;
  /** What only the files can tell the report: Excel rows, headers of unrecognised files, files not read. */
  facts: Required<Pick<ExplainOptions, 'excelRow' | 'headerOf' | 'ignored'>>;
}

/**
 * Reads and validates a data folder as the import does, keeping nothing (no per-LAO data, nothing on
 * disk), and gathers what the report needs beyond the QualityReport.
 */
export async function checkDataFolder(dataDir: string, options: { scope?: Scope } = {}): Promise<DataCheck> {
  // No red-flag thresholds: flags are computed after validation and add no data problem.
  const { report } = await runImport({ dataDir, sink: { lao: () => {}, finish: () => {} }, ...(options.scope ? { scope: options.scope } : {}) });
  const read = new Set(report.files.map((f) => f.path));
  // Named as the import names files: relative to the folder, with forward slashes.
  const ignored = visibleFiles(dataDir).map((path) => toPosix(relative(dataDir, path))).filter((f) => !read.has(f)).sort();

  const rowMaps = new Map<string, Map<number, number>>();
  for (const file of report.files) {
    if (file.encoding && report.issues.some((i) => i.file === file.path && i.row !== null)) rowMaps.set(file.path, await excelRows(join(dataDir, file.path)));
  }
  const headers = new Map<string, string[]>();
  for (const issue of report.issues) {
    if (issue.code === 'UnknownFormat' && !headers.has(issue.file)) headers.set(issue.file, await firstRecord(join(dataDir, issue.file)));
  }
  return {
    report,
    facts: {
      excelRow: (file, line) => rowMaps.get(file)?.get(line) ?? line,
      headerOf: (file) => headers.get(file),
      ignored,
    },
  };
}

/**
 * The row Excel shows for each line a record starts on, where they differ: a quoted cell with line
 * breaks is one row in Excel but several lines in the file, and the import counts lines.
 */
async function excelRows(path: string): Promise<Map<number, number>> {
  const rows = new Map<number, number>();
  let row = 0;
  try {
    for await (const record of readCsv(path, await sniffCsv(path))) {
      row++;
      if (record.line !== row) rows.set(record.line, row);
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    if (error.line !== row + 1) rows.set(error.line, row + 1);
  }
  return rows;
}

async function firstRecord(path: string): Promise<string[]> {
  try {
    for await (const record of readCsv(path, await sniffCsv(path))) if (record.fields.some((f) => f.trim() !== '')) return record.fields;
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
  }
  return [];
}

