// A shard build renders the pages of some provinces only (PRONGSAI_SHARD_PROVINCES, comma-separated
// Thai names); shards built from one import are merged into one site by scripts/merge-shards.ts. Pages
// about the whole site (home, lists, vendors, flags) are rendered by the shards that keep
// PRONGSAI_SHARD_SHARED unset or 1, the same bytes in each.
import { getCollection } from 'astro:content';
import { langPaths } from './i18n.ts';
import { rendersSharedPages, shardProvinces } from './shard-env.ts';

const shard = shardProvinces(process.env);
const shared = rendersSharedPages(process.env);

/** The paths of a page about the whole site: none in a shard that leaves them to another. */
export function sharedOnly<T>(paths: T[]): T[] {
  return shared ? paths : [];
}

/** langPaths for a page about the whole site. */
export function sharedLangPaths(): ReturnType<typeof langPaths> {
  return sharedOnly(langPaths());
}

/** The LAO entries whose pages this build renders. */
export async function shardLaoEntries(): Promise<Awaited<ReturnType<typeof getCollection<'laos'>>>> {
  const all = await getCollection('laos');
  return shard ? all.filter((e) => shard.has(e.data.province)) : all;
}
