import { describe, expect, it } from 'vitest';
import { mergeShardIndexes, type ShardIndex } from '../../../src/lib/search/merge.ts';
import type { RouterManifest } from '../../../src/lib/search/router.ts';

const shard = (provinces: string[], areas: RouterManifest['areas']): ShardIndex => ({ manifest: { version: 2, provinces, areas, chunks: [] }, chunks: new Map() });

describe('mergeShardIndexes', () => {
  it('numbers the parts of a province split between shards over the merged areas', () => {
    // Shard 1: ชัยนาท whole, then the first LAOs of อุทัยธานี; shard 2: the rest of อุทัยธานี in two areas.
    const merged = mergeShardIndexes([
      shard(['ชัยนาท', 'อุทัยธานี'], [[0, 1]]),
      shard(['อุทัยธานี'], [[[0, 1, 2]], [[0, 2, 2]]]),
    ]);
    expect(merged.manifest.provinces).toEqual(['ชัยนาท', 'อุทัยธานี']);
    expect(merged.manifest.areas).toEqual([[0, [1, 1, 3]], [[1, 2, 3]], [[1, 3, 3]]]);
    expect(merged.offsets).toEqual([0, 1]);
  });

  it('leaves a province whole when one area holds it', () => {
    const merged = mergeShardIndexes([shard(['ชัยนาท'], [[0]]), shard(['อุทัยธานี'], [[0]])]);
    expect(merged.manifest.areas).toEqual([[0], [1]]);
  });
});
