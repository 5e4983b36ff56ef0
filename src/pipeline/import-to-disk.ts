import { resolve, sep } from 'node:path';
import { formatIssue } from '../lib/issues/collector.ts';
import type { QualityReport } from '../lib/schema/quality.ts';
import type { BuildCache } from './build-cache.ts';
import { DiskSink } from './disk-sink.ts';
import { runImport, type ImportResult } from './import.ts';
import { importSettings } from './import-settings.ts';

/** One line per file: rows read = imported + rejected, and whether the money columns reconcile. */
export function reconciliationLines(report: QualityReport): string[] {
  const scoped = report.totals.rowsOutOfScope !== undefined;
  const lines = [scoped
    ? 'reconciliation (rows read = imported + rejected + outside the scope) / กระทบยอด (แถวที่อ่าน = นำเข้า + ปฏิเสธ + นอกขอบเขต)'
    : 'reconciliation (rows read = imported + rejected) / กระทบยอด (แถวที่อ่าน = นำเข้า + ปฏิเสธ)'];
  for (const f of report.files) {
    const ok = f.rowsRead === f.rowsImported + f.rowsRejected + (f.rowsOutOfScope ?? 0);
    lines.push(
      `  ${ok ? '✓' : '✗'} ${f.path} [${f.format ?? 'unrecognised'}${f.encoding ? `, ${f.encoding}` : ''}]: ` +
        `${f.rowsRead} = ${f.rowsImported} + ${f.rowsRejected}${scoped ? ` + ${f.rowsOutOfScope ?? 0}` : ''}` +
        (f.errors || f.warnings ? ` (${f.errors} errors, ${f.warnings} warnings)` : ''),
    );
  }
  const t = report.totals;
  lines.push(`  total: ${t.rowsRead} = ${t.rowsImported} + ${t.rowsRejected}${scoped ? ` + ${t.rowsOutOfScope ?? 0}` : ''}; ${t.errors} errors, ${t.warnings} warnings`);
  return lines;
}

/**
 * Imports a data folder into the content folder Astro reads, atomically. Returns the result and
 * whether the run should fail (strict mode with errors).
 */
export async function importToDisk(options: {
  dataDir: string;
  outDir: string;
  strict: boolean;
  projectRoot: string;
  log?: (line: string) => void;
  /** Replay input files unchanged since the last build (see runImport). */
  cache?: { store: BuildCache; salt: string };
}): Promise<{ result: ImportResult; failed: boolean }> {
  const log = options.log ?? console.log;
  const sampleDir = resolve(options.projectRoot, 'data/sample') + sep;
  const sink = new DiskSink(options.outDir, (result) => {
    const files = result.report.files.map((f) => f.path);
    const sample = files.length > 0 && files.every((f) => resolve(options.dataDir, f).startsWith(sampleDir));
    let latestDate: string | null = null;
    for (const list of result.vendorContracts) {
      for (const c of list.contracts) if (c.signedDate && (!latestDate || c.signedDate > latestDate)) latestDate = c.signedDate;
    }
    return { sample, files, latestDate };
  });
  const { flagConfig, scope } = importSettings(options.projectRoot);
  let result: ImportResult;
  try {
    result = await runImport({ dataDir: options.dataDir, sink, log, flagConfig, ...(scope ? { scope } : {}), ...(options.cache ? { cache: options.cache } : {}) });
  } catch (error) {
    sink.abort();
    throw error;
  }
  const errors = result.report.issues.filter((i) => i.severity === 'error');
  for (const issue of errors.slice(0, 50)) log(`error: ${formatIssue(issue, 'en')}\n       ${formatIssue(issue, 'th')}`);
  if (errors.length > 50) log(`… and ${errors.length - 50} more errors: see ${options.outDir}/quality.csv`);
  for (const line of reconciliationLines(result.report)) log(line);
  const failed = options.strict && errors.length > 0;
  if (failed) {
    sink.abort();
    log(`--strict: ${errors.length} errors, nothing was written. / พบข้อผิดพลาด ${errors.length} รายการ จึงไม่ได้เขียนผลลัพธ์`);
  } else {
    // The thresholds the flags were computed with, for the methodology page.
    sink.writeFile('flag-config.json', JSON.stringify(flagConfig, null, 1) + '\n');
    sink.publish();
    log(`wrote ${result.laos.length} LAOs, ${result.vendors.length} vendors → ${options.outDir}`);
  }
  return { result, failed };
}
