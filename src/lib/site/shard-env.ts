// Which part of the site a shard build renders, from its environment. Shards built from one import are
// merged by scripts/merge-shards.ts; scripts/shard-plan.ts plans them.
//   PRONGSAI_SHARD_PROVINCES  the provinces whose pages and downloads the shard publishes (Thai names,
//                             comma-separated), and, without PRONGSAI_SHARD_LAOS, whose LAOs it renders;
//   PRONGSAI_SHARD_LAOS       the LAOs it renders (ids, comma-separated), when a province too large for
//                             one shard is split between shards;
//   PRONGSAI_SHARD_SHARED=0   leaves the pages about the whole site to another shard.

export interface ShardSelection {
  provinces: ReadonlySet<string>;
  /** The LAOs the shard renders; null for every LAO of its provinces. */
  laoIds: ReadonlySet<string> | null;
}

function list(value: string | undefined): string[] {
  return value?.split(',').map((p) => p.trim()).filter(Boolean) ?? [];
}

/** The shard this build is, or null for a whole-site build. */
export function shardSelection(env: Record<string, string | undefined>): ShardSelection | null {
  const provinces = list(env.PRONGSAI_SHARD_PROVINCES);
  const laoIds = list(env.PRONGSAI_SHARD_LAOS);
  if (!provinces.length && !laoIds.length) return null;
  return { provinces: new Set(provinces), laoIds: laoIds.length ? new Set(laoIds) : null };
}

/** Whether the shard renders an LAO's pages. */
export function rendersLao(shard: ShardSelection, lao: { id: string; province: string }): boolean {
  return shard.laoIds ? shard.laoIds.has(lao.id) : shard.provinces.has(lao.province);
}

/** False in a shard told not to render the pages about the whole site (PRONGSAI_SHARD_SHARED=0): one shard renders them. */
export function rendersSharedPages(env: Record<string, string | undefined>): boolean {
  return env.PRONGSAI_SHARD_SHARED !== '0';
}
