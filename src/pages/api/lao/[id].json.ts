// JSON twin of /lao/<id>/: {id, name, type, province, years}.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardLaoEntries } from '../../../lib/site/shard.ts';
import { LaoApiSchema } from '../../../lib/schema/site.ts';
import { readLaoData, yearsNewestFirst } from '../../../lib/site/data.ts';
import { cacheKey, laoDigest } from '../../../lib/site/cache-key.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const laos = await shardLaoEntries();
  return laos.map((e) => ({ params: { id: e.id }, cacheKey: cacheKey(laoDigest(e.id), e.data) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = readLaoData(String(params.id));
  // Years in ascending order, so the file diffs cleanly from one import to the next.
  const years = Object.fromEntries(yearsNewestFirst(data.years).reverse().map((fy) => [fy, data.years[fy]!]));
  const body = LaoApiSchema.parse({
    id: data.lao.id,
    name: data.lao.name,
    type: data.lao.type,
    province: data.lao.province,
    years,
  });
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
