// The table of an LAO's completeness chart (/lao/<id>/quality/) as CSV: a row per fiscal year.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardLaoEntries } from '../../../lib/site/shard.ts';
import { readLaoData } from '../../../lib/site/data.ts';
import { cacheKey, laoDigest } from '../../../lib/site/cache-key.ts';
import { csvResponse } from '../../../lib/site/csv-response.ts';
import { laoQualityYears, qualityByYearCsv } from '../../../lib/site/lao-quality.ts';

export const getStaticPaths = (async () =>
  (await shardLaoEntries()).map((e) => ({ params: { id: e.id }, cacheKey: cacheKey(laoDigest(e.id)) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => csvResponse(qualityByYearCsv(laoQualityYears(readLaoData(params.id!))));
