// One LAO's red flags per fiscal year, as its page's table shows them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardLaoEntries } from '../../../lib/site/shard.ts';
import { csvResponse } from '../../../lib/site/csv-response.ts';
import { cacheKey } from '../../../lib/site/cache-key.ts';
import { flagYearsCsv } from '../../../lib/site/flag-csv.ts';
import type { LaoSummary } from '../../../lib/schema/site.ts';

export const getStaticPaths = (async () => (await shardLaoEntries()).map((e) => ({ params: { id: e.id }, props: { lao: e.data }, cacheKey: cacheKey(e.data) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => csvResponse(flagYearsCsv(props.lao as LaoSummary));
