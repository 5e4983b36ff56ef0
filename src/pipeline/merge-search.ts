// Merges the /pagefind/ folders of shard builds into one: area bundles copied under their new
// numbers, and one manifest and router over all of them (src/lib/search/merge.ts).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeShardIndexes, type ShardIndex } from '../lib/search/merge.ts';
import type { RouterChunk, RouterManifest } from '../lib/search/router.ts';

function readShard(dir: string): ShardIndex {
  const manifestPath = join(dir, 'areas.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath}: not a Prongsai search index (no areas.json) / ไม่พบดัชนีค้นหาของชิ้นนี้`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as RouterManifest;
  const routeDir = join(dir, 'route');
  const chunks = new Map<string, RouterChunk>();
  for (const file of existsSync(routeDir) ? readdirSync(routeDir) : []) {
    if (file.endsWith('.json')) chunks.set(file.slice(0, -5), JSON.parse(readFileSync(join(routeDir, file), 'utf8')) as RouterChunk);
  }
  return { manifest, chunks };
}

/** Writes into outDir one search index over the shards' /pagefind/ folders, in the order given. */
export function mergeSearchDirs(shardDirs: readonly string[], outDir: string): { areas: number; offsets: number[] } {
  const shards = shardDirs.map(readShard);
  const merged = mergeShardIndexes(shards);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'route'), { recursive: true });
  shardDirs.forEach((dir, s) => {
    shards[s]!.manifest.areas.forEach((_, i) => {
      const from = join(dir, `a${i}`);
      // A shard measured without bundles (indexArea) has router entries only.
      if (existsSync(from)) cpSync(from, join(outDir, `a${merged.offsets[s]! + i}`), { recursive: true });
    });
  });
  writeFileSync(join(outDir, 'areas.json'), JSON.stringify(merged.manifest));
  for (const [name, chunk] of merged.chunks) writeFileSync(join(outDir, 'route', `${name}.json`), JSON.stringify(chunk));
  return { areas: merged.manifest.areas.length, offsets: merged.offsets };
}
