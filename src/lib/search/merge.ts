// Merging the search indexes of shards: sites built in parts (one province or group of provinces per
// CI job) become one site with one search. Each shard's areas are appended after the previous
// shards', and the routers are merged word by word with the areas renumbered, so a query routes to
// areas of every shard that holds its words.
import { decodeChunk, RouterBuilder, type RouterChunk, type RouterManifest } from './router.ts';
import { provinceParts } from './shards.ts';

export interface ShardIndex {
  manifest: RouterManifest;
  /** Every router chunk of the shard, by name. */
  chunks: ReadonlyMap<string, RouterChunk>;
}

export interface MergedIndex {
  manifest: RouterManifest;
  chunks: Map<string, RouterChunk>;
  /** For each shard, the number its first area gets in the merged index (its area i becomes a<offset + i>). */
  offsets: number[];
}

export function mergeShardIndexes(shards: readonly ShardIndex[], chunkBytes?: number): MergedIndex {
  const provinces: string[] = [];
  const provinceIndex = new Map<string, number>();
  const areas: RouterManifest['areas'] = [];
  const offsets: number[] = [];
  const router = new RouterBuilder(chunkBytes);
  // Words in code-unit order within each shard, shards in order: every word's areas ascend.
  for (const shard of shards) {
    const offset = areas.length;
    offsets.push(offset);
    const local = shard.manifest.provinces.map((p) => {
      if (!provinceIndex.has(p)) {
        provinceIndex.set(p, provinces.length);
        provinces.push(p);
      }
      return provinceIndex.get(p)!;
    });
    for (const entries of shard.manifest.areas) {
      areas.push(entries.map((e) => (typeof e === 'number' ? local[e]! : [local[e[0]]!, e[1], e[2]] as [number, number, number])));
    }
    for (const name of [...shard.chunks.keys()].sort()) {
      for (const [word, postings] of decodeChunk(shard.chunks.get(name)!)) {
        router.addPostings(word, postings.map((v, i) => (i % 2 === 0 ? v + offset : v)));
      }
    }
  }
  const { firsts, chunks } = router.build();
  return { manifest: { version: 2, provinces, areas: numberParts(areas), chunks: firsts }, chunks, offsets };
}

/**
 * The part of its province each area holds, counted over every shard: a province split between shards
 * (one too large for one) is whole in each shard's index but in parts in the merged one.
 */
function numberParts(areas: RouterManifest['areas']): RouterManifest['areas'] {
  const province = (e: RouterManifest['areas'][number][number]) => (typeof e === 'number' ? e : e[0]);
  const parts = provinceParts(areas.map((entries) => entries.map(province)));
  return areas.map((entries, i) => entries.map((e, j) => {
    const part = parts[i]![j];
    return part ? [province(e), part[0], part[1]] as [number, number, number] : province(e);
  }));
}
