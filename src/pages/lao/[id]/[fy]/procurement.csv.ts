// The procurement rows of one LAO-year, as its page shows them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readLaoData } from '../../../../lib/site/data.ts';
import { procurementCsv } from '../../../../lib/site/downloads.ts';
import { csvResponse } from '../../../../lib/site/csv-response.ts';

export const getStaticPaths = (async () =>
  (await getCollection('laos')).flatMap((e) => e.data.fiscalYears.map((fy) => ({ params: { id: e.id, fy: String(fy) } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = readLaoData(params.id!);
  const fy = Number(params.fy);
  return csvResponse(procurementCsv(data.procurements.filter((p) => p.fiscalYear === fy)));
};
