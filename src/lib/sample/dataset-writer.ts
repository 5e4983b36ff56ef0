import { join } from 'node:path';
import {
  ORGANISATION_COLUMNS, expenseColumns, indicatorColumns, planProjectColumns, procurementColumns, revenueColumns, rowsOf,
} from './canonical-files.ts';
import { type CsvFileWriter, type FileStats, openCsvFile } from './csv-file.ts';
import { fiscalYearEnd } from './dates.ts';
import { type GenerationSettings, generateLaoData, typicalCount } from './lao-data.ts';
import { buildNationalRegistry, laosOfProvinces, stratifiedSelection } from './lao-registry.ts';
import { LAO_TYPE_INFO } from './lao-types.ts';
import type { LaoTypeKey, SampleLao } from './model.ts';
import { BUDGET_TOTALS_HEADER, PAO_EXPENSE_HEADER, PAO_REVENUE_HEADER, budgetTotalRows, paoExpenseRows, paoRevenueRows } from './pao-files.ts';
import { type Column, fieldsOf, headerOf, type HeaderLanguage } from './table.ts';
import { vendorPools } from './vendor-pools.ts';

/** The provinces of the province-scale dataset (about 200 LAOs). */
export const PROVINCE_SCALE_PROVINCES = ['นครสวรรค์', 'อุทัยธานี'] as const;
/** Last fiscal year of generated datasets. */
export const LAST_FISCAL_YEAR = 2568;
/** Years of the current local plan. */
export const PLAN_YEARS = [2566, 2567, 2568, 2569, 2570] as const;

const PLAN_PROJECTS: Readonly<Record<LaoTypeKey, readonly [number, number]>> = {
  sao: [40, 90], subdistrict: [50, 100], town: [80, 140], city: [100, 180], pao: [120, 200], bangkok: [250, 250], pattaya: [150, 150],
};

/** Which LAOs and years a registry-based dataset covers. */
export interface RegistryDatasetOptions {
  scale: 'national' | 'province';
  /** Take this many LAOs (national type mix) instead of all. */
  laos?: number;
  /** Number of fiscal years, ending with 2568 (default 5). */
  years?: number;
  seed: number;
  outDir: string;
}

/** The LAOs a registry-based dataset covers. */
export function selectLaos(options: Pick<RegistryDatasetOptions, 'scale' | 'laos' | 'seed'>): { registry: SampleLao[]; laos: SampleLao[] } {
  const registry = buildNationalRegistry(options.seed);
  const scope = options.scale === 'province' ? laosOfProvinces(registry, PROVINCE_SCALE_PROVINCES) : registry;
  return { registry, laos: options.laos === undefined ? scope : stratifiedSelection(scope, options.laos) };
}

/** Generation settings of the national and province scales. */
export function registrySettings(seed: number, yearCount: number): GenerationSettings {
  const fiscalYears = Array.from({ length: yearCount }, (_, i) => LAST_FISCAL_YEAR - yearCount + 1 + i);
  return {
    seed,
    fiscalYears,
    phasesOf: () => ['approved', 'spent'],
    closedYears: fiscalYears,
    planYears: PLAN_YEARS,
    planProjects: (lao, rng) => rng.int(...PLAN_PROJECTS[lao.type]),
    linesPerYear: (lao, rng) => typicalCount(LAO_TYPE_INFO[lao.type].linesPerYear)(lao, rng),
    projectsPerYear: (lao, rng) => typicalCount(LAO_TYPE_INFO[lao.type].projectsPerYear)(lao, rng),
    explicitPlanShare: 0.5,
    explicitLineShare: 0.3,
    directBiddersShare: 0.2,
    minimalRevenue: false,
    asOf: fiscalYearEnd(LAST_FISCAL_YEAR),
  };
}

interface Output<T> {
  writer: CsvFileWriter;
  columns: readonly Column<T>[];
}

function output<T>(dir: string, file: string, columns: readonly Column<T>[], language: HeaderLanguage): Output<T> {
  const writer = openCsvFile(join(dir, file));
  writer.writeHeader(headerOf(columns, language));
  return { writer, columns };
}

function writeAll<T>(out: Output<T>, rows: readonly T[]): void {
  for (const row of rows) out.writer.writeRow(fieldsOf(out.columns, row));
}

/**
 * Writes a national- or province-scale dataset, one LAO at a time: rows go to disk in chunks and
 * each LAO's data is dropped once written, so memory stays flat whatever the size.
 */
export function writeRegistryDataset(options: RegistryDatasetOptions, report: (stats: FileStats) => void): FileStats[] {
  const { registry, laos } = selectLaos(options);
  const settings = registrySettings(options.seed, options.years ?? 5);
  const pools = vendorPools(options.seed, registry);
  const dir = options.outDir;
  const stats: FileStats[] = [];
  const done = (s: FileStats): void => {
    stats.push(s);
    report(s);
  };
  const organisations = output(dir, 'organisations.csv', ORGANISATION_COLUMNS, 'en');
  writeAll(organisations, laos);
  done(organisations.writer.close());

  const both = { code: true, name: true };
  // Header languages are the sample's mirror image, so both get exercised. Expense and revenue stay English:
  // a Thai header with ชื่อ อปท. + จังหวัด also fits the อบจ. summary layouts.
  const plan = output(dir, 'plan-projects.csv', planProjectColumns(PLAN_YEARS, false, both), 'th');
  const indicators = output(dir, 'plan-indicators.csv', indicatorColumns(PLAN_YEARS, both), 'th');
  const expense = output(dir, 'budget-expense.csv', expenseColumns(false, both), 'en');
  const revenue = output(dir, 'revenue.csv', revenueColumns(false, both), 'en');
  const procurement = output(dir, 'procurement.csv', procurementColumns(both), 'th');
  const totals = openCsvFile(join(dir, 'budget-totals.csv'));
  totals.writeHeader(BUDGET_TOTALS_HEADER);
  const paoExpense = openCsvFile(join(dir, 'pao-budget-expense.csv'));
  paoExpense.writeHeader(PAO_EXPENSE_HEADER);
  const paoRevenue = openCsvFile(join(dir, 'pao-budget-revenue.csv'));
  paoRevenue.writeHeader(PAO_REVENUE_HEADER);

  for (const lao of laos) {
    const data = generateLaoData(lao, settings, pools.bookFor(lao));
    writeAll(plan, rowsOf.plan(data));
    writeAll(indicators, rowsOf.indicators(data));
    writeAll(procurement, rowsOf.contracts(data));
    // An อบจ.'s budget is published as the summary layouts only (as ACT / WeVis do); listing it in
    // the line-level files too would count it twice.
    if (lao.type !== 'pao') {
      writeAll(expense, rowsOf.expense(data));
      writeAll(revenue, rowsOf.revenue(data));
    } else {
      for (const row of budgetTotalRows(data)) totals.writeRow(row);
      for (const row of paoExpenseRows(data)) paoExpense.writeRow(row);
      for (const row of paoRevenueRows(data)) paoRevenue.writeRow(row);
    }
  }
  for (const writer of [plan.writer, indicators.writer, expense.writer, revenue.writer, procurement.writer, totals, paoExpense, paoRevenue]) done(writer.close());
  return stats;
}
