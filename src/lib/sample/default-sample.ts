import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ContractRow, ORGANISATION_COLUMNS, expenseColumns, indicatorColumns, planProjectColumns, procurementColumns,
  revenueColumns, rowsOf,
} from './canonical-files.ts';
import { csvLine } from './csv.ts';
import { type FileEncoding, type FileStats, openCsvFile } from './csv-file.ts';
import { fiscalYearEnd } from './dates.ts';
import { type DeliberateProblem, type Table, addUnknownColumn, dashInPlan, spoilProcurement } from './deliberate-problems.ts';
import { EGP_HEADER, EGP_HEADER_26, egpRows } from './egp-file.ts';
import { type GenerationSettings, generateLaoData } from './lao-data.ts';
import type { LaoData, SampleLao } from './model.ts';
import { BUDGET_TOTALS_HEADER, PAO_EXPENSE_HEADER, PAO_REVENUE_HEADER, budgetTotalRows, paoExpenseRows, paoRevenueRows } from './pao-files.ts';
import { redFlagCases } from './red-flag-cases.ts';
import { EGP_LAOS, FEATURED, PROCUREMENT_CSV_LAOS, SKR1, sampleLaos } from './sample-laos.ts';
import { sampleReadme } from './sample-readme.ts';
import { SKR1_HEADER, projectsOfMonth, skr1Preamble, skr1Rows } from './skr1-file.ts';
import { type Column, type HeaderLanguage, fieldsOf, headerOf } from './table.ts';
import { vendorPools } from './vendor-pools.ts';

/** Seed of the committed sample in data/sample/. */
export const DEFAULT_SEED = 2568;
/** Years of the sample's plan period. */
const PLAN_YEARS = [2566, 2567, 2568, 2569, 2570] as const;

/** How the default sample is drawn: two fiscal years, small budgets, a dozen purchases per LAO-year. */
export function sampleSettings(seed: number): GenerationSettings {
  return {
    seed,
    fiscalYears: [2567, 2568],
    phasesOf: (fy) => (fy === 2567 ? ['approved', 'revised', 'spent'] : ['proposed', 'approved']),
    closedYears: [2566, 2567],
    planYears: PLAN_YEARS,
    planProjects: (_lao, rng) => rng.int(10, 14),
    linesPerYear: (lao, rng) => (lao.type === 'pao' ? 24 : rng.int(13, 16)),
    projectsPerYear: (lao, rng) => (lao.code === SKR1.code ? 20 : rng.int(10, 14)),
    explicitPlanShare: 0.5,
    explicitLineShare: 0.35,
    directBiddersShare: 0.3,
    minimalRevenue: true,
    asOf: fiscalYearEnd(2568),
    busyMonth: SKR1,
    featured: FEATURED,
  };
}

/** The sample's LAOs with everything generated for them. */
export function generateSampleData(seed: number): LaoData[] {
  const laos = sampleLaos();
  const pools = vendorPools(seed, laos, 30, 0);
  return laos.map((lao) => generateLaoData(lao, sampleSettings(seed), pools.bookFor(lao)));
}

function table<T>(columns: readonly Column<T>[], language: HeaderLanguage, rows: readonly T[]): Table {
  return { header: headerOf(columns, language), rows: rows.map((r) => fieldsOf(columns, r)) };
}

function abbreviated(lao: SampleLao): string {
  return lao.type === 'sao' ? lao.name.replace('องค์การบริหารส่วนตำบล', 'อบต.') : lao.name;
}

/** The generated files of the sample, as tables, plus the problems put into them. */
export interface SampleFiles {
  tables: Map<string, { table: Table; encoding: FileEncoding; preamble?: readonly string[] }>;
  problems: DeliberateProblem[];
  data: LaoData[];
}

/** Builds every sample file in memory (the sample is small). */
export function buildSampleFiles(seed: number): SampleFiles {
  const data = generateSampleData(seed);
  const byCode = (codes: readonly string[]): LaoData[] => data.filter((d) => codes.includes(d.lao.code));
  const both = { code: true, name: true };
  const files: SampleFiles['tables'] = new Map();
  const problems: DeliberateProblem[] = [];

  files.set('organisations.csv', { table: table(ORGANISATION_COLUMNS, 'th', data.map((d) => d.lao)), encoding: 'utf-8' });

  const planColumns = planProjectColumns(PLAN_YEARS, true, both);
  const plan = table(planColumns, 'th', data.flatMap(rowsOf.plan));
  problems.push(dashInPlan(plan, 'plan-projects.csv', PLAN_YEARS.map((y) => `งบประมาณ ${y}`), SKR1.code));
  files.set('plan-projects.csv', { table: plan, encoding: 'utf-8' });

  const indicators = table(indicatorColumns(PLAN_YEARS, both), 'en', data.flatMap(rowsOf.indicators));
  problems.push(addUnknownColumn(indicators, 'plan-indicators.csv', 'internal_note', 'รอตรวจสอบข้อมูลผล'));
  files.set('plan-indicators.csv', { table: indicators, encoding: 'utf-8' });

  // The อบจ.'s budget comes only as the อบจ. summary files (below), as ACT / WeVis publish it; the
  // expense file names LAOs by code only (with ชื่อ อปท. + จังหวัด its Thai header also fits the summary layout).
  const notPao = data.filter((d) => d.lao.type !== 'pao');
  files.set('budget-expense.csv', { table: table(expenseColumns(true, { code: true, name: false }), 'th', notPao.flatMap(rowsOf.expense)), encoding: 'utf-8' });
  files.set('revenue.csv', { table: table(revenueColumns(false, { code: false, name: true }, abbreviated), 'en', notPao.flatMap(rowsOf.revenue)), encoding: 'utf-8' });

  const contractRows: ContractRow[] = byCode(PROCUREMENT_CSV_LAOS).flatMap(rowsOf.contracts);
  const procurement = table(procurementColumns(both), 'en', contractRows);
  problems.push(...spoilProcurement(procurement, contractRows, 'procurement.csv'));
  files.set('procurement.csv', { table: procurement, encoding: 'utf-8' });
  files.set('procurement-red-flag-cases.csv', { table: redFlagCases(procurement.header), encoding: 'utf-8' });

  for (const [file, year, header, encoding] of [
    ['egp-contracts-2568.csv', 2568, [...EGP_HEADER], 'utf-8-bom'],
    ['egp-contracts-2567-windows874.csv', 2567, [...EGP_HEADER_26], 'windows-874'],
  ] as const) {
    const rows: string[][] = [];
    for (const d of byCode(EGP_LAOS)) {
      for (const project of d.years.find((y) => y.fiscalYear === year)?.procurement ?? []) rows.push(...egpRows(d.lao, project, rows.length + 1));
    }
    files.set(file, { table: { header: [...header], rows }, encoding });
  }

  const pao = data.filter((d) => d.lao.type === 'pao');
  files.set('pao-budget-expense.csv', { table: { header: [...PAO_EXPENSE_HEADER], rows: pao.flatMap(paoExpenseRows) }, encoding: 'utf-8' });
  files.set('pao-budget-revenue.csv', { table: { header: [...PAO_REVENUE_HEADER], rows: pao.flatMap(paoRevenueRows) }, encoding: 'utf-8' });
  files.set('budget-totals.csv', { table: { header: [...BUDGET_TOTALS_HEADER], rows: pao.flatMap(budgetTotalRows) }, encoding: 'utf-8' });

  const skr = data.find((d) => d.lao.code === SKR1.code) as LaoData;
  const month = projectsOfMonth(skr.years.find((y) => y.fiscalYear === SKR1.yearBE)?.procurement ?? [], SKR1.yearBE, SKR1.month);
  files.set(`skr1-${SKR1.code}-${SKR1.yearBE}-${String(SKR1.month).padStart(2, '0')}.csv`, {
    table: { header: [...SKR1_HEADER], rows: skr1Rows(month) }, encoding: 'utf-8', preamble: skr1Preamble(skr.lao, SKR1.yearBE, SKR1.month),
  });
  return { tables: files, problems, data };
}

/** The text of a sample file exactly as written (before encoding). */
export function sampleFileText(file: { table: Table; preamble?: readonly string[] }): string {
  return (file.preamble ?? []).map((l) => l + '\r\n').join('') + csvLine(file.table.header) + file.table.rows.map(csvLine).join('');
}

/** Writes the default sample and its README into dir. */
export function writeDefaultSample(dir: string, seed: number, report: (stats: FileStats) => void): { stats: FileStats[]; problems: DeliberateProblem[] } {
  const { tables, problems, data } = buildSampleFiles(seed);
  const stats: FileStats[] = [];
  for (const [name, file] of tables) {
    const writer = openCsvFile(join(dir, name), file.encoding);
    for (const line of file.preamble ?? []) writer.writeText(line);
    writer.writeHeader(file.table.header);
    for (const row of file.table.rows) writer.writeRow(row);
    const s = writer.close();
    stats.push(s);
    report(s);
  }
  writeFileSync(join(dir, 'README.md'), sampleReadme({ seed, stats, problems, data, tables }));
  return { stats, problems };
}
