// The search index written from the bundled sample: areas, router and Pagefind bundles on disk.
// A low record limit splits the sample's 7 LAOs into several areas, as a national dataset would be.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { importToDisk } from '../../src/pipeline/import-to-disk.ts';
import { areaNames, chunksFor, routerWords, routeTerms, type RouterChunk, type RouterManifest } from '../../src/lib/search/router.ts';
import { queryText } from '../../src/lib/search/thai-words.ts';
import { filesUnder } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXPLAINERS = join(ROOT, 'content/explainers/th');

/** The areas a query is sent to, found as the search page finds them. */
function route(dir: string, text: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'areas.json'), 'utf8')) as RouterManifest;
  const terms = routerWords(queryText(text));
  const chunks = new Map<string, RouterChunk>();
  for (const name of terms.flatMap((t) => chunksFor(t, manifest.chunks))) {
    const path = join(dir, 'route', `${name}.json`);
    chunks.set(name, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RouterChunk) : []);
  }
  return routeTerms(terms, manifest.chunks, chunks).map((r) => `a${r.area}`);
}

describe('search index of the sample', () => {
  let generated: string;
  let split: string;
  let whole: string;
  let splitResult: Awaited<ReturnType<typeof writeSearchIndex>>;
  beforeAll(async () => {
    generated = join(mkdtempSync(join(tmpdir(), 'prongsai-search-')), 'generated');
    await importToDisk({ dataDir: join(ROOT, 'data/sample'), outDir: generated, strict: true, projectRoot: ROOT, log: () => {} });
    split = join(mkdtempSync(join(tmpdir(), 'prongsai-split-')), 'pagefind');
    whole = join(mkdtempSync(join(tmpdir(), 'prongsai-whole-')), 'pagefind');
    splitResult = await writeSearchIndex(generated, EXPLAINERS, split, { areaRecordLimit: 150 });
    await writeSearchIndex(generated, EXPLAINERS, whole);
  }, 120_000);

  it('fits the sample in one area by default', () => {
    const manifest = JSON.parse(readFileSync(join(whole, 'areas.json'), 'utf8')) as RouterManifest;
    expect(areaNames(manifest)).toEqual([{ id: 'a0', provinces: ['ชัยนาท', 'อุทัยธานี'], parts: [null, null] }]);
    expect(existsSync(join(whole, 'a0/pagefind.js'))).toBe(true);
    // Pagefind's own search UIs are not copied.
    expect(readdirSync(join(whole, 'a0')).some((f) => f.includes('-ui.'))).toBe(false);
  });

  it('packs whole LAOs into areas within the limit, every record counted once', () => {
    const areas = splitResult.areas;
    expect(areas.length).toBeGreaterThanOrEqual(3);
    expect(areaNames(JSON.parse(readFileSync(join(split, 'areas.json'), 'utf8')) as RouterManifest).map((a) => a.provinces)).toEqual(areas.map((a) => a.provinces));
    expect(areas.reduce((n, a) => n + a.laos, 0)).toBe(7);
    expect(areas.reduce((n, a) => n + a.records, 0)).toBe(splitResult.records);
    for (const area of areas) {
      if (area.laos > 1) expect(area.records, area.id).toBeLessThanOrEqual(150);
      expect(existsSync(join(split, area.id, 'pagefind.js')), area.id).toBe(true);
    }
  });

  it('routes each LAO code to the one area holding that LAO, and covers every area', () => {
    const laos = JSON.parse(readFileSync(join(generated, 'laos.json'), 'utf8')) as { code: string }[];
    const hit = laos.map((lao) => route(split, lao.code));
    for (const areas of hit) expect(areas).toHaveLength(1);
    const manifest = JSON.parse(readFileSync(join(split, 'areas.json'), 'utf8')) as RouterManifest;
    expect(new Set(hit.flat())).toEqual(new Set(areaNames(manifest).map((a) => a.id)));
  });

  it('routes a word found everywhere to every area, and a tax id to the areas of its vendor', () => {
    const manifest = JSON.parse(readFileSync(join(split, 'areas.json'), 'utf8')) as RouterManifest;
    // Every area carries the explainers, and they speak of the budget.
    expect(route(split, 'งบประมาณ').sort()).toEqual(areaNames(manifest).map((a) => a.id).sort());
    const vendors = JSON.parse(readFileSync(join(generated, 'vendors.json'), 'utf8')) as { taxId: string | null; laoIds: string[] }[];
    const vendor = vendors.find((v) => v.taxId && v.laoIds.length > 1) ?? vendors.find((v) => v.taxId)!;
    const areas = route(split, vendor.taxId!);
    expect(areas.length).toBeGreaterThanOrEqual(1);
    expect(areas.length).toBeLessThanOrEqual(vendor.laoIds.length);
  });

  it('is deterministic: the same input gives byte-identical index files', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'prongsai-again-')), 'pagefind');
    await writeSearchIndex(generated, EXPLAINERS, again, { areaRecordLimit: 150 });
    const a = filesUnder(split);
    const b = filesUnder(again);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, content] of a) expect(content.equals(b.get(name)!), name).toBe(true);
  }, 60_000);
});
