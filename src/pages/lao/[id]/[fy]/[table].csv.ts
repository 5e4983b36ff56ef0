// The rows of one LAO-year that its page shows: the lines (expense.csv, revenue.csv, procurement.csv)
// and each summary table or chart, exactly as the Thai page shows it (labels in Thai). five-years.csv is
// the five-year chart of the year's page, and of the LAO's page when it is the last year.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardLaoEntries } from '../../../../lib/site/shard.ts';
import { readLaoData } from '../../../../lib/site/data.ts';
import { cacheKey, laoDigest } from '../../../../lib/site/cache-key.ts';
import { expenseCsv, fiveYearsUpTo, procurementCsv, revenueCsv, yearsCsv } from '../../../../lib/site/downloads.ts';
import { csvResponse } from '../../../../lib/site/csv-response.ts';
import type { LaoData } from '../../../../lib/schema/site.ts';
import { expenseByBudgetGroup, expenseTree, inShownPhase, programsByPhase, revenueBySource } from '../../../../lib/site/expense-view.ts';
import { largestContracts, methodMix, topVendors } from '../../../../lib/site/procurement-view.ts';
import { amountsCsv, largestContractsCsv, methodsCsv, phasesCsv, topVendorsCsv, treeCsv } from '../../../../lib/site/summary-csv.ts';
import { translator } from '../../../../lib/site/i18n.ts';

const t = translator('th');
const unnamed = t('common.notStated');
/** The expense lines the page's charts show: the year's, in its headline phase. */
const headline = (data: LaoData, fy: number) => data.expenseLines.filter((l) => l.fiscalYear === fy).filter(inShownPhase(data.years, 'expense'));
const procurements = (data: LaoData, fy: number) => data.procurements.filter((p) => p.fiscalYear === fy);

const TABLES = {
  expense: (data: LaoData, fy: number) => expenseCsv(data.expenseLines.filter((l) => l.fiscalYear === fy)),
  revenue: (data: LaoData, fy: number) => revenueCsv(data.revenueLines.filter((l) => l.fiscalYear === fy)),
  procurement: (data: LaoData, fy: number) => procurementCsv(procurements(data, fy)),
  'expense-by-program': (data: LaoData, fy: number) => treeCsv(expenseTree(headline(data, fy), 'th', t('lao.expenseRoot'), unnamed)),
  'expense-by-group': (data: LaoData, fy: number) => amountsCsv('budget_group', expenseByBudgetGroup(headline(data, fy), 'th', unnamed)),
  'revenue-by-source': (data: LaoData, fy: number) =>
    amountsCsv('revenue_source', revenueBySource(data.revenueLines.filter((l) => l.fiscalYear === fy).filter(inShownPhase(data.years, 'revenue')), 'th', unnamed)),
  phases: (data: LaoData, fy: number) => phasesCsv(programsByPhase(data.expenseLines.filter((l) => l.fiscalYear === fy), 'th', unnamed)),
  methods: (data: LaoData, fy: number) => methodsCsv(methodMix(procurements(data, fy), 'th', unnamed)),
  'largest-contracts': (data: LaoData, fy: number) => largestContractsCsv(largestContracts(procurements(data, fy), 10)),
  'top-vendors': (data: LaoData, fy: number) => topVendorsCsv(topVendors(procurements(data, fy), 10)),
  'five-years': (data: LaoData, fy: number) =>
    yearsCsv(data.lao.id, Object.fromEntries(fiveYearsUpTo(data.years, fy).map((year) => [year, data.years[year]!]))),
};

export const getStaticPaths = (async () =>
  (await shardLaoEntries()).flatMap((e) => e.data.fiscalYears.flatMap((fy) =>
    Object.keys(TABLES).map((table) => ({ params: { id: e.id, fy: String(fy), table }, cacheKey: cacheKey(laoDigest(e.id)) }))))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  csvResponse(TABLES[params.table as keyof typeof TABLES](readLaoData(params.id!), Number(params.fy)));
