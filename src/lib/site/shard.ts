// A shard build renders the pages of some provinces only (PRONGSAI_SHARD_PROVINCES, comma-separated
// Thai names); shards built from one import are merged into one site by scripts/merge-shards.ts. Pages
// about the whole site (home, lists, vendors, flags) are rendered by every shard, the same each time.
import { getCollection } from 'astro:content';
import { shardProvinces } from './shard-env.ts';

const shard = shardProvinces(process.env);

/** The LAO entries whose pages this build renders. */
export async function shardLaoEntries(): Promise<Awaited<ReturnType<typeof getCollection<'laos'>>>> {
  const all = await getCollection('laos');
  return shard ? all.filter((e) => shard.has(e.data.province)) : all;
}
