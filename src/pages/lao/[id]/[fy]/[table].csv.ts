// The rows of one LAO-year that its page shows: expense.csv, revenue.csv and procurement.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readLaoData } from '../../../../lib/site/data.ts';
import { expenseCsv, procurementCsv, revenueCsv } from '../../../../lib/site/downloads.ts';
import { csvResponse } from '../../../../lib/site/csv-response.ts';
import type { LaoData } from '../../../../lib/schema/site.ts';

const TABLES = {
  expense: (data: LaoData, fy: number) => expenseCsv(data.expenseLines.filter((l) => l.fiscalYear === fy)),
  revenue: (data: LaoData, fy: number) => revenueCsv(data.revenueLines.filter((l) => l.fiscalYear === fy)),
  procurement: (data: LaoData, fy: number) => procurementCsv(data.procurements.filter((p) => p.fiscalYear === fy)),
};

export const getStaticPaths = (async () =>
  (await getCollection('laos')).flatMap((e) => e.data.fiscalYears.flatMap((fy) =>
    Object.keys(TABLES).map((table) => ({ params: { id: e.id, fy: String(fy), table } }))))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  csvResponse(TABLES[params.table as keyof typeof TABLES](readLaoData(params.id!), Number(params.fy)));
