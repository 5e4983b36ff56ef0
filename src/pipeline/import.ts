import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { shortDigest } from '../lib/digest.ts';
import type { Adapter } from '../lib/formats/adapter.ts';
import { detectFormat } from '../lib/formats/registry.ts';
import { RowReader, type LaoRef } from '../lib/formats/row.ts';
import { bindHeader, type HeaderBinding } from '../lib/formats/spec.ts';
import type { StagedRecord, StagedRow } from '../lib/formats/staged.ts';
import { scopeTest, unmatchedScope, type Scope, type ScopedLao } from '../lib/config/scope.ts';
import { ISSUES, type IssueCode } from '../lib/issues/catalogue.ts';
import { IssueCollector, type IssueLocation } from '../lib/issues/collector.ts';
import { CsvSyntaxError, readCsv, sniffCsv } from '../lib/io/csv-stream.ts';
import { columnName } from '../lib/io/xlsx-write.ts';
import { KeyedSpill } from '../lib/io/spill.ts';
import { assembleLao } from '../lib/link/assemble-lao.ts';
import { LaoRegistry } from '../lib/link/lao-registry.ts';
import { computeFlags } from '../lib/flags/compute.ts';
import { VendorLedger } from '../lib/link/vendors.ts';
import { parseAmount, sumBaht } from '../lib/parse/amount.ts';
import { foldHeader } from '../lib/parse/text.ts';
import { normaliseVendorName } from '../lib/parse/vendor-name.ts';
import type { FlagConfig, FlagExample } from '../lib/schema/flags.ts';
import type { FileReport, Issue, QualityReport } from '../lib/schema/quality.ts';
import { LaoYearHeadlineSchema, type LaoData, type LaoSummary, type PlanProjectSummary, type VendorContracts } from '../lib/schema/site.ts';
import type { Vendor } from '../lib/schema/vendor.ts';
import { BuildCache, digestOf } from './build-cache.ts';
import { OutFile } from './out-file.ts';

/** Extensions read as delimited text; spreadsheets are reported (they must be saved as CSV). */
const TEXT_EXTENSIONS = /\.(csv|tsv|txt)$/i;
const SPREADSHEET_EXTENSIONS = /\.(xlsx|xlsm|xls|ods|numbers)$/i;
const DETECTION_RECORDS = 12;
/** The most characters a spreadsheet cell holds: a longer value cannot come from Excel intact. */
const MAX_CELL_CHARACTERS = 32_767;
/** Values in issues are cut to this (the collector cuts them too, but events are cached whole). */
const ISSUE_VALUE_CHARACTERS = 200;

/** Where the import's results go; injected so tests run the real logic without touching disk. */
export interface ImportSink {
  /** Per-LAO data, called once per LAO in id order. */
  lao(data: LaoData): void;
  /** The indexes and report, called once at the end. */
  finish(result: ImportResult): void;
}

export interface ImportOptions {
  /** Folder of input files (searched recursively). */
  dataDir: string;
  sink: ImportSink;
  log?: (line: string) => void;
  /** Buffer size before staged rows spill to disk. */
  spillLimitBytes?: number;
  /** Red-flag thresholds (config/red-flags.json); without them no flags are computed. */
  flagConfig?: FlagConfig;
  /** Replay files unchanged since an earlier import from what reading them gave then (incremental builds). */
  cache?: { store: BuildCache; salt: string };
  /** The LAOs the site publishes (prongsai.config.yaml); rows of others are counted, not published. */
  scope?: Scope;
  /** The configuration file's name, where scope problems are reported. */
  configFile?: string;
}

export interface ImportResult {
  laos: LaoSummary[];
  vendors: Vendor[];
  /** Each vendor's contracts across all LAOs, in the order of `vendors`. */
  vendorContracts: VendorContracts[];
  planProjects: PlanProjectSummary[];
  /** The first case of each red flag raised. */
  flagExamples: FlagExample[];
  report: QualityReport;
}

interface FileState {
  path: string;
  rel: string;
  report: FileReport;
  adapter: Adapter | null;
  headerIndex: number;
  /** Header names of the money columns, in report order. */
  moneyNames: string[];
  /** Money sums in satang: exact integers. */
  readSatang: number[];
  importedSatang: number[];
  /** Rows of LAOs outside the scope, by LAO, and the first such row. */
  outOfScope: Map<string, number>;
  firstOutOfScope: number | null;
}

/** Every file under a folder, hidden ones (and those in hidden folders) left out. */
export function visibleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...visibleFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** The files the import reads: text and spreadsheet files (a spreadsheet is reported, not read). */
function listFiles(dir: string): string[] {
  return visibleFiles(dir).filter((path) => TEXT_EXTENSIONS.test(path) || SPREADSHEET_EXTENSIONS.test(path));
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/**
 * Reads every CSV export in a folder, validates and links it, and hands per-LAO data and indexes to
 * the sink. Every row read is either imported or rejected with a located issue; the report says so
 * per file.
 */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const log = options.log ?? (() => {});
  const dataDir = resolve(options.dataDir);
  const issues = new IssueCollector();
  const registry = new LaoRegistry();
  const vendors = new VendorLedger();
  const spillDir = join(tmpdir(), `prongsai-spill-${process.pid}-${shortDigest(dataDir, performance.now())}`);
  const spill = new KeyedSpill<StagedRow>(spillDir, options.spillLimitBytes);
  const inScope = scopeTest(options.scope);

  try {
    // 1. Find the input files, in a stable order.
    const paths = listFiles(dataDir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const files: FileState[] = [];

    // 2. Recognise each file by its header row.
    for (const path of paths) {
      const rel = toPosix(relative(dataDir, path));
      const state: FileState = {
        path, rel, adapter: null, headerIndex: 0, moneyNames: [], readSatang: [], importedSatang: [], outOfScope: new Map(), firstOutOfScope: null,
        report: {
          path: rel, format: null, encoding: null, delimiter: null, rowsRead: 0, rowsImported: 0, rowsRejected: 0,
          blankLines: 0, money: [], errors: 0, warnings: 0,
        },
      };
      files.push(state);
      if (SPREADSHEET_EXTENSIONS.test(path)) {
        issues.add('BinaryFile', { file: rel, row: null, column: null });
        continue;
      }
      const sniff = await sniffCsv(path);
      state.report.encoding = sniff.encoding;
      state.report.delimiter = sniff.encoding ? sniff.delimiter : null;
      if (sniff.binary) { issues.add('BinaryFile', { file: rel, row: null, column: null }); continue; }
      if (sniff.empty) { issues.add('EmptyFile', { file: rel, row: null, column: null }); continue; }
      const head: string[][] = [];
      try {
        for await (const record of readCsv(path, sniff)) {
          if (!isBlank(record.fields)) head.push(record.fields);
          if (head.length >= DETECTION_RECORDS) break;
        }
      } catch (error) {
        if (!(error instanceof CsvSyntaxError)) throw error;
      }
      const detection = detectFormat(head);
      if (!detection) {
        issues.add('UnknownFormat', { file: rel, row: 1, column: null, value: (head[0] ?? []).join(',').slice(0, 200) });
        continue;
      }
      state.adapter = detection.adapter;
      state.headerIndex = detection.headerIndex;
      state.report.format = detection.adapter.spec.id;
    }

    // 3. Read organisations first, so that other files resolve against them; stage rows per LAO.
    const ordered = [...files.filter((f) => f.adapter?.spec.id === 'organisations'), ...files.filter((f) => f.adapter && f.adapter.spec.id !== 'organisations')];
    for (const file of ordered) {
      const started = performance.now();
      await readFile(file, files.indexOf(file), { issues, registry, vendors, spill, cache: options.cache ?? null, inScope });
      log(`read ${file.rel} → ${file.report.format}, ${file.report.rowsRead.toLocaleString('en')} rows in ${Math.round(performance.now() - started)} ms`);
    }
    spill.flush();

    // 4. Assemble each LAO: group contracts into projects, link, total; hand it to the sink.
    const laos: LaoSummary[] = [];
    const planProjects: PlanProjectSummary[] = [];
    const flagExamples = new Map<string, FlagExample>();
    const fileOf = (i: number) => files[i]!.rel;
    const staged = new Set(spill.keys());
    const everyLao = registry.all();
    for (const lao of inScope ? everyLao.filter(inScope) : everyLao) {
      const rows = staged.has(lao.id) ? spill.take(lao.id) : [];
      const { data, rejected } = assembleLao(rows, {
        lao, fileOf,
        vendorIdOf: (c) => vendors.vendorIdOf(c),
        report: (code, at) => issues.add(code, at),
      });
      for (const row of rejected) {
        const file = files[row.fileIndex]!;
        file.report.rowsImported--;
        file.report.rowsRejected++;
        row.money.forEach((v, i) => (file.importedSatang[i]! -= v));
      }
      data.flags = options.flagConfig ? computeFlags(data, options.flagConfig) : [];
      for (const [year, flags] of Map.groupBy(data.flags, (f) => f.fiscalYear)) {
        const totals = data.years[String(year)];
        if (totals) totals.flags = Object.fromEntries([...Map.groupBy(flags, (f) => f.code)].map(([code, list]) => [code, list.length]));
      }
      vendors.record(data.procurements, (name) => normaliseVendorName(name).legalForm, data.flags);
      for (const flag of data.flags) {
        if (flagExamples.has(flag.code)) continue;
        const p = data.procurements.find((x) => x.id === flag.procurementIds[0]);
        flagExamples.set(flag.code, { flag, laoName: lao.name, procurement: p ? { id: p.id, sourceId: p.sourceId, laoId: p.laoId, fiscalYear: p.fiscalYear, name: p.name } : null });
      }
      options.sink.lao(data);
      laos.push({
        id: lao.id, code: lao.code, name: lao.name, type: lao.type, province: lao.province, district: lao.district,
        population: lao.population, fiscalYears: Object.keys(data.years).map(Number),
        years: Object.fromEntries(Object.entries(data.years).map(([year, t]) => [year, LaoYearHeadlineSchema.parse(t)])),
        url: `/lao/${lao.id}/`,
      });
      for (const p of data.planProjects) {
        planProjects.push({ id: p.id, laoId: p.laoId, name: p.name, planPeriod: p.planPeriod, strategy: p.strategy, plannedTotal: sumBaht(Object.values(p.plannedByYear)) });
      }
    }

    // 5. The quality report: every file reconciled.
    if (inScope) reportScope(options.scope!, options.configFile ?? 'prongsai.config.yaml', everyLao, laos.length, files, issues);
    for (const file of files) {
      file.report.errors = issues.count(file.rel, 'error');
      file.report.warnings = issues.count(file.rel, 'warning');
      file.report.money = file.moneyNames.map((column, i) => ({
        column,
        read: file.readSatang[i]! / 100,
        imported: file.importedSatang[i]! / 100,
      }));
    }
    const reports = files.map((f) => f.report);
    const report: QualityReport = {
      // The folder's name only: the report is published, and where the build machine keeps it is not the
      // readers' business (and would make the same data build differently on another machine).
      dataDir: basename(dataDir),
      files: reports,
      totals: {
        files: reports.length,
        rowsRead: reports.reduce((n, f) => n + f.rowsRead, 0),
        rowsImported: reports.reduce((n, f) => n + f.rowsImported, 0),
        rowsRejected: reports.reduce((n, f) => n + f.rowsRejected, 0),
        ...(inScope ? { rowsOutOfScope: reports.reduce((n, f) => n + (f.rowsOutOfScope ?? 0), 0) || undefined } : {}),
        errors: issues.issues.filter((i) => i.severity === 'error').length,
        warnings: issues.issues.filter((i) => i.severity === 'warning').length + issues.warningsNotListed,
      },
      warningsNotListed: issues.warningsNotListed,
      issues: sortIssues(issues.issues),
    };
    const result: ImportResult = {
      laos, vendors: vendors.vendors(), vendorContracts: vendors.contracts(), planProjects,
      flagExamples: [...flagExamples.values()].sort((a, b) => (a.flag.code < b.flag.code ? -1 : 1)), report,
    };
    options.sink.finish(result);
    return result;
  } finally {
    rmSync(spillDir, { recursive: true, force: true });
  }
}

/** One warning per file for its rows outside the scope, and the scope's entries that name nothing. */
function reportScope(scope: Scope, configFile: string, everyLao: readonly ScopedLao[], published: number, files: FileState[], issues: IssueCollector): void {
  for (const file of files) {
    const rows = [...file.outOfScope.values()].reduce((a, b) => a + b, 0);
    if (rows === 0) continue;
    file.report.rowsOutOfScope = rows;
    const names = [...file.outOfScope.keys()];
    const listed = names.slice(0, 5).join(', ') + (names.length > 5 ? ` … (+${names.length - 5})` : '');
    issues.add('OutsideScope', { file: file.rel, row: file.firstOutOfScope, column: null, value: listed }, {
      th: `${rows.toLocaleString('en')} แถว ของ ${names.length.toLocaleString('en')} อปท.`,
      en: `${rows.toLocaleString('en')} rows of ${names.length.toLocaleString('en')} LAOs`,
    });
  }
  for (const entry of unmatchedScope(scope, everyLao)) issues.add('ScopeUnmatched', { file: configFile, row: null, column: 'scope', value: entry });
  if (published === 0 && everyLao.length > 0) issues.add('ScopeEmpty', { file: configFile, row: null, column: 'scope' });
}

function sortIssues(list: QualityReport['issues']): QualityReport['issues'] {
  return [...list].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? '') || a.code.localeCompare(b.code),
  );
}

/** What reading one row gave, before its LAO is resolved; kept in the file cache and applied again. */
interface RowOutcome {
  line: number;
  money: number[];
  staged: StagedRecord[];
  /** Neither rejected by the adapter nor empty. */
  accepted: boolean;
  rejected: boolean;
  /** The LAO the row names (null when it stages only organisations, or nothing). */
  ref: LaoRef | null;
  digest: string;
  size: number;
  /** Where an issue found when the row meets the registry is reported. */
  at: { missingLao: IssueLocation | null; duplicateOrganisation: IssueLocation | null; missingRequired: IssueLocation };
}

/** What reading a file gave, in order: replaying it has the effects reading it had. */
type FileEvent =
  | ['issue', IssueCode, IssueLocation, { th?: string; en?: string } | undefined]
  | ['header', string[]]
  | ['blank']
  | ['row', RowOutcome];

interface ImportRun {
  issues: IssueCollector;
  registry: LaoRegistry;
  vendors: VendorLedger;
  spill: KeyedSpill<StagedRow>;
  cache: { store: BuildCache; salt: string } | null;
  inScope: ((lao: ScopedLao) => boolean) | null;
}

/**
 * Reads one file into the run. With a cache, what reading gave is kept under the digest of the file's
 * bytes (and of the code), and a file unchanged since an earlier import is replayed from it rather
 * than parsed again: the registry, vendors and spill see the same calls either way.
 */
async function readFile(file: FileState, fileIndex: number, run: ImportRun): Promise<void> {
  const apply = (event: FileEvent) => applyEvent(event, file, fileIndex, run);
  // Organisations are few, and adding them changes the registry as they are read: never cached.
  if (!run.cache || file.adapter!.spec.id === 'organisations') return parseFile(file, apply);
  const key = digestOf('import-file', run.cache.salt, file.rel, await fileSha256(file.path), file.adapter!.spec.id, file.headerIndex);
  const found = run.cache.store.lookup(key);
  if (found) {
    const lines = createInterface({ input: createReadStream(join(found, 'events.jsonl'), 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line) apply(JSON.parse(line) as FileEvent);
    return;
  }
  await run.cache.store.storeAsync(key, async (dir) => {
    const out = new OutFile(join(dir, 'events.jsonl'));
    try {
      await parseFile(file, (event) => {
        out.write(`${JSON.stringify(event)}\n`);
        apply(event);
      });
    } finally {
      out.close();
    }
  });
}

/** Applies one event of a file to the run: adds its issues, resolves its rows' LAOs, stages them. */
function applyEvent(event: FileEvent, file: FileState, fileIndex: number, run: ImportRun): void {
  switch (event[0]) {
    case 'issue':
      run.issues.add(event[1], event[2], event[3]);
      return;
    case 'header':
      file.moneyNames = event[1];
      file.readSatang = event[1].map(() => 0);
      file.importedSatang = event[1].map(() => 0);
      return;
    case 'blank':
      file.report.blankLines++;
      return;
    case 'row':
      return applyRow(event[1], file, fileIndex, run);
  }
}

function applyRow(row: RowOutcome, file: FileState, fileIndex: number, run: ImportRun): void {
  file.report.rowsRead++;
  row.money.forEach((v, i) => (file.readSatang[i] = (file.readSatang[i] ?? 0) + v));
  let imported = row.accepted;
  let outside: ScopedLao | null = null;
  if (imported) {
    for (const record of row.staged) {
      if (record.kind === 'organisation') {
        // Listed even when outside the scope: a contract row finds its LAO's code through it.
        if (!run.registry.addOrganisation(record.data)) { run.issues.add('DuplicateOrganisation', row.at.duplicateOrganisation!); imported = false; }
        else if (run.inScope && !run.inScope(record.data)) outside = record.data;
        continue;
      }
      const lao = run.registry.resolve(row.ref!);
      if (typeof lao === 'string') { run.issues.add('MissingLao', row.at.missingLao!); imported = false; break; }
      if (run.inScope && !run.inScope(lao)) { outside = lao; break; }
      if ((record.kind === 'procurement' || record.kind === 'contract') && record.contract) run.vendors.observe(record.contract);
      run.spill.add(lao.id, { lao: row.ref!, record, fileIndex, rowDigest: row.digest, money: row.money }, row.size);
    }
  } else if (!row.rejected) {
    run.issues.add('MissingRequired', row.at.missingRequired);
  }
  if (imported && outside) {
    const label = `${outside.name} (${outside.province})`;
    file.outOfScope.set(label, (file.outOfScope.get(label) ?? 0) + 1);
    file.firstOutOfScope ??= row.line;
  } else if (imported) {
    file.report.rowsImported++;
    row.money.forEach((v, i) => (file.importedSatang[i] = (file.importedSatang[i] ?? 0) + v));
  } else {
    file.report.rowsRejected++;
  }
}

/**
 * Parses a file into events, in order: each issue as it is found, the money columns once the header
 * is known, blank lines, and each row's outcome.
 */
async function parseFile(file: FileState, emit: (event: FileEvent) => void): Promise<void> {
  const adapter = file.adapter!;
  const sniff = await sniffCsv(file.path);
  const preamble: string[] = [];
  let header: string[] | null = null;
  let binding: HeaderBinding | null = null;
  const layouts = new Map<number, { header: readonly string[]; binding: HeaderBinding }>();
  let fileContext: { lao: ReturnType<RowReader['laoRef']> | null; fiscalYear: number | null } = { lao: null, fiscalYear: null };
  let seen = 0;
  let headerLine = 1;
  let dataRows = 0;
  const moneyIndexesOf = new Map<HeaderBinding, number[]>();
  const rowNumberKey = adapter.spec.columns.find((c) => c.key === 'rowNumber') ? 'rowNumber' : null;
  // Issues become events, between the rows they belong to; applying the event adds them to the run.
  const issues = new IssueRecorder(emit);

  try {
    for await (const record of readCsv(file.path, sniff)) {
      if (header === null) {
        if (isBlank(record.fields)) continue;
        if (seen++ < file.headerIndex) { preamble.push(record.fields.filter(Boolean).join(' ')); continue; }
        header = record.fields;
        headerLine = record.line;
        binding = bindHeader(adapter.spec, header);
        const moneyIndexes = moneyIndexesFor(adapter, binding);
        moneyIndexesOf.set(binding, moneyIndexes);
        emit(['header', moneyIndexes.map((i) => header![i]!)]);
        for (const i of binding.unused) {
          // A name the format reads, given twice: only the first column of that name is read.
          const folded = foldHeader(header[i] ?? '');
          const first = header.findIndex((h, j) => j < i && !binding!.unused.includes(j) && foldHeader(h) === folded);
          if (first >= 0) {
            issues.add('DuplicateColumn', { file: file.rel, row: record.line, column: header[i] ?? null }, { th: `คอลัมน์ ${columnName(first)} และ ${columnName(i)}`, en: `columns ${columnName(first)} and ${columnName(i)}` });
          } else {
            issues.add('UnusedColumn', { file: file.rel, row: record.line, column: header[i] ?? null });
          }
        }
        if (adapter.prepare) {
          const prepared = adapter.prepare({ file: file.rel, preamble, issues });
          if (!prepared?.lao) {
            issues.add('Skr1MissingLao', { file: file.rel, row: 1, column: null, value: preamble.join(' / ').slice(0, 200) || null });
          }
          fileContext = prepared ?? fileContext;
        }
        continue;
      }
      if (isBlank(record.fields)) { emit(['blank']); continue; }
      dataRows++;

      let rowHeader: readonly string[] = header;
      let rowBinding = binding!;
      const layout = adapter.layoutFor?.(header, record.fields.length);
      if (layout) {
        let cached = layouts.get(record.fields.length);
        if (!cached) layouts.set(record.fields.length, (cached = { header: layout, binding: bindHeader(adapter.spec, layout) }));
        rowHeader = cached.header;
        rowBinding = cached.binding;
      }
      let rowMoneyIndexes = moneyIndexesOf.get(rowBinding);
      if (!rowMoneyIndexes) moneyIndexesOf.set(rowBinding, (rowMoneyIndexes = moneyIndexesFor(adapter, rowBinding)));
      const row = new RowReader({ file: file.rel, line: record.line, fields: record.fields, header: rowHeader, binding: rowBinding, issues });
      if (!layout && record.fields.length > header.length && record.fields.slice(header.length).some((f) => f.trim() !== '')) {
        row.report('ExtraFields', null, record.fields.slice(header.length).join(',').slice(0, 200));
      } else if (record.fields.length < header.length && record.fields.length > 1) {
        row.report('MissingFields', null, `${record.fields.length}/${header.length}`);
      } else if (record.fields.length === 1 && header.length > 1) {
        // A whole row in one cell: separated by another delimiter than the rest of the file.
        const columns = header.length;
        const other = ([';', '\t', ','] as const).find((d) => d !== sniff.delimiter && record.fields[0]!.split(d).length >= Math.min(columns, 3));
        if (other) {
          const named = (d: string) => (d === '\t' ? 'TAB' : d);
          row.report('MissingFields', null, `1/${header.length}`, {
            th: `แถวนี้คั่นช่องด้วย “${named(other)}” ไม่ใช่ “${named(sniff.delimiter)}” เหมือนแถวอื่น`,
            en: `the row is separated by “${named(other)}”, not “${named(sniff.delimiter)}” like the rest of the file`,
          });
        }
      }
      if (record.fields.some((f) => f.includes('\uFFFD'))) row.report('ReplacementCharacter', null, record.fields.find((f) => f.includes('\uFFFD')));
      // Cells no spreadsheet makes: the row is rejected before its values are read.
      const unreadable = unreadableCell(record.fields, rowHeader.length, sniff.delimiter);
      if (unreadable) {
        row.rejected = true;
        const cell = record.fields[unreadable.index]!;
        const breaks = cell.match(/\r\n|\r|\n/g)?.length ?? 0;
        const length = cell.length.toLocaleString('en');
        issues.add(unreadable.code, { file: file.rel, row: record.line, column: rowHeader[unreadable.index] ?? null, value: cell.slice(0, ISSUE_VALUE_CHARACTERS) },
          unreadable.code === 'QuoteSpansRows'
            ? { th: `บรรทัด ${record.line}–${record.line + breaks}`, en: `lines ${record.line}–${record.line + breaks}` }
            : { th: `${length} ตัวอักษร`, en: `${length} characters` });
      }

      const money = rowMoneyIndexes.map((i) => {
        const parsed = parseAmount(record.fields[i] ?? '');
        return parsed.ok && parsed.value !== null ? Math.round(parsed.value * 100) : 0;
      });
      const staged = unreadable ? [] : adapter.map(row, fileContext);
      const accepted = !row.rejected && staged.length > 0;
      const ref = accepted && staged.some((r) => r.kind !== 'organisation') ? (adapter.laoOf ? adapter.laoOf(row, fileContext) : row.laoRef()) : null;
      emit(['row', {
        line: record.line, money, staged, accepted, rejected: row.rejected, ref,
        digest: rowDigest(row, rowNumberKey), size: approxSize(row.fields),
        at: {
          missingLao: ref ? row.locate(ref.name ? 'province' : 'laoName') : null,
          duplicateOrganisation: staged[0]?.kind === 'organisation' ? row.locate('name', staged[0].data.name) : null,
          missingRequired: row.locate(null),
        },
      }]);
    }
    if (header !== null && dataRows === 0) issues.add('NoDataRows', { file: file.rel, row: headerLine, column: null });
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    if (error.code === 'CSV_MAX_RECORD_SIZE') {
      issues.add('ValueTooLong', { file: file.rel, row: error.line, column: null, value: null }, {
        th: 'แถวนี้ยาวเกิน 16 ล้านตัวอักษร จึงอ่านไฟล์ต่อจากแถวนี้ไม่ได้',
        en: 'the row is longer than 16 million characters, so the file cannot be read from this row on',
      });
    } else {
      issues.add('UnreadableCsv', { file: file.rel, row: error.line, column: null, value: error.message.slice(0, 200) });
    }
  }
}

/**
 * The first cell of a row that no spreadsheet would have written: longer than a cell can hold, or a
 * quoted cell that swallowed later rows (a quote closed only on a later line: with relax_quotes the
 * parser keeps the stray quote as text, and the cells of the rows in between end up in one cell).
 */
function unreadableCell(fields: readonly string[], columns: number, delimiter: string): { index: number; code: 'ValueTooLong' | 'QuoteSpansRows' } | null {
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.length > MAX_CELL_CHARACTERS) return { index: i, code: 'ValueTooLong' };
    if (columns < 4 || (field.indexOf('\n') === -1 && field.indexOf('\r') === -1)) continue;
    if (field.startsWith('"') || field.split(delimiter).length >= columns) return { index: i, code: 'QuoteSpansRows' };
  }
  return null;
}

/** An issue collector that hands each issue on as an event instead of keeping it. */
class IssueRecorder extends IssueCollector {
  readonly #emit: (event: FileEvent) => void;

  constructor(emit: (event: FileEvent) => void) {
    super();
    this.#emit = emit;
  }

  override add(code: IssueCode, at: IssueLocation, detail?: { th?: string; en?: string }): Issue['severity'] {
    this.#emit(['issue', code, at, detail]);
    return ISSUES[code].severity;
  }
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Estimated memory of a staged row: its text (UTF-16) and per-field object overhead. */
function approxSize(fields: readonly string[]): number {
  let n = 1500;
  for (const f of fields) n += 3 * f.length + 60;
  return n;
}

/** Digest of a row's fields without its running number, so that a repeated row is recognised. */
function rowDigest(row: RowReader, rowNumberKey: string | null): string {
  if (!rowNumberKey || !row.has(rowNumberKey)) return shortDigest(...row.fields);
  const skip = row.fields.indexOf(row.raw(rowNumberKey));
  return shortDigest(...row.fields.filter((_, i) => i !== skip));
}

function moneyIndexesFor(adapter: Adapter, binding: HeaderBinding): number[] {
  const out: number[] = [];
  for (const column of adapter.spec.columns.filter((c) => c.money)) {
    const years = binding.years.get(column.key);
    if (years) out.push(...years.map((y) => y.index));
    else if (binding.index.has(column.key)) out.push(binding.index.get(column.key)!);
  }
  return out;
}
