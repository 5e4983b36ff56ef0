// Bulk downloads written from an import: every file in the index exists with the size and hash it
// claims, rows reconcile across scopes, Thai survives the way a spreadsheet decodes CSV, text that
// looks like a formula is neutralised, and the same input gives the same bytes.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEFAULT_LICENCE } from '../../src/lib/export/provenance.ts';
import type { DownloadIndex } from '../../src/lib/schema/downloads.ts';
import { filesUnder, formulaProcurementFolder, importAndExport } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('bulk downloads of the sample', () => {
  let out: string;
  let index: DownloadIndex;
  beforeAll(async () => {
    ({ out, index } = await importAndExport(join(ROOT, 'data/sample')));
  }, 120_000);

  it('has every file the index lists, with its size and SHA-256, and no other', () => {
    const listed = index.scopes.flatMap((s) => s.files);
    for (const file of listed) {
      const bytes = readFileSync(join(out, file.path));
      expect(bytes.length, file.path).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
    }
    const written = [...filesUnder(out).keys()].filter((p) => p !== 'index.json' && !p.endsWith('/datapackage.json'));
    expect(written.sort()).toEqual(listed.map((f) => f.path).sort());
  });

  it('offers the whole dataset, each province, each LAO and each LAO-year, in three formats', () => {
    const kinds = new Set(index.scopes.map((s) => s.scope.kind));
    expect(kinds).toEqual(new Set(['all', 'province', 'lao', 'lao-year']));
    const all = index.scopes.find((s) => s.scope.kind === 'all')!;
    expect(new Set(all.files.map((f) => f.table))).toEqual(new Set(['plan_projects', 'plan_indicators', 'budget_lines', 'revenue', 'procurement_projects', 'contracts', 'flags', 'vendors', 'ocds']));
    expect(all.files.filter((f) => f.table === 'ocds').map((f) => f.path)).toEqual(['all/ocds.json', 'all/ocds.jsonl']);
    for (const table of new Set(all.files.map((f) => f.table).filter((t) => t !== 'ocds'))) {
      expect(all.files.filter((f) => f.table === table).map((f) => f.format), table).toEqual(['csv', 'xlsx', 'json']);
    }
    expect(index.licence).toEqual(DEFAULT_LICENCE);
    expect(index.imported).toBe('2026-11-24');
    expect(index.sources.length).toBeGreaterThan(5);
  });

  it('reconciles: the whole = the provinces = the LAOs = the LAO-years, table by table', () => {
    const rows = (kind: string, table: string) =>
      index.scopes.filter((s) => s.scope.kind === kind).flatMap((s) => s.files.filter((f) => f.table === table && f.format === 'csv')).reduce((n, f) => n + f.rows, 0);
    for (const table of ['plan_projects', 'budget_lines', 'revenue', 'procurement_projects', 'contracts']) {
      const whole = rows('all', table);
      expect(whole, table).toBeGreaterThan(0);
      expect(rows('province', table), table).toBe(whole);
      expect(rows('lao', table), table).toBe(whole);
    }
    // Every row of a year-bound table has a year, so the LAO-years add up too.
    for (const table of ['budget_lines', 'revenue', 'procurement_projects', 'contracts']) expect(rows('lao-year', table), table).toBe(rows('all', table));
  });

  it('CSV: a spreadsheet that honours the BOM reads Thai as UTF-8; the JSON carries provenance', () => {
    const bytes = readFileSync(join(out, 'all/procurement_projects.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // As a spreadsheet does: the byte order mark says UTF-8, the rest is decoded as such.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.some((r) => /[ก-๙]/.test(r.name ?? ''))).toBe(true);
    expect(rows.length).toBe(index.scopes.at(-1)!.files.find((f) => f.path === 'all/procurement_projects.csv')!.rows);
    const json = JSON.parse(readFileSync(join(out, 'all/procurement_projects.json'), 'utf8')) as { table: string; licence: unknown; sources: string[]; imported: string; rows: unknown[] };
    expect(json).toMatchObject({ table: 'procurement_projects', licence: DEFAULT_LICENCE, imported: '2026-11-24' });
    expect(json.rows.length).toBe(rows.length);
  });

  it('is deterministic: the same import gives byte-identical downloads', async () => {
    const again = await importAndExport(join(ROOT, 'data/sample'));
    const a = filesUnder(out);
    const b = filesUnder(again.out);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  }, 120_000);
});

describe('formula injection', () => {
  it('neutralises text a spreadsheet would run, in CSV and XLSX, and keeps numbers numbers', async () => {
    const { out } = await importAndExport(formulaProcurementFolder());
    const csv = readFileSync(join(out, 'all/procurement_projects.csv'), 'utf8');
    const names = (parse(csv.slice(1), { columns: true }) as Record<string, string>[]).map((r) => r.name);
    expect(names.sort()).toEqual(["'+66 ซ่อมถนน", '\'=HYPERLINK("http://evil.example","คลิก")']);
    const contracts = parse(readFileSync(join(out, 'all/contracts.csv'), 'utf8').slice(1), { columns: true }) as Record<string, string>[];
    expect(contracts.map((c) => c.vendor_name).sort()).toEqual(["'-บริษัท ทดสอบ จำกัด", "'@SUM(1+1)"]);
    // Numbers stay numbers.
    expect((parse(csv.slice(1), { columns: true }) as Record<string, string>[]).map((r) => r.budget)).toEqual(['1500.5', '1500.5']);
    const book = XLSX.read(readFileSync(join(out, 'all/procurement_projects.xlsx')), { cellFormula: true, cellStyles: true });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const cells = Object.entries(sheet).filter(([ref]) => !ref.startsWith('!')).map(([, c]) => c as XLSX.CellObject);
    expect(cells.some((c) => c.f)).toBe(false);
    // In XLSX the text is kept as it is (quote-prefixed style), so it reads back unchanged.
    expect(cells.map((c) => c.v)).toContain('=HYPERLINK("http://evil.example","คลิก")');
    expect(cells.map((c) => c.v)).toContain(1500.5);
    expect(statSync(join(out, 'all/procurement_projects.xlsx')).size).toBeGreaterThan(0);
  }, 60_000);
});
