// Downloads read back by Prongsai's own import: every table of a dataset, exported as CSV and
// imported again, gives the same records, with the same ids and links; only the source file and row
// (now the download's) differ.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetLineRows, contractRows, planIndicatorRows, planProjectRows, procurementRows, revenueLineRows } from '../../src/lib/export/tables.ts';
import { LaoDataSchema, type LaoData } from '../../src/lib/schema/site.ts';
import { importToDisk } from '../../src/pipeline/import-to-disk.ts';
import { columns, TABLES as EXPORT_TABLES } from '../../src/lib/export/catalog.ts';
import { detectFormat } from '../../src/lib/formats/registry.ts';
import { dataFolder, exportDownloads, formulaProcurementFolder, importFolder as importInMemory, REAL } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

async function importFolder(dataDir: string): Promise<{ generated: string; laos: LaoData[]; rowsRejected: number }> {
  const generated = join(mkdtempSync(join(tmpdir(), 'prongsai-rt-')), 'g');
  const { result } = await importToDisk({ dataDir, outDir: generated, strict: false, projectRoot: ROOT, log: () => {} });
  const laos = readdirSync(join(generated, 'lao')).sort().map((f) => LaoDataSchema.parse(JSON.parse(readFileSync(join(generated, 'lao', f), 'utf8'))));
  return { generated, laos, rowsRejected: result.report.totals.rowsRejected };
}

const TABLES: Record<string, (data: LaoData) => Record<string, unknown>[]> = {
  plan_projects: planProjectRows, plan_indicators: planIndicatorRows, budget_lines: budgetLineRows,
  revenue: revenueLineRows, procurement_projects: procurementRows, contracts: contractRows,
};

/** A row without its source position, which a re-import replaces with the download's. */
function comparable(row: Record<string, unknown>): string {
  const { source_file: _f, source_row: _s, ...rest } = row;
  return JSON.stringify(rest);
}

async function roundTrip(dataDir: string, minimum: Record<string, number>): Promise<void> {
  const first = await importFolder(dataDir);
  const { out } = exportDownloads(first.generated);
  const again = mkdtempSync(join(tmpdir(), 'prongsai-rt-data-'));
  for (const table of Object.keys(TABLES)) {
    // A table with no rows has no file.
    if (existsSync(join(out, 'all', `${table}.csv`))) copyFileSync(join(out, 'all', `${table}.csv`), join(again, `${table}.csv`));
  }
  const second = await importFolder(again);
  expect(second.rowsRejected).toBe(0);
  expect(second.laos.map((d) => d.lao.id)).toEqual(first.laos.filter((d) => Object.values(TABLES).some((rows) => rows(d).length)).map((d) => d.lao.id));
  for (const [table, rows] of Object.entries(TABLES)) {
    const before = first.laos.flatMap((d) => rows(d)).map(comparable).sort();
    const after = second.laos.flatMap((d) => rows(d)).map(comparable).sort();
    expect(before.length, table).toBeGreaterThanOrEqual(minimum[table] ?? 0);
    expect(after, table).toEqual(before);
  }
}

describe('round trip: downloads imported again', () => {
  it('gives back every table of the sample, ids and links included', async () => {
    await roundTrip(join(ROOT, 'data/sample'), { plan_projects: 100, plan_indicators: 10, budget_lines: 100, revenue: 100, procurement_projects: 100, contracts: 100 });
  }, 120_000);

  it.skipIf(!existsSync(REAL))('gives back every table of the real files in ../shared/real', async () => {
    await roundTrip(REAL, { budget_lines: 800, revenue: 100, procurement_projects: 5000, contracts: 5000 });
  }, 300_000);
});

describe('reading downloads back', () => {
  it('keeps text that looks like a formula as it was, once its guarding apostrophe is dropped', async () => {
    const first = await importFolder(formulaProcurementFolder());
    const { out } = exportDownloads(first.generated);
    const second = await importFolder(dataFolder({
      'procurement_projects.csv': { copy: join(out, 'all/procurement_projects.csv') },
      'contracts.csv': { copy: join(out, 'all/contracts.csv') },
    }));
    const names = (laos: LaoData[]) => laos.flatMap((d) => d.procurements.flatMap((p) => [p.name, ...p.contracts.map((c) => c.vendorName)])).sort();
    expect(names(second.laos)).toEqual(names(first.laos));
    expect(names(second.laos)).toContain('=HYPERLINK("http://evil.example","คลิก")');
  }, 60_000);

  const PROJECTS = 'procurement_id,lao_id,lao_name,province,fiscal_year,name,method,agreed_price\n';
  const CONTRACTS = 'procurement_id,lao_id,lao_name,province,contract_number,vendor_name,value\n';

  it('reports a contract whose project is not there, and counts its row and money as rejected', async () => {
    const dir = dataFolder({
      'procurement_projects.csv': `${PROJECTS}66109672831,3610101,เทศบาลนครสะแกกรัง,อุทัยธานี,2567,ซ่อมถนน,specific,1000\n`,
      'contracts.csv': `${CONTRACTS}66109672831,3610101,เทศบาลนครสะแกกรัง,อุทัยธานี,1/2567,ร้านหนึ่ง,1000\n66100000000,3610101,เทศบาลนครสะแกกรัง,อุทัยธานี,2/2567,ร้านสอง,250\n`,
    });
    const { result, laos } = await importInMemory(dir);
    expect(laos[0]!.procurements.map((p) => p.contracts.map((c) => c.number))).toEqual([['1/2567']]);
    expect(result.report.issues.map((i) => [i.code, i.file, i.row, i.column])).toEqual([['ContractWithoutProject', 'contracts.csv', 3, 'procurement_id']]);
    const contracts = result.report.files.find((f) => f.path === 'contracts.csv')!;
    expect([contracts.rowsRead, contracts.rowsImported, contracts.rowsRejected]).toEqual([2, 1, 1]);
    expect(contracts.money).toEqual([{ column: 'value', read: 1250, imported: 1000 }]);
  });

  it('joins the yearly rows of a plan project into one project, and reports years that disagree', async () => {
    const header = 'plan_project_id,lao_id,lao_name,province,plan_period,fiscal_year,name,planned_amount\n';
    const dir = dataFolder({
      'plan_projects.csv': `${header}3610101-pp-aaaa,3610101,เทศบาลนครสะแกกรัง,อุทัยธานี,2566-2570,2566,ถนน คสล.,100000\n`
        + `3610101-pp-aaaa,3610101,เทศบาลนครสะแกกรัง,อุทัยธานี,2566-2570,2567,ถนน คสล.,200000\n`
        + `3610101-pp-aaaa,3610101,เทศบาลนครสะแกกรัง,อุทัยธานี,2566-2570,2567,ถนน คสล.,250000\n`,
    });
    const { result, laos } = await importInMemory(dir);
    expect(laos[0]!.planProjects.map((p) => [p.id, p.plannedByYear])).toEqual([['3610101-pp-aaaa', { 2566: 100000, 2567: 200000 }]]);
    expect(result.report.issues.map((i) => [i.code, i.row, i.column])).toEqual([['ProjectFieldsDisagree', 4, 'planned_amount']]);
  });

  it('recognises each download by its header, not as an organisations file', () => {
    const expected = {
      plan_projects: 'prongsai-plan-projects', plan_indicators: 'prongsai-plan-indicators', budget_lines: 'prongsai-budget-lines',
      revenue: 'revenue', procurement_projects: 'prongsai-procurement', contracts: 'prongsai-contracts',
    };
    for (const [table, id] of Object.entries(expected)) {
      const header = columns(EXPORT_TABLES.find((t) => t.name === table)!).map((c) => c.name);
      expect(detectFormat([header])?.adapter.spec.id, table).toBe(id);
    }
  });
});
