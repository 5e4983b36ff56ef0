// Builds you can trust. Deterministic: two clean builds of the same data, from two copies of the project
// in different folders with caches of their own, give the same site byte for byte. Atomic: a build that
// is killed while it writes pages, or fails in the pages stage, or stops on a data error, leaves the
// published site exactly as it was, and the next build recovers and publishes.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previousOf, stagingOf } from '../../src/pipeline/publish.ts';
import { materialiseProngsai } from '../workflow-runner.ts';
import { root } from './serve.ts';

/** Every file of a folder, by path, with its SHA-256. */
function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The paths whose content differs between two trees (or that only one has), at most `limit`. */
function differences(a: Map<string, string>, b: Map<string, string>, limit = 15): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).sort().slice(0, limit);
}

const htmlCount = (dir: string): number =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length : 0;

describe('builds you can trust (sample data)', () => {
  let tmp: string;
  const copy = (name: string) => join(tmp, name);
  const env = (cache: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
    // A clean environment: nothing of this test run's own settings, one date for both builds.
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PRONGSAI_') && k !== 'BASE_URL'));
    return { ...clean, SOURCE_DATE_EPOCH: '1750000000', PRONGSAI_CACHE_DIR: cache, ...extra };
  };
  const build = (project: string, dist: string, args: string[] = [], extra: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/build.ts', '--strict', '--dist', dist, ...args], {
      cwd: project, env: env(join(project, '.test-cache'), extra), encoding: 'utf8', maxBuffer: 256 << 20,
    });
  let first: Map<string, string>;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'prongsai-publishing-'));
    for (const name of ['a', 'b']) materialiseProngsai(root, copy(name));
  }, 120_000);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('gives the same site byte for byte from two clean builds in two folders', () => {
    for (const name of ['a', 'b']) {
      const result = build(copy(name), join(copy(name), 'dist'), ['--full']);
      expect(result.status, `${name}: ${result.stderr.slice(-3000)}`).toBe(0);
    }
    first = digests(join(copy('a'), 'dist'));
    const second = digests(join(copy('b'), 'dist'));
    expect(first.size).toBeGreaterThan(500);
    expect(differences(first, second)).toEqual([]);
    // The built site names no folder of the machine that built it.
    const quality = JSON.parse(readFileSync(join(copy('a'), 'dist/data/quality.json'), 'utf8')) as { dataDir: string };
    expect(quality.dataDir).toBe('data');
  }, 600_000);

  it('keeps the published site when a build is killed while it writes the pages, and the next build recovers', async () => {
    const project = copy('a');
    const dist = join(project, 'dist');
    const child = spawn(process.execPath, ['scripts/build.ts', '--strict', '--full', '--dist', dist], {
      cwd: project, env: env(join(project, '.test-cache')), stdio: 'ignore', detached: true,
    });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    const deadline = Date.now() + 240_000;
    while (htmlCount(stagingOf(dist)) < 20) {
      if (Date.now() > deadline) throw new Error('the build never started writing pages');
      await new Promise((r) => setTimeout(r, 25));
    }
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    expect(htmlCount(stagingOf(dist))).toBeGreaterThanOrEqual(20);
    expect(differences(first, digests(dist))).toEqual([]);

    const again = build(project, dist);
    expect(again.status, again.stderr.slice(-3000)).toBe(0);
    expect(existsSync(stagingOf(dist))).toBe(false);
    expect(existsSync(previousOf(dist))).toBe(false);
    expect(differences(first, digests(dist))).toEqual([]);
  }, 600_000);

  it('keeps the published site when the pages stage fails', () => {
    const project = copy('a');
    const dist = join(project, 'dist');
    // The site's configuration (astro.config.mjs) refuses a downloads address that is not a URL.
    const result = build(project, dist, [], { PRONGSAI_DATA_URL: 'not-an-address' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('the published site in');
    expect(existsSync(stagingOf(dist))).toBe(false);
    expect(differences(first, digests(dist))).toEqual([]);
  }, 300_000);

  it('keeps the published site when the data has an error (strict build)', () => {
    const project = copy('a');
    const dist = join(project, 'dist');
    const data = join(tmp, 'bad-data');
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, 'budget.csv'), 'รหัส อปท.,ปีงบประมาณ,ขั้นตอน,ด้าน,แผนงาน,งาน,งบ,หมวด,ประเภท,รายการ,จำนวนเงิน\n6610601,2568,อนุมัติ,ด้านบริการชุมชนและสังคม,แผนงานการศึกษา,งานระดับก่อนวัยเรียน,งบดำเนินงาน,ค่าวัสดุ,วัสดุ,วัสดุ,1.5 ล้าน\n');
    const result = build(project, dist, ['--data', data]);
    expect(result.status).not.toBe(0);
    expect(existsSync(stagingOf(dist))).toBe(false);
    expect(differences(first, digests(dist))).toEqual([]);
  }, 300_000);
});
