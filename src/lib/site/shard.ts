// What a shard build renders (shard-env.ts): its LAOs' pages, its provinces' pages, and, unless
// PRONGSAI_SHARD_SHARED=0, the pages about the whole site (home, lists, vendors, flags), the same bytes
// in each shard that renders them.
import { getCollection } from 'astro:content';
import type { LaoSummary } from '../schema/site.ts';
import { langPaths } from './i18n.ts';
import { rendersLao, rendersSharedPages, shardSelection } from './shard-env.ts';

const shard = shardSelection(process.env);
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
  return shard ? all.filter((e) => rendersLao(shard, e.data)) : all;
}

/** The provinces whose pages this build renders, each with all its LAOs (also those another shard renders). */
export async function shardProvinces(): Promise<Map<string, LaoSummary[]>> {
  const laos = (await getCollection('laos')).map((e) => e.data).filter((l) => !shard || shard.provinces.has(l.province));
  return Map.groupBy(laos, (l) => l.province);
}
