// Incremental builds: after one LAO's data changes, a rebuild with the previous build's cache reuses
// the pages, downloads, API files and search areas of the others (a marker planted in a cached page
// comes through), makes the changed LAO's again, and gives byte for byte the site a full build gives.
// It builds the sample three times into temporary folders; content/generated is the sample's again
// at the end.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedDigests } from '../../src/lib/schema/digests.ts';
import { root } from './serve.ts';

const MARKER = '<!-- reused from the build cache -->';

function build(args: string[], env: Record<string, string>): string {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', ...env },
  });
  if (result.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function digests(): GeneratedDigests {
  return JSON.parse(readFileSync(join(root, 'content/generated/digests.json'), 'utf8')) as GeneratedDigests;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

describe('a rebuild after one LAO changed', () => {
  const work = mkdtempSync(join(tmpdir(), 'prongsai-incremental-'));
  const data = join(work, 'data');
  const env = { PRONGSAI_CACHE_DIR: join(work, 'cache') };
  let laos: string[];
  let changed: string[];
  let rebuildLog: string;
  const laoPage = (id: string) => `lao/${id}/index.html`;

  beforeAll(() => {
    cpSync(join(root, 'data/sample'), data, { recursive: true });
    build(['--data', data, '--strict', '--dist', join(work, 'first')], env);
    const before = digests();
    laos = Object.keys(before.laos);
    // A page the rebuild copies from the cache keeps the marker planted in the cached copy; a page it
    // renders again has none.
    for (const id of laos) appendFileSync(join(env.PRONGSAI_CACHE_DIR, 'astro/dist', laoPage(id)), MARKER);
    // A corrected export: one contract of one LAO is gone (the last row of the procurement file).
    const file = join(data, 'procurement.csv');
    const text = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    writeFileSync(file, `${text.slice(0, text.lastIndexOf('\n'))}\n`);
    rebuildLog = build(['--data', data, '--strict', '--dist', join(work, 'rebuilt')], env);
    const after = digests();
    changed = laos.filter((id) => after.laos[id] !== before.laos[id]);
    build(['--data', data, '--strict', '--dist', join(work, 'full'), '--full'], env);
  }, 240_000);

  afterAll(() => {
    // Leave content/generated as the other browser tests expect it: the sample's import.
    build(['--strict', '--dist', join(work, 'sample')], { PRONGSAI_INCREMENTAL: '0' });
  }, 120_000);

  it('changes exactly one LAO', () => {
    expect(changed).toHaveLength(1);
  });

  it('reuses the downloads, API files and search areas of the unchanged LAOs and vendors', () => {
    expect(rebuildLog).toMatch(new RegExp(`downloads: [\\d,]+ files, ${laos.length - 1} of ${laos.length} LAOs/vendors unchanged`));
    const api = /API: [\d,]+ files, (\d+) of (\d+) LAOs\/vendors unchanged/.exec(rebuildLog)!;
    expect(Number(api[1])).toBeGreaterThanOrEqual(laos.length - 1);
    expect(Number(api[1])).toBeLessThan(Number(api[2]));
    // The sample is one search area, which the changed LAO is in.
    expect(rebuildLog).toMatch(/search index: [\d,]+ records in 1 areas \(0 unchanged\)/);
  });

  it('copies the unchanged LAOs’ pages from the cache and renders the changed LAO’s again', () => {
    const marked = laos.filter((id) => readFileSync(join(work, 'rebuilt', laoPage(id)), 'utf8').endsWith(MARKER));
    expect(marked.sort()).toEqual(laos.filter((id) => !changed.includes(id)).sort());
  });

  it('gives the same site, file for file and byte for byte, as a full build', () => {
    const rebuilt = join(work, 'rebuilt');
    const full = join(work, 'full');
    expect(files(rebuilt)).toEqual(files(full));
    const differ = files(full).filter((f) => {
      const a = readFileSync(join(rebuilt, f), 'utf8');
      const b = readFileSync(join(full, f), 'utf8');
      return a !== b && a !== `${b}${MARKER}`;
    });
    expect(differ).toEqual([]);
  });

  it('reuses the search area when nothing changed', () => {
    const again = build(['--data', data, '--strict', '--dist', join(work, 'again')], env);
    expect(again).toMatch(/search index: [\d,]+ records in 1 areas \(1 unchanged\)/);
    expect(again).toMatch(new RegExp(`downloads: [\\d,]+ files, ${laos.length} of ${laos.length} LAOs/vendors unchanged`));
  });
});
