// One LAO's newest procurement as an Atom feed (src/lib/site/feed.ts), in Thai.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey, laoDigest } from '../../../lib/site/cache-key.ts';
import { readLaoData, readMeta } from '../../../lib/site/data.ts';
import { laoFeedXml, PLACEHOLDER_ORIGIN } from '../../../lib/site/feed.ts';
import { translator } from '../../../lib/site/i18n.ts';
import { shardLaoEntries } from '../../../lib/site/shard.ts';

export const getStaticPaths = (async () =>
  (await shardLaoEntries()).map((e) => ({ params: { id: e.id }, cacheKey: cacheKey(laoDigest(e.id)) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const { lao, procurements } = readLaoData(params.id!);
  const xml = laoFeedXml(lao, procurements, { origin: site?.href ?? PLACEHOLDER_ORIGIN, t: translator('th'), fallbackDate: readMeta().latestDate });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
