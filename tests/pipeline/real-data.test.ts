import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sumBaht } from '../../src/lib/parse/amount.ts';
import { describe, expect, it } from 'vitest';
import { encodeWindows874 } from '../../src/lib/parse/encoding.ts';
import { parseLaoType } from '../../src/lib/parse/lao-name.ts';
import { dataFolder, importFolder, REAL } from './helpers.ts';
import type { Scope } from '../../src/lib/config/scope.ts';
import { checkVerdict, explainText } from '../../src/lib/issues/explain.ts';
import type { LaoData } from '../../src/lib/schema/site.ts';
import { checkDataFolder } from '../../src/pipeline/check-data.ts';
import { runImport } from '../../src/pipeline/import.ts';

const CONTRACTS = join(REAL, 'egp-contract-2568-phangnga-lamphun.csv');
const BUYERS = join(REAL, 'egp-buyers-phangnga-lamphun.csv');
const hasReal = existsSync(CONTRACTS);
if (!hasReal) console.warn('skipping real-data tests: ../shared/real is not present beside the project');

function csvRows(path: string): string[][] {
  // Small, trusted files only: a naive split is enough to read the expectations.
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
}

describe.skipIf(!hasReal)('real e-GP contracts of 110 LAOs (../shared/real)', async () => {
  if (!hasReal) return;
  const { result, laos } = await importFolder(dataFolder({ 'contracts.csv': { copy: CONTRACTS } }));
  const file = result.report.files[0]!;

  it('reads all 18,329 rows and accounts for every one', () => {
    expect(file.format).toBe('egp-contract');
    expect(file.encoding).toBe('utf-8-bom');
    expect(file.rowsRead).toBe(18329);
    expect(file.rowsImported + file.rowsRejected).toBe(18329);
    expect(file.rowsRejected).toBe(0);
    const contracts = laos.flatMap((l) => l.procurements.flatMap((p) => p.contracts));
    const withoutContract = laos.flatMap((l) => l.procurements.filter((p) => p.contracts.length === 0));
    expect(contracts.length + withoutContract.length).toBe(18329);
  });

  it('recognises the 110 buyers as LAOs of the right type', () => {
    const expected = new Map(csvRows(BUYERS).slice(1).map((r) => [r[1]!, parseLaoType(r[2]!)]));
    expect(laos).toHaveLength(110);
    for (const lao of laos) expect(lao.lao.type, lao.lao.name).toBe(expected.get(lao.lao.name));
  });

  it('puts every winner tax id in the tax-id field (no column shift)', () => {
    const contracts = laos.flatMap((l) => l.procurements.flatMap((p) => p.contracts));
    const withId = contracts.filter((c) => c.taxIdRaw !== null);
    expect(withId).toHaveLength(8366);
    for (const c of withId) expect(c.taxIdRaw).toMatch(/^\d{13}$/);
    expect(withId.every((c) => c.taxId === c.taxIdRaw)).toBe(true);
  });

  it('lists every contract with a vendor once on that vendor\'s page, and the totals agree', () => {
    const withVendor = laos.flatMap((l) => l.procurements.flatMap((p) => p.contracts)).filter((c) => c.vendorId);
    expect(result.vendorContracts.reduce((n, v) => n + v.contracts.length, 0)).toBe(withVendor.length);
    const totals = new Map(result.vendors.map((v) => [v.id, v]));
    for (const list of result.vendorContracts) {
      expect(sumBaht(list.contracts.map((c) => c.value)), list.vendorId).toBe(totals.get(list.vendorId)!.contractValue);
    }
  });

  it('groups contract rows into projects, never summing project money per row', () => {
    const projects = laos.flatMap((l) => l.procurements);
    expect(projects).toHaveLength(18252);
    const multi = projects.find((p) => p.id === '67079179061')!;
    expect(multi.contracts).toHaveLength(2);
    expect(multi.agreedPrice).toBe(1359800);
    expect(multi.contracts.every((c) => c.value === null)).toBe(true);
  });

  it('gives identical content from the Windows-874 re-save with the 26-name header', async () => {
    // Windows-874 has no byte for two characters in the file; a Thai Excel re-save writes '?'.
    const text = readFileSync(CONTRACTS, 'utf8').replace(/^\uFEFF/, '').replace(/[Ø½]/g, '?');
    const [header, ...rest] = text.split('\r\n');
    const header26 = header!.split(',').filter((h) => h !== 'เขต/อำเภอ' && h !== 'แขวง/ตำบล').join(',');
    const utf8 = await importFolder(dataFolder({ 'a.csv': '\uFEFF' + text }));
    const legacy = await importFolder(dataFolder({ 'a.csv': encodeWindows874([header26, ...rest].join('\r\n')) }));
    expect(legacy.result.report.files[0]).toMatchObject({ encoding: 'windows-874', rowsRead: 18329, rowsRejected: 0 });
    expect(JSON.stringify(legacy.laos)).toBe(JSON.stringify(utf8.laos));
  });
});

describe.skipIf(!hasReal)('real อบจ. budgets (../shared/real/pao-budget-*)', async () => {
  if (!hasReal) return;
  const names = ['pao-budget-expense-2565-2566-10pao.csv', 'pao-budget-revenue-2565-2566-10pao.csv', 'pao-budget-totals-2565-2566-10pao.csv'];
  const { result, laos } = await importFolder(dataFolder(Object.fromEntries(names.map((n) => [n, { copy: join(REAL, n) }]))));

  it('every อบจ.-year expense total equals the published total (18 of 18)', () => {
    const totals = csvRows(join(REAL, names[2]!)).slice(1);
    expect(totals).toHaveLength(18);
    for (const [year, name, , total] of totals) {
      const lao = laos.find((l) => l.lao.name === name)!;
      expect(lao.years[year!]!.expenseTotal, `${name} ${year}`).toBe(Number(total));
      expect(lao.years[year!]!.publishedExpenseTotal).toBe(Number(total));
    }
    expect(result.report.issues.filter((i) => i.code === 'BudgetTotalMismatch')).toEqual([]);
  });

  it('revenue totals match their rows', () => {
    const revenue = result.report.files.find((f) => f.path === names[1])!;
    const sumOfYears = laos.reduce((s, l) => s + Object.values(l.years).reduce((t, y) => t + (y.revenueTotal ?? 0), 0), 0);
    expect(revenue.rowsImported).toBe(130);
    expect(sumOfYears).toBe(revenue.money[0]!.imported);
    expect(laos.every((l) => l.lao.type === 'pao')).toBe(true);
  });
});

describe.skipIf(!hasReal)('a site scoped to part of the real e-GP file (prongsai.config.yaml scope)', async () => {
  if (!hasReal) return;
  const buyers = csvRows(BUYERS).slice(1);
  const lamphun = buyers.filter((r) => r[3] === 'ลำพูน');
  const folder = dataFolder({ 'contracts.csv': { copy: CONTRACTS } });
  const scoped = async (scope: Scope) => {
    const laos: LaoData[] = [];
    const { report } = await runImport({ dataDir: folder, sink: { lao: (d) => laos.push(d), finish: () => {} }, scope });
    return { report, laos };
  };

  it('publishes one province’s LAOs and counts every other row as outside the scope', async () => {
    const { report, laos } = await scoped({ laos: [], provinces: ['Lamphun'] });
    expect(laos.map((l) => l.lao.name).sort()).toEqual(lamphun.map((r) => r[1]!).sort());
    const file = report.files[0]!;
    const lamphunRows = lamphun.reduce((n, r) => n + Number(r[4]), 0);
    expect(file.rowsImported).toBe(lamphunRows);
    expect(file.rowsOutOfScope).toBe(18329 - lamphunRows);
    expect(file.rowsImported + file.rowsRejected + file.rowsOutOfScope!).toBe(file.rowsRead);
    const outside = report.issues.filter((i) => i.code === 'OutsideScope');
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatchObject({ file: 'contracts.csv', severity: 'warning' });
    expect(outside[0]!.row).toBeGreaterThanOrEqual(2);
    expect(outside[0]!.message.en).toContain(`${(18329 - lamphunRows).toLocaleString('en')} rows`);
  });

  it('publishes one LAO named as in the file, and reports a misspelt one by name', async () => {
    const [, name, , province] = buyers.find((r) => r[3] === 'พังงา' && r[2] !== 'อบจ.')!;
    const { report, laos } = await scoped({ laos: [{ name: name!, province: province! }, { name: 'เทศบาลตำบลไม่มีจริง' }], provinces: [] });
    expect(laos.map((l) => l.lao.name)).toEqual([name]);
    expect(laos[0]!.lao.province).toBe(province);
    const unmatched = report.issues.filter((i) => i.code === 'ScopeUnmatched');
    expect(unmatched.map((i) => [i.file, i.column, i.value])).toEqual([['prongsai.config.yaml', 'scope', 'เทศบาลตำบลไม่มีจริง']]);
  });
});

describe.skipIf(!hasReal)('npm run check-data over the real files', () => {
  it('reads every real file, finds no error, and names each file with its rows in the report', async () => {
    const { report, facts } = await checkDataFolder(REAL);
    const verdict = checkVerdict(report);
    expect(verdict.errors).toBe(0);
    expect(verdict.failed).toBe(false);
    expect(report.totals.rowsRead).toBe(report.totals.rowsImported + report.totals.rowsRejected);
    const text = explainText(report, { ...facts, lang: 'en', folder: '../shared/real' });
    for (const file of report.files) expect(text).toContain(`File: ${file.path}`);
    expect(text).toMatch(/Summary: \d+ files, [\d,]+ rows, 0 errors, \d+ warnings? → ready to publish/);
  }, 120_000);
});
