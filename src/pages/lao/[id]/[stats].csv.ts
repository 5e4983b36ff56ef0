// An LAO's plan statistics tables as shown on its page: plan-by-year.csv and plan-by-strategy.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardLaoEntries } from '../../../lib/site/shard.ts';
import { readLaoData } from '../../../lib/site/data.ts';
import { cacheKey, laoDigest } from '../../../lib/site/cache-key.ts';
import { csvResponse } from '../../../lib/site/csv-response.ts';
import { translator } from '../../../lib/site/i18n.ts';
import { moneyTrails } from '../../../lib/site/money-trail.ts';
import { planByStrategy, planByYear } from '../../../lib/site/plan-stats.ts';
import { planStatsCsv } from '../../../lib/site/summary-csv.ts';

const unnamed = translator('th')('common.notStated');

export const getStaticPaths = (async () =>
  (await shardLaoEntries()).flatMap((e) => ['plan-by-year', 'plan-by-strategy'].map((stats) => ({ params: { id: e.id, stats }, cacheKey: cacheKey(laoDigest(e.id)) })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const trails = moneyTrails(readLaoData(params.id!));
  return csvResponse(params.stats === 'plan-by-year' ? planStatsCsv('fiscal_year', planByYear(trails)) : planStatsCsv('strategy', planByStrategy(trails, unnamed)));
};
