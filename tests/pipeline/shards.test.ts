// Sites built in parts: two shards, each indexing the LAOs of one province, merged into one search.
// The merged router sends a query to the areas of every shard that holds its words, exactly as each
// shard's own router did, with the second shard's areas numbered after the first's.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { chunksFor, routerWords, routeTerms, type RouterChunk, type RouterManifest } from '../../src/lib/search/router.ts';
import { queryText } from '../../src/lib/search/thai-words.ts';
import type { LaoSummary } from '../../src/lib/schema/site.ts';
import { importToDisk } from '../../src/pipeline/import-to-disk.ts';
import { mergeSearchDirs } from '../../src/pipeline/merge-search.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXPLAINERS = join(ROOT, 'content/explainers/th');

function manifestOf(dir: string): RouterManifest {
  return JSON.parse(readFileSync(join(dir, 'areas.json'), 'utf8')) as RouterManifest;
}

/** Areas a query goes to, with their estimates, as the search page routes it. */
function route(dir: string, text: string): { area: number; estimate: number }[] {
  const manifest = manifestOf(dir);
  const terms = routerWords(queryText(text));
  const chunks = new Map<string, RouterChunk>();
  for (const name of terms.flatMap((t) => chunksFor(t, manifest.chunks))) {
    const path = join(dir, 'route', `${name}.json`);
    chunks.set(name, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RouterChunk) : []);
  }
  return routeTerms(terms, manifest.chunks, chunks);
}

describe('two shards merged into one search', () => {
  let shards: { dir: string; province: string; laos: LaoSummary[] }[];
  let merged: string;
  let offsets: number[];
  let generated: string;
  beforeAll(async () => {
    generated = join(mkdtempSync(join(tmpdir(), 'prongsai-shards-')), 'generated');
    await importToDisk({ dataDir: join(ROOT, 'data/sample'), outDir: generated, strict: true, projectRoot: ROOT, log: () => {} });
    const laos = JSON.parse(readFileSync(join(generated, 'laos.json'), 'utf8')) as LaoSummary[];
    const provinces = [...new Set(laos.map((l) => l.province))].sort();
    expect(provinces.length).toBe(2);
    shards = [];
    for (const province of provinces) {
      const dir = join(mkdtempSync(join(tmpdir(), 'prongsai-shard-')), 'pagefind');
      // A low record limit gives each shard several areas, as a province of a national site has.
      await writeSearchIndex(generated, EXPLAINERS, dir, { shard: { provinces: new Set([province]), laoIds: null }, areaRecordLimit: 150 });
      shards.push({ dir, province, laos: laos.filter((l) => l.province === province) });
    }
    merged = join(mkdtempSync(join(tmpdir(), 'prongsai-merged-')), 'pagefind');
    ({ offsets } = mergeSearchDirs(shards.map((s) => s.dir), merged));
  }, 180_000);

  it('writes a router with no areas for a shard that holds no LAO', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'prongsai-shard-')), 'pagefind');
    const { areas } = await writeSearchIndex(generated, EXPLAINERS, dir, { shard: { provinces: new Set(), laoIds: new Set(['0000000']) } });
    expect(areas).toEqual([]);
    expect(manifestOf(dir).areas).toEqual([]);
  });

  it('holds every area of both shards, each shard\'s after the ones before, with its Pagefind bundle', () => {
    const sizes = shards.map((s) => manifestOf(s.dir).areas.length);
    expect(sizes.every((n) => n >= 2)).toBe(true);
    expect(offsets).toEqual([0, sizes[0]]);
    const manifest = manifestOf(merged);
    expect(manifest.areas.length).toBe(sizes[0]! + sizes[1]!);
    expect(manifest.provinces).toEqual(shards.map((s) => s.province));
    manifest.areas.forEach((_, i) => expect(existsSync(join(merged, `a${i}`, 'pagefind.js')), `a${i}`).toBe(true));
    // Each shard's areas keep their province.
    manifest.areas.forEach((entries, i) => {
      const shard = i < offsets[1]! ? 0 : 1;
      for (const e of entries) expect(manifest.provinces[typeof e === 'number' ? e : e[0]]).toBe(shards[shard]!.province);
    });
  });

  it('routes a query to the areas of both shards when both hold its words, as each shard\'s own router did', () => {
    const words = ['ถนน', 'ซื้อ', 'เทศบาล', 'จ้างเหมา', 'คอนกรีต', ...shards.flatMap((s) => s.laos.map((l) => l.name))];
    let inBoth = 0;
    for (const text of words) {
      const expected = shards.flatMap((s, i) => route(s.dir, text).map((r) => ({ area: r.area + offsets[i]!, estimate: r.estimate })))
        .sort((a, b) => b.estimate - a.estimate || a.area - b.area);
      const got = route(merged, text);
      expect(got, text).toEqual(expected);
      if (got.some((r) => r.area < offsets[1]!) && got.some((r) => r.area >= offsets[1]!)) inBoth++;
    }
    expect(inBoth).toBeGreaterThan(0);
  });

  it('finds each LAO of either shard by its name, in an area of its province', () => {
    const manifest = manifestOf(merged);
    for (const [i, shard] of shards.entries()) {
      for (const lao of shard.laos) {
        const areas = route(merged, lao.name).map((r) => r.area);
        expect(areas.length, lao.name).toBeGreaterThan(0);
        expect(areas.some((a) => (i === 0 ? a < offsets[1]! : a >= offsets[1]!)), lao.name).toBe(true);
        expect(manifest.provinces[manifest.areas[areas[0]!]!.map((e) => (typeof e === 'number' ? e : e[0]))[0]!]).toBeDefined();
      }
    }
  });
});
