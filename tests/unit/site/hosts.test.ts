import { describe, expect, it } from 'vitest';
import { hostById, HOSTS, hostsThatFit, hostVerdict, overLimits } from '../../../src/lib/site/hosts.ts';

const MiB = 1024 ** 2;

describe('hostsThatFit', () => {
  it('fits a small site on every host', () => {
    expect(hostsThatFit({ files: 2_517, bytes: 25 * MiB, largestFileBytes: MiB })).toEqual(HOSTS.map((h) => h.name));
  });

  it('leaves out the hosts whose file count, size or file size a site passes', () => {
    expect(hostsThatFit({ files: 50_000, bytes: 500 * MiB, largestFileBytes: MiB })).toEqual(['GitHub Pages', 'GitLab Pages', 'Cloudflare Pages (paid)']);
    expect(hostsThatFit({ files: 5_000, bytes: 2048 * MiB, largestFileBytes: 30 * MiB })).toEqual([]);
    expect(hostsThatFit({ files: 717_731, bytes: 10_582 * MiB, largestFileBytes: 433 * MiB })).toEqual([]);
  });

  it('says what is over', () => {
    const cloudflare = HOSTS.find((h) => h.name === 'Cloudflare Pages (free)')!;
    expect(overLimits({ files: 20_001, bytes: 1, largestFileBytes: 26 * MiB }, cloudflare)).toEqual(['20,001 files > 20,000', 'a 26 MiB file > 25 MiB']);
    const github = HOSTS.find((h) => h.name === 'GitHub Pages')!;
    expect(overLimits({ files: 1, bytes: 1536 * MiB, largestFileBytes: 1 }, github)).toEqual(['1,536 MiB > 1,024 MiB']);
  });
});

describe('hostVerdict', () => {
  const github = hostById('github-pages');

  it('says a site fits, with its size', () => {
    expect(hostVerdict('shard-1', { files: 2_294, bytes: 338 * MiB, largestFileBytes: MiB }, github, true))
      .toEqual({ fits: true, lines: ['fits GitHub Pages: 2,294 files, 338 MiB, largest file 1 MiB'] });
  });

  it('says by how much a site is over, and what to do, in English and Thai', () => {
    const { fits, lines } = hostVerdict('shard-2', { files: 9, bytes: 1536 * MiB, largestFileBytes: MiB }, github, false);
    expect(fits).toBe(false);
    expect(lines[0]).toBe("shard-2 is over GitHub Pages's limits: 1,536 MiB > 1,024 MiB. Plan smaller shards (npm run shard-plan -- --host github-pages --margin 0.6), or publish the downloads apart (PRONGSAI_DATA_URL).");
    expect(lines[1]).toContain('เกินขีดจำกัดของ GitHub Pages');
    expect(hostVerdict('shard-2', { files: 9, bytes: 1536 * MiB, largestFileBytes: MiB }, github, true).lines[0]).not.toContain('PRONGSAI_DATA_URL');
  });

  it('knows the hosts by id, and lists them for an unknown one', () => {
    expect(hostById('cloudflare-paid').maxFiles).toBe(100_000);
    expect(() => hostById('netlify')).toThrow(/github-pages, gitlab-pages, cloudflare-free, cloudflare-paid/);
  });
});
