// Writes the bulk downloads from the import's output: every table (export/catalog.ts) as CSV, XLSX
// and JSON for the whole dataset, each province, each LAO and each LAO-year, and an index of them
// (size, rows, SHA-256, latest date) that the downloads page reads. LAOs are read one at a time and
// rows are streamed into the larger scopes' files, so memory does not grow with the dataset.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { columns, TABLES, tableXlsx, XLSX_MAX_ROWS, type ExportTable, type Format } from '../lib/export/catalog.ts';
import { dataPackage } from '../lib/export/datapackage.ts';
import { ocdsPackageHeader, ocdsRelease, type OcdsContext } from '../lib/export/ocds.ts';
import type { Licence } from '../lib/export/provenance.ts';
import { VendorTotals, type ContractRow } from '../lib/export/tables.ts';
import { byProvinceThenId, provinceSlug } from '../lib/geo/provinces.ts';
import { CSV_BOM, csvLine } from '../lib/io/csv-write.ts';
import type { DownloadFile, DownloadIndex, DownloadScope } from '../lib/schema/downloads.ts';
import { GeneratedDigestsSchema } from '../lib/schema/digests.ts';
import type { ShardScope } from '../lib/site/shard-files.ts';
import { LaoDataSchema, LaoSummarySchema, type LaoData } from '../lib/schema/site.ts';
import { BuildCache, digestOf, filesUnder, linkOrCopy } from './build-cache.ts';
import { OutFile } from './out-file.ts';

const PACKAGE_DESCRIPTION = 'Local development plans, budgets and procurement of Thai Local Administrative Organizations, as published by them and the e-GP system, validated and linked by Prongsai.';

/** Rows kept for an XLSX file: past this many a scope's table is offered as CSV and JSON only. */
const XLSX_ROWS_IN_MEMORY = Math.min(XLSX_MAX_ROWS, 200_000);

type Row = Record<string, string | number | null>;

function scopeDir(scope: DownloadScope): string {
  switch (scope.kind) {
    case 'all': return 'all';
    case 'province': return `province/${provinceSlug(scope.province)}`;
    case 'lao': return `lao/${scope.laoId}`;
    case 'lao-year': return `lao/${scope.laoId}/${scope.fiscalYear}`;
  }
}

/** One LAO's rows of a table, encoded: its CSV lines, each row's JSON, and the latest date in them. */
interface RowBlock {
  csv: string;
  json: string[];
  latestDate: string | null;
}

/** The later of `latest` and a row's announcement or signing date (the downloads index shows the latest per file). */
function laterDate(latest: string | null, row: Row): string | null {
  for (const key of ['announced_date', 'signed_date']) {
    const date = row[key];
    if (typeof date === 'string' && (!latest || date > latest)) latest = date;
  }
  return latest;
}

/** A row as one CSV line and one JSON object, encoded once for every scope it goes into. */
interface EncodedRow {
  csv: string;
  json: string;
}

function encodeRow(names: readonly string[], row: Row): EncodedRow {
  return { csv: csvLine(names.map((n) => row[n] ?? null)), json: JSON.stringify(Object.fromEntries(names.map((n) => [n, row[n] ?? null]))) };
}

/** One table's files in one scope, written as rows arrive. */
class TableFiles {
  readonly #names: string[];
  readonly #csv: OutFile;
  readonly #json: OutFile;
  /** The rows for the XLSX file, as rows or as JSON (parsed only if the file is made), until there are too many. */
  #xlsxRows: (Row | string)[] | null = [];
  readonly table: ExportTable;
  readonly dir: string;
  rows = 0;
  latestDate: string | null = null;

  constructor(table: ExportTable, dir: string, header: { table: string; imported: string; sources: string[]; licence: Licence }) {
    this.table = table;
    this.dir = dir;
    this.#names = columns(table).map((c) => c.name);
    mkdirSync(dir, { recursive: true });
    this.#csv = new OutFile(join(dir, `${table.name}.csv`));
    this.#json = new OutFile(join(dir, `${table.name}.json`));
    this.#csv.write(CSV_BOM + csvLine(this.#names));
    this.#json.write(`${JSON.stringify(header).slice(0, -1)},"rows":[`);
  }

  add(row: Row, line: EncodedRow = encodeRow(this.#names, row)): void {
    this.#csv.write(line.csv);
    this.#json.write(`${this.rows ? ',' : ''}\n${line.json}`);
    this.rows++;
    this.latestDate = laterDate(this.latestDate, row);
    if (this.#xlsxRows && this.#xlsxRows.push(row) > XLSX_ROWS_IN_MEMORY) this.#xlsxRows = null;
  }

  /** Adds rows already encoded, as one LAO's block: their text is copied, not encoded again. */
  addBlock(block: RowBlock): void {
    this.#csv.write(block.csv);
    this.#json.write(`${this.rows ? ',' : ''}\n${block.json.join(',\n')}`);
    this.rows += block.json.length;
    if (block.latestDate && (!this.latestDate || block.latestDate > this.latestDate)) this.latestDate = block.latestDate;
    if (this.#xlsxRows && this.#xlsxRows.push(...block.json) > XLSX_ROWS_IN_MEMORY) this.#xlsxRows = null;
  }

  close(relativeDir: string): DownloadFile[] {
    this.#json.write('\n]}\n');
    const csv = this.#csv.close();
    const json = this.#json.close();
    const entry = (format: Format, bytes: number, hash: string): DownloadFile =>
      ({ path: `${relativeDir}/${this.table.name}.${format}`, table: this.table.name, format, bytes, rows: this.rows, sha256: hash, latestDate: this.latestDate });
    const files = [entry('csv', csv.bytes, csv.sha256), entry('json', json.bytes, json.sha256)];
    if (this.#xlsxRows) {
      const xlsx = tableXlsx(this.table, this.#xlsxRows.map((r) => (typeof r === 'string' ? (JSON.parse(r) as Row) : r)));
      writeFileSync(join(this.dir, `${this.table.name}.xlsx`), xlsx);
      files.splice(1, 0, entry('xlsx', xlsx.length, createHash('sha256').update(xlsx).digest('hex')));
    }
    return files;
  }
}

/** An OCDS release package, and optionally the same releases one per line, written as releases arrive. */
class OcdsFiles {
  readonly #json: OutFile;
  readonly #lines: OutFile | null;
  readonly #dir: string;
  #releases = 0;

  constructor(root: string, dir: string, header: Record<string, unknown>, lines: boolean) {
    mkdirSync(join(root, dir), { recursive: true });
    this.#dir = dir;
    this.#json = new OutFile(join(root, dir, 'ocds.json'));
    this.#json.write(`${JSON.stringify(header).slice(0, -1)},"releases":[`);
    this.#lines = lines ? new OutFile(join(root, dir, 'ocds.jsonl')) : null;
  }

  add(release: Record<string, unknown>): void {
    this.addText(JSON.stringify(release));
  }

  /** Adds a release already written as JSON. */
  addText(text: string): void {
    this.#json.write(`${this.#releases ? ',' : ''}\n${text}`);
    this.#lines?.write(`${text}\n`);
    this.#releases++;
  }

  close(): DownloadFile[] {
    this.#json.write('\n]}\n');
    const json = this.#json.close();
    const entry = (format: 'json' | 'jsonl', file: { bytes: number; sha256: string }): DownloadFile =>
      ({ path: `${this.#dir}/ocds.${format}`, table: 'ocds', format, bytes: file.bytes, rows: this.#releases, sha256: file.sha256, latestDate: null });
    return [entry('json', json), ...(this.#lines ? [entry('jsonl', this.#lines.close())] : [])];
  }
}

/** The files of one scope: a TableFiles per table, opened when its first row arrives, plus its vendors. */
class ScopeFiles {
  readonly #tables = new Map<string, TableFiles>();
  readonly #vendors = new VendorTotals();
  readonly scope: DownloadScope;
  readonly root: string;
  readonly provenance: { imported: string; sources: string[]; licence: Licence };
  readonly dir: string;

  constructor(scope: DownloadScope, root: string, provenance: { imported: string; sources: string[]; licence: Licence }) {
    this.scope = scope;
    this.root = root;
    this.provenance = provenance;
    this.dir = scopeDir(scope);
  }

  #files(table: ExportTable): TableFiles {
    let files = this.#tables.get(table.name);
    if (!files) {
      files = new TableFiles(table, join(this.root, this.dir), { table: table.name, ...this.provenance });
      this.#tables.set(table.name, files);
    }
    return files;
  }

  /** Adds one LAO's block of a table; `contracts` are its rows when the table is the contracts (for the vendors table). */
  addBlock(table: ExportTable, block: RowBlock, contracts: readonly ContractRow[] | null): void {
    if (!block.json.length) return;
    this.#files(table).addBlock(block);
    if (contracts) for (const row of contracts) this.#vendors.add(row);
  }

  add(table: ExportTable, rows: readonly Row[], lines?: readonly EncodedRow[]): void {
    if (!rows.length) return;
    const files = this.#files(table);
    rows.forEach((row, i) => files.add(row, lines?.[i]));
    if (table.name === 'contracts') for (const row of rows) this.#vendors.add(row as ContractRow);
  }

  /** Closes the files and writes the scope's datapackage.json beside them. */
  close(title: string): { scope: DownloadScope; dir: string; files: DownloadFile[] } {
    this.add(TABLES.find((t) => t.name === 'vendors')!, this.#vendors.rows());
    const files = TABLES.flatMap((t) => this.#tables.get(t.name)?.close(this.dir) ?? []);
    if (files.length) {
      const name = `prongsai-${this.dir.replace(/\//g, '-')}`;
      const descriptor = dataPackage({ name, title, description: PACKAGE_DESCRIPTION, ...this.provenance }, files);
      writeFileSync(join(this.root, this.dir, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
    }
    return { scope: this.scope, dir: this.dir, files };
  }
}

export interface DownloadOptions {
  imported: string;
  licence: Licence;
  /** The site's address, for the OCDS package URIs. */
  site?: string;
  /** Where the downloads are published when not beside the pages (PRONGSAI_DATA_URL); default `site`. */
  dataSite?: string;
  ocidPrefix?: string;
  publisher?: string;
  /**
   * Reuse each LAO's files from an earlier build when its data file (digests.json) and everything
   * else that goes into them are unchanged; `salt` is the digest of the code.
   */
  cache?: { store: BuildCache; salt: string };
  /**
   * A shard build: its LAOs' files and its provinces' (which need every LAO of the province), and the
   * whole dataset's only when `whole` (which needs every LAO's rows, so then every LAO is written and
   * the shard publishes its own).
   */
  shard?: Pick<ShardScope, 'provinces' | 'laoIds' | 'whole'>;
}

/** What one LAO adds to the downloads: its own scopes' files (written), and its rows for the larger scopes. */
interface LaoPart {
  scopes: DownloadIndex['scopes'];
  /** Each table's rows, encoded. */
  tables: Record<string, RowBlock>;
  /** Its OCDS releases as JSON, one per procurement project. */
  releases: string[];
}

interface LaoContext {
  provenance: { imported: string; sources: string[]; licence: Licence };
  ocds: OcdsContext;
  ocdsHeader: (dir: string) => Record<string, unknown>;
}

/** Writes the files of one LAO and of each of its years under `root`. */
function writeLaoScopes(data: LaoData, root: string, context: LaoContext): LaoPart {
  const part: LaoPart = { scopes: [], tables: {}, releases: [] };
  const lao = new ScopeFiles({ kind: 'lao', laoId: data.lao.id }, root, context.provenance);
  const years = new Map<number, ScopeFiles>();
  for (const table of TABLES) {
    const rows = table.rows ? table.rows(data) : [];
    if (!rows.length) continue;
    const names = columns(table).map((c) => c.name);
    const lines = rows.map((row) => encodeRow(names, row));
    part.tables[table.name] = { csv: lines.map((l) => l.csv).join(''), json: lines.map((l) => l.json), latestDate: rows.reduce(laterDate, null) };
    lao.add(table, rows, lines);
    const byYear = new Map<number, number[]>();
    rows.forEach((row, i) => {
      if (typeof row.fiscal_year !== 'number') return;
      const list = byYear.get(row.fiscal_year);
      if (list) list.push(i);
      else byYear.set(row.fiscal_year, [i]);
    });
    for (const [fy, indexes] of byYear) {
      let year = years.get(fy);
      if (!year) years.set(fy, (year = new ScopeFiles({ kind: 'lao-year', laoId: data.lao.id, fiscalYear: fy }, root, context.provenance)));
      year.add(table, indexes.map((i) => rows[i]!), indexes.map((i) => lines[i]!));
    }
  }
  part.scopes.push(lao.close(data.lao.name));
  for (const fy of [...years.keys()].sort()) {
    const year = years.get(fy)!.close(`${data.lao.name}, fiscal year ${fy}`);
    const procurements = data.procurements.filter((p) => p.fiscalYear === fy);
    if (procurements.length) {
      const files = new OcdsFiles(root, year.dir, context.ocdsHeader(year.dir), false);
      for (const p of procurements) {
        const release = ocdsRelease(data, p, context.ocds);
        files.add(release);
        part.releases.push(JSON.stringify(release));
      }
      year.files.push(...files.close());
    }
    part.scopes.push(year);
  }
  return part;
}

/** Adds one LAO's rows to the larger scopes (province, whole dataset). */
function addToLargerScopes(part: LaoPart, scopes: readonly ScopeFiles[], allOcds: OcdsFiles | null): void {
  for (const table of TABLES) {
    const block = part.tables[table.name];
    if (!block) continue;
    const contracts = table.name === 'contracts' ? block.json.map((json) => JSON.parse(json) as ContractRow) : null;
    for (const scope of scopes) scope.addBlock(table, block, contracts);
  }
  if (allOcds) for (const release of part.releases) allOcds.addText(release);
}

/** Writes every download into `outDir` (emptied first) and returns their index, also written as index.json. */
export function writeDownloads(generated: string, outDir: string, options: DownloadOptions): DownloadIndex {
  const provenance = { imported: options.imported, licence: options.licence };
  const site = (options.site ?? 'https://prongsai.invalid/').replace(/\/?$/, '/');
  const dataSite = options.dataSite?.replace(/\/?$/, '/') ?? site;
  const ocds: OcdsContext = { ocidPrefix: options.ocidPrefix ?? 'ocds-prongsai', date: options.imported };
  const ocdsHeader = (dir: string) => ocdsPackageHeader(`${dataSite}download/${dir}/ocds.json`, {
    ...ocds, publisher: options.publisher ?? 'Prongsai', licence: options.licence.url, policy: `${site}about/`,
  });
  rmSync(outDir, { recursive: true, force: true });
  const meta = JSON.parse(readFileSync(join(generated, 'meta.json'), 'utf8')) as { files: string[] };
  const context = { ...provenance, sources: meta.files };
  const laoContext: LaoContext = { provenance: context, ocds, ocdsHeader };
  const shard = options.shard;
  const laos = (JSON.parse(readFileSync(join(generated, 'laos.json'), 'utf8')) as unknown[]).map((raw) => LaoSummarySchema.parse(raw))
    .filter((lao) => !shard || shard.whole || shard.provinces.has(lao.province) || shard.laoIds.has(lao.id)).sort(byProvinceThenId);
  const writesProvince = (province: string) => !shard || shard.whole || shard.provinces.has(province);
  const cache = options.cache;
  const digests = cache ? GeneratedDigestsSchema.parse(JSON.parse(readFileSync(join(generated, 'digests.json'), 'utf8'))) : null;
  const readLao = (id: string) => LaoDataSchema.parse(JSON.parse(readFileSync(join(generated, 'lao', `${id}.json`), 'utf8')));

  /** One LAO's part: made and written into outDir, or, with a cache, found or made there and linked in. */
  const laoPart = (id: string): LaoPart => {
    if (!cache) return writeLaoScopes(readLao(id), outDir, laoContext);
    const key = digestOf('downloads-lao', cache.salt, digests!.laos[id] ?? null, context, site, dataSite, ocds, options.publisher ?? null);
    const entry = cache.store.lookup(key) ?? cache.store.store(key, (dir) => {
      const part = writeLaoScopes(readLao(id), join(dir, 'files'), laoContext);
      writeFileSync(join(dir, 'part.json'), JSON.stringify(part));
    });
    for (const file of filesUnder(join(entry, 'files'))) linkOrCopy(join(entry, 'files', file), join(outDir, file));
    return JSON.parse(readFileSync(join(entry, 'part.json'), 'utf8')) as LaoPart;
  };

  const scopes: DownloadIndex['scopes'] = [];
  const wholeDataset = !shard || shard.whole;
  const all = wholeDataset ? new ScopeFiles({ kind: 'all' }, outDir, context) : null;
  const allOcds = wholeDataset ? new OcdsFiles(outDir, 'all', ocdsHeader('all'), true) : null;
  let province: ScopeFiles | null = null;
  for (const summary of laos) {
    if (province?.scope.kind === 'province' && province.scope.province !== summary.province) {
      scopes.push(province.close(`${province.scope.province}: LAOs of the province`));
      province = null;
    }
    if (writesProvince(summary.province)) province ??= new ScopeFiles({ kind: 'province', province: summary.province }, outDir, context);
    const part = laoPart(summary.id);
    addToLargerScopes(part, [all, province].filter((s) => s !== null), allOcds);
    scopes.push(...part.scopes);
  }
  if (province?.scope.kind === 'province') scopes.push(province.close(`${province.scope.province}: LAOs of the province`));
  if (all && allOcds) {
    const whole = all.close('Prongsai: plans, budgets and procurement of Thai local government');
    whole.files.push(...allOcds.close());
    scopes.push(whole);
  }
  const index: DownloadIndex = { imported: options.imported, sources: meta.files, licence: options.licence, scopes };
  mkdirSync(dirname(join(outDir, 'index.json')), { recursive: true });
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));
  return index;
}
