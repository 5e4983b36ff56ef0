// One LAO's development plan projects, with how far each one's money trail reached.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardLaoEntries } from '../../../lib/site/shard.ts';
import { readLaoData } from '../../../lib/site/data.ts';
import { cacheKey, laoDigest } from '../../../lib/site/cache-key.ts';
import { planCsv } from '../../../lib/site/downloads.ts';
import { moneyTrails } from '../../../lib/site/money-trail.ts';
import { csvResponse } from '../../../lib/site/csv-response.ts';

export const getStaticPaths = (async () =>
  (await shardLaoEntries()).map((e) => ({ params: { id: e.id }, cacheKey: cacheKey(laoDigest(e.id)) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => csvResponse(planCsv(moneyTrails(readLaoData(params.id!))));
