/**
 * The provinces of a shard build (PRONGSAI_SHARD_PROVINCES, comma-separated Thai names), or null for
 * a whole-site build. Shards built from one import are merged by scripts/merge-shards.ts.
 */
/** False in a shard told not to render the pages about the whole site (PRONGSAI_SHARD_SHARED=0): one shard renders them. */
export function rendersSharedPages(env: Record<string, string | undefined>): boolean {
  return env.PRONGSAI_SHARD_SHARED !== '0';
}

export function shardProvinces(env: Record<string, string | undefined>): Set<string> | null {
  const list = env.PRONGSAI_SHARD_PROVINCES?.split(',').map((p) => p.trim()).filter(Boolean) ?? [];
  return list.length ? new Set(list) : null;
}
