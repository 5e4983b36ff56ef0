// A site built in two shards and merged, as the sharded CI workflow does it: each shard builds the
// pages and search index of one province (PRONGSAI_SHARD_PROVINCES), scripts/merge-shards.ts merges
// them. The merged site is the whole site, file for file, but for its search index; and one search in
// a real browser finds records of both shards, the best area first and the other one click away.
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

describe.skipIf(skipReason(dist, 'shards') !== null)('a site built in two shards and merged (sample)', () => {
  let served: Served;
  let browser: Browser;
  let merged: string;
  let laoProvince: Map<string, string>;
  let shardFiles: string[][];
  beforeAll(async () => {
    const laos = JSON.parse(readFileSync(join(dist, 'api/laos.json'), 'utf8')) as LaoSummary[];
    laoProvince = new Map(laos.map((l) => [l.name, l.province]));
    // As .github/workflows/sharded-build.yml does it: one import, a plan, a build per shard, a merge.
    // (Astro reads content/generated, which holds the sample's import when the browser tests run.)
    run(['scripts/import.ts', '--strict']);
    const plan = JSON.parse(run(['scripts/shard-plan.ts', '--shards', '2'])) as { shard: number; provinces: string }[];
    expect(plan.map((p) => p.provinces.split(',').length)).toEqual([1, 1]);
    const shards: string[] = [];
    for (const { shard, provinces } of plan) {
      const out = join(mkdtempSync(join(tmpdir(), `prongsai-shard-${shard}-`)), 'dist');
      // The first shard also renders the pages about the whole site; the others leave them out.
      run(['scripts/build.ts', '--no-import', '--dist', out], { PRONGSAI_SHARD_PROVINCES: provinces, PRONGSAI_SHARD_SHARED: shard === 1 ? '1' : '0' });
      shards.push(out);
    }
    shardFiles = shards.map((s) => [...siteFiles(s).keys()]);
    merged = join(mkdtempSync(join(tmpdir(), 'prongsai-merged-')), 'dist');
    run(['scripts/merge-shards.ts', '--out', merged, ...shards]);
    served = await serve(merged);
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('renders each LAO in one shard, and the pages about the whole site in the first only', () => {
    const laoPages = (files: string[]) => new Set(files.filter((f) => /^lao\/[^/]+\/index\.html$/.test(f)));
    const [first, second] = shardFiles.map(laoPages);
    expect(first!.size).toBeGreaterThan(0);
    expect(second!.size).toBeGreaterThan(0);
    expect([...first!].filter((f) => second!.has(f))).toEqual([]);
    expect(shardFiles[0]!.some((f) => f.startsWith('vendor/'))).toBe(true);
    expect(shardFiles[1]!.some((f) => f.startsWith('vendor/') || f.startsWith('en/vendor/') || f === 'flags/index.html')).toBe(false);
  });

  it('publishes each download and API file in one shard, the whole dataset’s and the vendors’ in the first', () => {
    const owned = (files: string[]) => new Set(files.filter((f) => /^(?:download|api\/lao|api\/vendor)\//.test(f)));
    const [first, second] = shardFiles.map(owned);
    expect([...first!].filter((f) => second!.has(f))).toEqual([]);
    expect([...second!].some((f) => f.startsWith('download/lao/'))).toBe(true);
    expect([...second!].some((f) => f.startsWith('download/province/'))).toBe(true);
    expect([...second!].some((f) => f.startsWith('api/lao/'))).toBe(true);
    expect([...second!].some((f) => f.startsWith('download/all/') || f === 'download/index.json' || f.startsWith('api/vendor/'))).toBe(false);
    expect(first!.has('download/index.json')).toBe(true);
    expect([...first!].some((f) => f.startsWith('download/all/'))).toBe(true);
  });

  it('is the whole site, file for file, but for its search index', () => {
    const whole = siteFiles(dist);
    const parts = siteFiles(merged);
    expect([...parts.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [path, bytes] of whole) expect(parts.get(path)!.equals(bytes), path).toBe(true);
  });

  it('one search finds records of both shards', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.origin}/search/?q=${encodeURIComponent('ถนน')}&kind=procurement`);
    const provincesOfResults = async () => {
      await page.waitForFunction(() => {
        const text = document.querySelector('#search-status')?.textContent ?? '';
        return text !== '' && !text.endsWith('…') && document.querySelectorAll('#search-results li').length > 0;
      });
      const facts = await page.$$eval('#search-results .search-facts', (spans) => spans.map((s) => s.textContent ?? ''));
      return new Set(facts.map((f) => [...laoProvince].find(([name]) => f.includes(name))?.[1]));
    };
    const first = await provincesOfResults();
    expect(first.size).toBe(1);
    // The other shard's area is offered; a click searches it.
    const other = page.locator('#search-areas button');
    expect(await other.count()).toBe(1);
    const before = await page.textContent('#search-results');
    await other.click();
    await page.waitForFunction((old) => document.querySelector('#search-results')?.textContent !== old, before);
    const second = await provincesOfResults();
    expect(second.size).toBe(1);
    expect([...first, ...second].sort()).toEqual([...new Set(laoProvince.values())].sort());
    await page.close();
  });
});
