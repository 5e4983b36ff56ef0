// One LAO's totals per fiscal year: the data of its five-year chart.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardLaoEntries } from '../../../lib/site/shard.ts';
import { readLaoData } from '../../../lib/site/data.ts';
import { cacheKey, laoDigest } from '../../../lib/site/cache-key.ts';
import { yearsCsv } from '../../../lib/site/downloads.ts';
import { csvResponse } from '../../../lib/site/csv-response.ts';

export const getStaticPaths = (async () => (await shardLaoEntries()).map((e) => ({ params: { id: e.id }, cacheKey: cacheKey(laoDigest(e.id)) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = readLaoData(params.id!);
  return csvResponse(yearsCsv(data.lao.id, data.years));
};
