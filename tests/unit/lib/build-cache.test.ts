import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, cacheRoot, codeDigest, digestOf, filesUnder, linkOrCopy } from '../../../src/pipeline/build-cache.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'prongsai-cache-'));

describe('BuildCache', () => {
  it('finds an entry stored under the same key, and nothing under another', () => {
    const cache = new BuildCache(temp(), 'downloads');
    expect(cache.lookup('a')).toBeNull();
    const entry = cache.store('a', (dir) => writeFileSync(join(dir, 'x.csv'), 'x'));
    expect(cache.lookup('a')).toBe(entry);
    expect(readFileSync(join(entry, 'x.csv'), 'utf8')).toBe('x');
    expect(cache.lookup('b')).toBeNull();
    expect([cache.hits, cache.misses]).toEqual([1, 2]);
  });

  it('leaves no entry when writing it fails', async () => {
    const cache = new BuildCache(temp(), 'api');
    expect(() => cache.store('k', () => { throw new Error('disk full'); })).toThrow('disk full');
    await expect(cache.storeAsync('a', async () => { throw new Error('Pagefind stopped'); })).rejects.toThrow('Pagefind stopped');
    const again = new BuildCache(cache.dir.replace(/\/prongsai\/api$/, ''), 'api');
    expect(again.lookup('k')).toBeNull();
    expect(again.lookup('a')).toBeNull();
  });

  it('stores an entry written asynchronously', async () => {
    const cache = new BuildCache(temp(), 'search');
    const entry = await cache.storeAsync('k', async (dir) => { await Promise.resolve(); writeFileSync(join(dir, 'meta.json'), '{}'); });
    expect(cache.lookup('k')).toBe(entry);
    expect(readFileSync(join(entry, 'meta.json'), 'utf8')).toBe('{}');
  });

  it('prunes the entries a build neither found nor stored', () => {
    const root = temp();
    const first = new BuildCache(root, 'search');
    first.store('old', () => {});
    first.store('kept', () => {});
    const second = new BuildCache(root, 'search');
    second.lookup('kept');
    second.store('new', () => {});
    second.prune();
    expect(existsSync(join(second.dir, 'old'))).toBe(false);
    expect(existsSync(join(second.dir, 'kept'))).toBe(true);
    expect(existsSync(join(second.dir, 'new'))).toBe(true);
  });
});

describe('cacheRoot', () => {
  it('is .cache in the project, PRONGSAI_CACHE_DIR when set, and none when PRONGSAI_INCREMENTAL=0', () => {
    expect(cacheRoot('/p', {})).toBe('/p/.cache');
    expect(cacheRoot('/p', { PRONGSAI_CACHE_DIR: '/ci/cache' })).toBe('/ci/cache');
    expect(cacheRoot('/p', { PRONGSAI_INCREMENTAL: '0', PRONGSAI_CACHE_DIR: '/ci/cache' })).toBeNull();
  });
});

describe('digestOf and codeDigest', () => {
  it('digestOf tells parts apart', () => {
    expect(digestOf('a', 1)).toBe(digestOf('a', 1));
    expect(digestOf('a', 1)).not.toBe(digestOf('a', '1'));
    expect(digestOf(['ab'], 'c')).not.toBe(digestOf(['a'], 'bc'));
  });

  it('codeDigest changes when a source file changes', () => {
    const project = temp();
    for (const dir of ['src/lib', 'src/pipeline', 'src/integrations', 'src/i18n', 'content/explainers']) mkdirSync(join(project, dir), { recursive: true });
    writeFileSync(join(project, 'src/lib/a.ts'), 'export const a = 1;');
    const before = codeDigest(project);
    expect(codeDigest(project)).toBe(before);
    writeFileSync(join(project, 'src/lib/a.ts'), 'export const a = 2;');
    expect(codeDigest(project)).not.toBe(before);
    writeFileSync(join(project, 'package-lock.json'), '{}');
    expect(codeDigest(project)).not.toBe(before);
  });
});

describe('linkOrCopy and filesUnder', () => {
  it('links a file into a new folder, replacing what was there', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.json'), 'new');
    mkdirSync(join(dir, 'out/x'), { recursive: true });
    writeFileSync(join(dir, 'out/x/a.json'), 'old');
    linkOrCopy(join(dir, 'a.json'), join(dir, 'out/x/a.json'));
    linkOrCopy(join(dir, 'a.json'), join(dir, 'out/y/z/a.json'));
    expect(readFileSync(join(dir, 'out/x/a.json'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'out/y/z/a.json')).ino).toBe(statSync(join(dir, 'a.json')).ino);
    expect(filesUnder(join(dir, 'out'))).toEqual(['x/a.json', 'y/z/a.json']);
  });
});
