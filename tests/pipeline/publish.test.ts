import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardStaged, previousOf, publishStaged, recoverInterrupted, stagingOf } from '../../src/pipeline/publish.ts';

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}
const page = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');

describe('atomic publishing', () => {
  it('stages beside the published folder, whatever its trailing slash', () => {
    expect(stagingOf('/x/dist/')).toBe('/x/dist.next');
    expect(previousOf('/x/dist')).toBe('/x/dist.previous');
  });

  it('replaces the published site with the staged one, and leaves nothing else behind', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'prongsai-publish-')), 'dist');
    site(dist, 'old');
    site(stagingOf(dist), 'new');
    publishStaged(dist);
    expect(page(dist)).toBe('new');
    expect(existsSync(stagingOf(dist))).toBe(false);
    expect(existsSync(previousOf(dist))).toBe(false);
  });

  it('publishes a first build when there was none', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'prongsai-publish-')), 'dist');
    site(stagingOf(dist), 'first');
    publishStaged(dist);
    expect(page(dist)).toBe('first');
  });

  it('discards a failed build without touching the published site', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'prongsai-publish-')), 'dist');
    site(dist, 'published');
    site(stagingOf(dist), 'half');
    discardStaged(dist);
    expect(page(dist)).toBe('published');
    expect(existsSync(stagingOf(dist))).toBe(false);
  });

  it('puts back the previous site when a publication was interrupted between its renames', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'prongsai-publish-')), 'dist');
    site(previousOf(dist), 'previous');
    site(stagingOf(dist), 'unfinished');
    recoverInterrupted(dist);
    expect(page(dist)).toBe('previous');
    expect(existsSync(previousOf(dist))).toBe(false);
    expect(existsSync(stagingOf(dist))).toBe(false);
  });

  it('keeps the published site and drops leftovers when nothing was interrupted', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'prongsai-publish-')), 'dist');
    site(dist, 'published');
    site(previousOf(dist), 'stale');
    recoverInterrupted(dist);
    expect(page(dist)).toBe('published');
    expect(existsSync(previousOf(dist))).toBe(false);
  });
});
