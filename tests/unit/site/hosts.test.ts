import { describe, expect, it } from 'vitest';
import { HOSTS, hostsThatFit, overLimits } from '../../../src/lib/site/hosts.ts';

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
