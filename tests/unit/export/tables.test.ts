import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { columns, TABLES, tableCsv, tableJson, tableXlsx, type ExportTable } from '../../../src/lib/export/catalog.ts';
import { contractRows, vendorRows } from '../../../src/lib/export/tables.ts';
import { importToDisk } from '../../../src/pipeline/import-to-disk.ts';
import { LaoDataSchema, type LaoData } from '../../../src/lib/schema/site.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const PROVENANCE = { title: 'test', sources: ['a.csv'], imported: '2026-11-24', licence: { name: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } };

let laos: LaoData[];
beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'prongsai-export-')), 'g');
  await importToDisk({ dataDir: join(ROOT, 'data/sample'), outDir: out, strict: true, projectRoot: ROOT, log: () => {} });
  laos = readdirSync(join(out, 'lao')).sort().map((f) => LaoDataSchema.parse(JSON.parse(readFileSync(join(out, 'lao', f), 'utf8'))));
}, 60_000);

function rowsOf(table: ExportTable): Record<string, string | number | null>[] {
  return table.rows ? laos.flatMap(table.rows) : vendorRows(laos.flatMap(contractRows));
}

describe('export tables', () => {
  it('say what every column means, in Thai and English, and of what type', () => {
    expect(columns(TABLES[0]!).find((c) => c.name === 'fiscal_year')).toMatchObject({ type: 'integer', nullable: true });
    expect(columns(TABLES[0]!).find((c) => c.name === 'planned_amount')).toMatchObject({ type: 'number', nullable: true });
    expect(columns(TABLES.find((t) => t.name === 'contracts')!).find((c) => c.name === 'signed_date')).toMatchObject({ type: 'date' });
    for (const table of TABLES) {
      for (const { name, info } of columns(table)) {
        expect(name, table.name).toMatch(/^[a-z][a-z0-9_]*$/);
        for (const text of [info.th, info.en, info.about.th, info.about.en]) expect(text.trim(), `${table.name}.${name}`).not.toBe('');
      }
    }
  });

  it('produce rows that match their schemas, for every table of the sample', () => {
    for (const table of TABLES) {
      const rows = rowsOf(table);
      expect(rows.length, table.name).toBeGreaterThan(0);
      for (const row of rows) expect(() => table.schema.strict().parse(row), `${table.name}: ${JSON.stringify(row)}`).not.toThrow();
    }
  });

  it('keep every record: rows reconcile with the records they come from', () => {
    const procurements = laos.flatMap((d) => d.procurements);
    const byName = Object.fromEntries(TABLES.map((t) => [t.name, rowsOf(t)]));
    expect(byName.procurement_projects!.length).toBe(procurements.length);
    expect(byName.contracts!.length).toBe(procurements.flatMap((p) => p.contracts).length);
    expect(byName.budget_lines!.length).toBe(laos.flatMap((d) => d.expenseLines).length);
    expect(byName.revenue!.length).toBe(laos.flatMap((d) => d.revenueLines).length);
    expect(new Set(byName.plan_projects!.map((r) => r.plan_project_id)).size).toBe(laos.flatMap((d) => d.planProjects).length);
    // Vendor totals are sums of contract values, so the two tables agree.
    const sum = (rows: Record<string, string | number | null>[], key: string) => Math.round(rows.reduce((s, r) => s + Number(r[key] ?? 0), 0) * 100);
    const withVendor = byName.contracts!.filter((r) => r.vendor_id);
    expect(sum(byName.vendors!, 'contract_value')).toBe(sum(withVendor, 'value'));
  });

  it('round-trip through CSV: parsed back with the schema, the rows are the same', () => {
    for (const table of TABLES) {
      const rows = rowsOf(table);
      const text = tableCsv(table, rows);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const parsed = parse(text.slice(1), { columns: true }) as Record<string, string>[];
      const types = Object.fromEntries(columns(table).map((c) => [c.name, c.type]));
      const back = parsed.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => {
        if (v === '') return [k, null];
        return [k, types[k] === 'number' || types[k] === 'integer' ? Number(v) : v.replace(/^'(?=[=+\-@\t\r])/, '')];
      })));
      expect(back, table.name).toEqual(rows.map((r) => Object.fromEntries(columns(table).map((c) => [c.name, r[c.name] ?? null]))));
    }
  });

  it('write XLSX a spreadsheet reads back, and JSON with provenance', () => {
    const table = TABLES.find((t) => t.name === 'procurement_projects')!;
    const rows = rowsOf(table);
    const book = XLSX.read(tableXlsx(table, rows), { type: 'array' });
    const sheet = XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]!]!, { header: 1, defval: null }) as unknown[][];
    expect(sheet[0]).toEqual(columns(table).map((c) => c.name));
    expect(sheet.length).toBe(rows.length + 1);
    const json = JSON.parse(tableJson(table, rows, PROVENANCE)) as { table: string; licence: unknown; rows: unknown[] };
    expect(json.table).toBe('procurement_projects');
    expect(json.licence).toEqual(PROVENANCE.licence);
    expect(json.rows).toEqual(rows);
  });
});
