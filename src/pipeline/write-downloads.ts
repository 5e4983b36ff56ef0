// Writes the bulk downloads from the import's output: every table (export/catalog.ts) as CSV, XLSX
// and JSON for the whole dataset, each province, each LAO and each LAO-year, and an index of them
// (size, rows, SHA-256, latest date) that the downloads page reads. LAOs are read one at a time and
// rows are streamed into the larger scopes' files, so memory does not grow with the dataset.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { columns, TABLES, tableXlsx, XLSX_MAX_ROWS, type ExportTable, type Format } from '../lib/export/catalog.ts';
import { dataPackage } from '../lib/export/datapackage.ts';
import { ocdsPackageHeader, ocdsRelease, type OcdsContext } from '../lib/export/ocds.ts';
import type { Licence } from '../lib/export/provenance.ts';
import { VendorTotals, type ContractRow } from '../lib/export/tables.ts';
import { byProvinceThenId, provinceSlug } from '../lib/geo/provinces.ts';
import { CSV_BOM, csvLine } from '../lib/io/csv-write.ts';
import type { DownloadFile, DownloadIndex, DownloadScope } from '../lib/schema/downloads.ts';
import { LaoDataSchema, LaoSummarySchema } from '../lib/schema/site.ts';

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

/** A file written in pieces of about 64 KB, hashed as it goes. */
class OutFile {
  readonly #fd: number;
  readonly #hash: Hash = createHash('sha256');
  #pending: string[] = [];
  #pendingLength = 0;
  #bytes = 0;

  constructor(path: string) {
    this.#fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.#pending.push(text);
    this.#pendingLength += text.length;
    if (this.#pendingLength > 65_536) this.#flush();
  }

  #flush(): void {
    const bytes = Buffer.from(this.#pending.join(''), 'utf8');
    writeSync(this.#fd, bytes);
    this.#hash.update(bytes);
    this.#bytes += bytes.length;
    this.#pending = [];
    this.#pendingLength = 0;
  }

  close(): { bytes: number; sha256: string } {
    this.#flush();
    closeSync(this.#fd);
    return { bytes: this.#bytes, sha256: this.#hash.digest('hex') };
  }
}

/** One table's files in one scope, written as rows arrive. */
class TableFiles {
  readonly #names: string[];
  readonly #csv: OutFile;
  readonly #json: OutFile;
  #xlsxRows: Row[] | null = [];
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

  add(row: Row): void {
    this.#csv.write(csvLine(this.#names.map((n) => row[n] ?? null)));
    this.#json.write(`${this.rows ? ',' : ''}\n${JSON.stringify(Object.fromEntries(this.#names.map((n) => [n, row[n] ?? null])))}`);
    this.rows++;
    for (const key of ['announced_date', 'signed_date']) {
      const date = row[key];
      if (typeof date === 'string' && (!this.latestDate || date > this.latestDate)) this.latestDate = date;
    }
    if (this.#xlsxRows && this.#xlsxRows.push(row) > XLSX_ROWS_IN_MEMORY) this.#xlsxRows = null;
  }

  close(relativeDir: string): DownloadFile[] {
    this.#json.write('\n]}\n');
    const csv = this.#csv.close();
    const json = this.#json.close();
    const entry = (format: Format, bytes: number, hash: string): DownloadFile =>
      ({ path: `${relativeDir}/${this.table.name}.${format}`, table: this.table.name, format, bytes, rows: this.rows, sha256: hash, latestDate: this.latestDate });
    const files = [entry('csv', csv.bytes, csv.sha256), entry('json', json.bytes, json.sha256)];
    if (this.#xlsxRows) {
      const xlsx = tableXlsx(this.table, this.#xlsxRows);
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
    const text = JSON.stringify(release);
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

  add(table: ExportTable, rows: readonly Row[]): void {
    if (!rows.length) return;
    const files = this.#files(table);
    for (const row of rows) files.add(row);
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
  ocidPrefix?: string;
  publisher?: string;
}

/** Writes every download into `outDir` (emptied first) and returns their index, also written as index.json. */
export function writeDownloads(generated: string, outDir: string, options: DownloadOptions): DownloadIndex {
  const provenance = { imported: options.imported, licence: options.licence };
  const site = (options.site ?? 'https://prongsai.invalid/').replace(/\/?$/, '/');
  const ocds: OcdsContext = { ocidPrefix: options.ocidPrefix ?? 'ocds-prongsai', date: options.imported };
  const ocdsHeader = (dir: string) => ocdsPackageHeader(`${site}download/${dir}/ocds.json`, {
    ...ocds, publisher: options.publisher ?? 'Prongsai', licence: options.licence.url, policy: `${site}about/`,
  });
  rmSync(outDir, { recursive: true, force: true });
  const meta = JSON.parse(readFileSync(join(generated, 'meta.json'), 'utf8')) as { files: string[] };
  const context = { ...provenance, sources: meta.files };
  const laos = (JSON.parse(readFileSync(join(generated, 'laos.json'), 'utf8')) as unknown[]).map((raw) => LaoSummarySchema.parse(raw)).sort(byProvinceThenId);

  const scopes: DownloadIndex['scopes'] = [];
  const all = new ScopeFiles({ kind: 'all' }, outDir, context);
  const allOcds = new OcdsFiles(outDir, 'all', ocdsHeader('all'), true);
  let province: ScopeFiles | null = null;
  for (const summary of laos) {
    if (province?.scope.kind === 'province' && province.scope.province !== summary.province) {
      scopes.push(province.close(`${province.scope.province}: LAOs of the province`));
      province = null;
    }
    province ??= new ScopeFiles({ kind: 'province', province: summary.province }, outDir, context);
    const data = LaoDataSchema.parse(JSON.parse(readFileSync(join(generated, 'lao', `${summary.id}.json`), 'utf8')));
    const lao = new ScopeFiles({ kind: 'lao', laoId: data.lao.id }, outDir, context);
    const years = new Map<number, ScopeFiles>();
    for (const table of TABLES) {
      const rows = table.rows ? table.rows(data) : [];
      for (const scope of [all, province, lao]) scope.add(table, rows);
      const byYear = new Map<number, Row[]>();
      for (const row of rows) {
        if (typeof row.fiscal_year !== 'number') continue;
        const list = byYear.get(row.fiscal_year);
        if (list) list.push(row);
        else byYear.set(row.fiscal_year, [row]);
      }
      for (const [fy, yearRows] of byYear) {
        let year = years.get(fy);
        if (!year) years.set(fy, (year = new ScopeFiles({ kind: 'lao-year', laoId: data.lao.id, fiscalYear: fy }, outDir, context)));
        year.add(table, yearRows);
      }
    }
    scopes.push(lao.close(data.lao.name));
    for (const fy of [...years.keys()].sort()) {
      const year = years.get(fy)!.close(`${data.lao.name}, fiscal year ${fy}`);
      const procurements = data.procurements.filter((p) => p.fiscalYear === fy);
      if (procurements.length) {
        const files = new OcdsFiles(outDir, year.dir, ocdsHeader(year.dir), false);
        for (const p of procurements) {
          const release = ocdsRelease(data, p, ocds);
          files.add(release);
          allOcds.add(release);
        }
        year.files.push(...files.close());
      }
      scopes.push(year);
    }
  }
  if (province?.scope.kind === 'province') scopes.push(province.close(`${province.scope.province}: LAOs of the province`));
  const whole = all.close('Prongsai: plans, budgets and procurement of Thai local government');
  whole.files.push(...allOcds.close());
  scopes.push(whole);
  const index: DownloadIndex = { imported: options.imported, sources: meta.files, licence: options.licence, scopes };
  mkdirSync(dirname(join(outDir, 'index.json')), { recursive: true });
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));
  return index;
}
