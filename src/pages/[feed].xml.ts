// The whole site's newest procurement as an Atom feed, /feed.xml (src/lib/site/feed.ts). A page about
// the whole site, so a route with paths: a shard that leaves those pages to another renders none.
// LAOs are read from the latest date the downloads index gives for each, and only as far as needed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readDownloadIndex, readLaoData, readMeta } from '../lib/site/data.ts';
import { newestAcross, PLACEHOLDER_ORIGIN, siteFeedXml, type FeedSource } from '../lib/site/feed.ts';
import { translator } from '../lib/site/i18n.ts';
import { sharedOnly } from '../lib/site/shard.ts';

export const getStaticPaths = (() => sharedOnly([{ params: { feed: 'feed' } }])) satisfies GetStaticPaths;

/** Each LAO's latest announcement or signing date in its downloads; undefined for an LAO the index lacks. */
function feedSources(ids: readonly string[]): FeedSource[] {
  const latest = new Map<string, string | null>();
  for (const { scope, files } of readDownloadIndex().scopes) {
    if (scope.kind !== 'lao') continue;
    latest.set(scope.laoId, files.reduce<string | null>((max, f) => (f.latestDate && (!max || f.latestDate > max) ? f.latestDate : max), null));
  }
  return ids.map((id) => ({ id, latestDate: latest.get(id) }));
}

export const GET: APIRoute = async ({ site }) => {
  const ids = (await getCollection('laos')).map((e) => e.id);
  const items = newestAcross(feedSources(ids), (id) => {
    const { lao, procurements } = readLaoData(id);
    return { lao, projects: procurements };
  });
  const xml = siteFeedXml(items, { origin: site?.href ?? PLACEHOLDER_ORIGIN, t: translator('th'), fallbackDate: readMeta().latestDate });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
