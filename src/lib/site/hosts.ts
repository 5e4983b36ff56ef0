// The limits of mainstream static hosts, and which of them a built site fits. Figures as the hosts
// document them: GitHub Pages — published sites up to 1 GB (and 100 MiB per file, git's limit, when
// the site is pushed as a branch); GitLab Pages (gitlab.com) — 1 GB artifacts and 200,000 files;
// Cloudflare Pages — 20,000 files on the free plan and 100,000 on paid plans, 25 MiB per file.

export interface HostLimits {
  /** For --host: github-pages, gitlab-pages, cloudflare-free, cloudflare-paid. */
  id: string;
  name: string;
  maxBytes: number | null;
  maxFiles: number | null;
  maxFileBytes: number | null;
}

const GB = 1024 ** 3;
const MiB = 1024 ** 2;

export const HOSTS: readonly HostLimits[] = [
  { id: 'github-pages', name: 'GitHub Pages', maxBytes: 1 * GB, maxFiles: null, maxFileBytes: 100 * MiB },
  { id: 'gitlab-pages', name: 'GitLab Pages', maxBytes: 1 * GB, maxFiles: 200_000, maxFileBytes: null },
  { id: 'cloudflare-free', name: 'Cloudflare Pages (free)', maxBytes: null, maxFiles: 20_000, maxFileBytes: 25 * MiB },
  { id: 'cloudflare-paid', name: 'Cloudflare Pages (paid)', maxBytes: null, maxFiles: 100_000, maxFileBytes: 25 * MiB },
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

/** The host of an id, or an error that lists the ids. */
export function hostById(id: string): HostLimits {
  const host = HOSTS.find((h) => h.id === id);
  if (!host) throw new Error(`unknown host "${id}": use one of ${HOSTS.map((h) => h.id).join(', ')} / ไม่รู้จักผู้ให้บริการ "${id}"`);
  return host;
}

/**
 * What a build says of its output against the host it is meant for (PRONGSAI_HOST): whether it fits,
 * and in English and Thai what to do when it does not.
 */
export function hostVerdict(dir: string, site: SiteSize, host: HostLimits, downloadsApart: boolean): { fits: boolean; lines: string[] } {
  const over = overLimits(site, host);
  const mib = (n: number) => `${Math.round(n / MiB).toLocaleString('en')} MiB`;
  if (!over.length) return { fits: true, lines: [`fits ${host.name}: ${site.files.toLocaleString('en')} files, ${mib(site.bytes)}, largest file ${mib(site.largestFileBytes)}`] };
  return {
    fits: false,
    lines: [
      `${dir} is over ${host.name}'s limits: ${over.join('; ')}. Plan smaller shards (npm run shard-plan -- --host ${host.id} --margin 0.6)${downloadsApart ? '' : ', or publish the downloads apart (PRONGSAI_DATA_URL)'}.`,
      `เว็บไซต์ใน ${dir} เกินขีดจำกัดของ ${host.name}: แบ่งชิ้นให้เล็กลง (npm run shard-plan -- --host ${host.id} --margin 0.6)${downloadsApart ? '' : ' หรือแยกไฟล์ดาวน์โหลดไปเผยแพร่ที่อื่น (PRONGSAI_DATA_URL)'}`,
    ],
  };
}
