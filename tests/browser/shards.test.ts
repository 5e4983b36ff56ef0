// A site built in shards and merged, as the sharded CI workflow does it: the plan sizes shards for a
// host (here Cloudflare Pages' free plan, with a small margin so that the sample's provinces are split
// between shards), each shard builds the pages and search index of its LAOs and provinces with the
// downloads and API published apart (PRONGSAI_DATA_URL), and scripts/merge-shards.ts merges the pages
// and the data folders. The merged site is the whole site, file for file, but for its search index and
// the address of the downloads; and one search in a real browser finds records of every shard.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaoSummary } from '../../src/lib/schema/site.ts';
import { dist, launchChromium, serve, skipReason, type Served } from './serve.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

function run(args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Every file of a folder but its search index, by path. */
function siteFiles(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((path) => !path.startsWith('pagefind/'))
    .map((path) => [path, readFileSync(join(dir, path))]));
}

/** Where the shards publish the downloads: the address the downloads already name when the site has none, so that their bytes match the whole build's. */
const DATA_URL = 'https://prongsai.invalid/';

interface PlannedShard {
  shard: number;
  provinces: string;
  laos: string;
}

describe.skipIf(skipReason(dist, 'shards') !== null)('a site built in shards sized for a host and merged (sample)', () => {
  let served: Served;
  let browser: Browser;
  let merged: string;
  let mergedData: string;
  let laos: LaoSummary[];
  let plan: PlannedShard[];
  let shardFiles: string[][];
  let shardData: string[][];
  beforeAll(async () => {
    laos = JSON.parse(readFileSync(join(dist, 'api/laos.json'), 'utf8')) as LaoSummary[];
    // As .github/workflows/sharded-build.yml does it: one import, a plan, a build per shard, a merge.
    // (Astro reads content/generated, which holds the sample's import when the browser tests run.)
    run(['scripts/import.ts', '--strict']);
    plan = JSON.parse(run(['scripts/shard-plan.ts', '--host', 'cloudflare-free', '--margin', '0.05'])) as PlannedShard[];
    const shards: string[] = [];
    for (const { shard, provinces, laos: ids } of plan) {
      const out = join(mkdtempSync(join(tmpdir(), `prongsai-shard-${shard}-`)), 'dist');
      // The first shard also renders the pages about the whole site; the others leave them out.
      const stdout = run(['scripts/build.ts', '--no-import', '--dist', out], {
        PRONGSAI_SHARD_PROVINCES: provinces, PRONGSAI_SHARD_LAOS: ids, PRONGSAI_SHARD_SHARED: shard === 1 ? '1' : '0',
        PRONGSAI_DATA_URL: DATA_URL, PRONGSAI_HOST: 'cloudflare-free',
      });
      expect(stdout).toMatch(/fits Cloudflare Pages \(free\): [\d,]+ files/);
      shards.push(out);
    }
    shardFiles = shards.map((s) => [...siteFiles(s).keys()]);
    shardData = shards.map((s) => [...siteFiles(`${s}-data`).keys()]);
    merged = join(mkdtempSync(join(tmpdir(), 'prongsai-merged-')), 'dist');
    run(['scripts/merge-shards.ts', '--out', merged, ...shards]);
    mergedData = `${merged}-data`;
    run(['scripts/merge-shards.ts', '--out', mergedData, ...shards.map((s) => `${s}-data`)]);
    served = await serve(merged);
    browser = await launchChromium();
  }, 360_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('plans more shards than provinces, one province split between shards, one shard publishing its pages', () => {
    const provinces = [...new Set(laos.map((l) => l.province))];
    expect(plan.length).toBeGreaterThan(provinces.length);
    expect(plan.some((p) => p.laos !== '')).toBe(true);
    expect(plan.flatMap((p) => p.provinces.split(',').filter(Boolean)).sort()).toEqual(provinces.sort());
  });

  it('renders each LAO in one shard, each province in one, and the pages about the whole site in the first only', () => {
    const pagesOf = (pattern: RegExp) => shardFiles.map((files) => files.filter((f) => pattern.test(f)));
    for (const pattern of [/^lao\/[^/]+\/index\.html$/, /^province\/[^/]+\/index\.html$/]) {
      const perShard = pagesOf(pattern);
      const all = perShard.flat();
      expect(new Set(all).size, String(pattern)).toBe(all.length);
    }
    expect(pagesOf(/^lao\/[^/]+\/index\.html$/).flat()).toHaveLength(laos.length);
    expect(shardFiles[0]!.some((f) => f.startsWith('vendor/'))).toBe(true);
    for (const files of shardFiles.slice(1)) expect(files.some((f) => f.startsWith('vendor/') || f.startsWith('en/vendor/') || f === 'flags/index.html')).toBe(false);
  });

  it('publishes the downloads and API apart from the pages, each file in one shard, the whole dataset’s and the vendors’ in the first', () => {
    for (const files of shardFiles) expect(files.filter((f) => /^(?:download|api)\//.test(f))).toEqual([]);
    for (const files of shardData) expect(files.filter((f) => !/^(?:download|api)\//.test(f))).toEqual([]);
    const all = shardData.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(shardData[0]!.includes('download/index.json')).toBe(true);
    expect(shardData[0]!.some((f) => f.startsWith('download/all/'))).toBe(true);
    for (const files of shardData.slice(1)) {
      expect(files.some((f) => f.startsWith('download/lao/'))).toBe(true);
      expect(files.some((f) => f.startsWith('download/all/') || f === 'download/index.json' || f.startsWith('api/vendor/'))).toBe(false);
    }
  });

  it('is the whole site, file for file, but for its search index and the downloads’ address', () => {
    const whole = siteFiles(dist);
    const pages = siteFiles(merged);
    const data = siteFiles(mergedData);
    expect([...pages.keys(), ...data.keys()].sort()).toEqual([...whole.keys()].sort());
    let linked = 0;
    for (const [path, bytes] of pages) {
      if (!path.endsWith('.html')) {
        expect(bytes.equals(whole.get(path)!), path).toBe(true);
        continue;
      }
      const text = bytes.toString('utf8');
      if (text.includes(`href="${DATA_URL}download/`)) linked++;
      expect(text.replaceAll(`href="${DATA_URL}download/`, 'href="/download/').replaceAll(`href="${DATA_URL}api/`, 'href="/api/'), path).toBe(whole.get(path)!.toString('utf8'));
    }
    expect(linked).toBeGreaterThan(laos.length);
    // The API's own links point at where the API is published (the downloads' address), the rest is equal.
    for (const [path, bytes] of data) {
      if (!path.startsWith('api/')) expect(bytes.equals(whole.get(path)!), path).toBe(true);
      else expect(bytes.toString('utf8').replaceAll(`"${DATA_URL}api/`, '"/api/'), path).toBe(whole.get(path)!.toString('utf8'));
    }
    expect([...data].some(([path, bytes]) => path.startsWith('api/vendor/') && bytes.toString('utf8').includes(`"${DATA_URL}api/`))).toBe(true);
  });

  it('one search finds records of every shard', async () => {
    const manifest = JSON.parse(readFileSync(join(merged, 'pagefind/areas.json'), 'utf8')) as { areas: unknown[] };
    expect(manifest.areas.length).toBeGreaterThanOrEqual(plan.length);
    const page = await browser.newPage();
    const found = new Set<string>();
    for (let i = 0; i < manifest.areas.length; i++) {
      await page.goto(`${served.origin}/search/?q=${encodeURIComponent('ถนน')}&kind=procurement&area=a${i}`);
      await page.waitForFunction(() => {
        const text = document.querySelector('#search-status')?.textContent ?? '';
        return text !== '' && !text.endsWith('…');
      });
      const facts = await page.$$eval('#search-results .search-facts', (spans) => spans.map((s) => s.textContent ?? ''));
      for (const f of facts) for (const lao of laos) if (f.includes(lao.name)) found.add(lao.id);
    }
    await page.close();
    // Every shard's LAOs answer: one search over the merged index reaches them all.
    for (const { provinces, laos: ids } of plan) {
      const own = ids ? ids.split(',') : laos.filter((l) => provinces.split(',').includes(l.province)).map((l) => l.id);
      expect(own.some((id) => found.has(id)), `shard of ${ids || provinces}`).toBe(true);
    }
  });
});
