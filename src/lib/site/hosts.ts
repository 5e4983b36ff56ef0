// The limits of mainstream static hosts, and which of them a built site fits. Figures as the hosts
// document them: GitHub Pages — published sites up to 1 GB (and 100 MiB per file, git's limit, when
// the site is pushed as a branch); GitLab Pages (gitlab.com) — 1 GB artifacts and 200,000 files;
// Cloudflare Pages — 20,000 files on the free plan and 100,000 on paid plans, 25 MiB per file.

export interface HostLimits {
  name: string;
  maxBytes: number | null;
  maxFiles: number | null;
  maxFileBytes: number | null;
}

const GB = 1024 ** 3;
const MiB = 1024 ** 2;

export const HOSTS: readonly HostLimits[] = [
  { name: 'GitHub Pages', maxBytes: 1 * GB, maxFiles: null, maxFileBytes: 100 * MiB },
  { name: 'GitLab Pages', maxBytes: 1 * GB, maxFiles: 200_000, maxFileBytes: null },
  { name: 'Cloudflare Pages (free)', maxBytes: null, maxFiles: 20_000, maxFileBytes: 25 * MiB },
  { name: 'Cloudflare Pages (paid)', maxBytes: null, maxFiles: 100_000, maxFileBytes: 25 * MiB },
];

export interface SiteSize {
  files: number;
  bytes: number;
  largestFileBytes: number;
}

/** What keeps a site off a host, in words; empty when it fits. */
export function overLimits(site: SiteSize, host: HostLimits): string[] {
  const over: string[] = [];
  const n = (x: number) => x.toLocaleString('en');
  if (host.maxFiles !== null && site.files > host.maxFiles) over.push(`${n(site.files)} files > ${n(host.maxFiles)}`);
  if (host.maxBytes !== null && site.bytes > host.maxBytes) over.push(`${n(Math.round(site.bytes / MiB))} MiB > ${n(host.maxBytes / MiB)} MiB`);
  if (host.maxFileBytes !== null && site.largestFileBytes > host.maxFileBytes) over.push(`a ${n(Math.round(site.largestFileBytes / MiB))} MiB file > ${n(host.maxFileBytes / MiB)} MiB`);
  return over;
}

/** The hosts a site fits. */
export function hostsThatFit(site: SiteSize): string[] {
  return HOSTS.filter((h) => overLimits(site, h).length === 0).map((h) => h.name);
}
