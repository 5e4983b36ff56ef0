// sitemap.xml and robots.txt for the built site (written by src/integrations/sitemap.ts). Every HTML
// page in both languages, as absolute URLs, sorted; over 50,000 URLs (the protocol's limit per file)
// sitemap.xml becomes an index of numbered files, so robots.txt always names the same file.
import { provinceSlug } from '../geo/provinces.ts';
import { escapeXml, PLACEHOLDER_ORIGIN } from './feed.ts';
import { localePath } from './i18n.ts';
import { siteLangs } from './site-settings.ts';

export const SITEMAP_URL_LIMIT = 50_000;
export const SITEMAP_FILE = 'sitemap.xml';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The absolute address of the site's root, with the base path: ('https://x.org', '/my-lao') → 'https://x.org/my-lao/'. */
export function siteRoot(site: string | undefined, base: string): string {
  return new URL(base.replace(/\/?$/, '/'), site ?? PLACEHOLDER_ORIGIN).href;
}

/** The path an HTML file of the built site is served at ('lao/1/index.html' → '/lao/1/'), or null for any other file. */
export function pagePath(file: string): string | null {
  const posix = file.replaceAll('\\', '/');
  if (posix === 'index.html') return '/';
  return posix.endsWith('/index.html') ? `/${posix.slice(0, -'index.html'.length)}` : null;
}

/**
 * The pages of LAOs (overview and data quality), their years and provinces, in both languages: the
 * pages a shard build renders only for its own part of the site, so that the shard that writes the
 * sitemap can list the others'.
 * Must follow the getStaticPaths of src/pages/[...lang]/lao/ and province/ (a whole build checks it).
 */
export function laoAndProvincePages(laos: readonly { id: string; province: string; fiscalYears: readonly number[] }[]): string[] {
  const paths = new Set<string>();
  for (const lao of laos) {
    paths.add(`/lao/${lao.id}/`);
    paths.add(`/lao/${lao.id}/quality/`);
    for (const fy of lao.fiscalYears) paths.add(`/lao/${lao.id}/${fy}/`);
    paths.add(`/province/${provinceSlug(lao.province)}/`);
  }
  return siteLangs().flatMap((lang) => [...paths].map((path) => localePath(lang, path)));
}

/** A site path as an absolute URL under `root` (siteRoot). */
export function pageUrl(root: string, path: string): string {
  return root + path.replace(/^\//, '');
}

export interface SitemapFile {
  /** File name at the site's root. */
  name: string;
  xml: string;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

function urlset(urls: readonly string[]): string {
  return `${HEAD}<urlset xmlns="${NS}">\n${urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>\n`).join('')}</urlset>\n`;
}

/**
 * The sitemap of these absolute URLs, sorted and without repeats: one sitemap.xml up to `limit` URLs,
 * else sitemap.xml as an index of sitemap-1.xml, sitemap-2.xml, … of `limit` URLs each.
 */
export function sitemapFiles(urls: Iterable<string>, root: string, limit = SITEMAP_URL_LIMIT): SitemapFile[] {
  const sorted = [...new Set(urls)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length <= limit) return [{ name: SITEMAP_FILE, xml: urlset(sorted) }];
  const parts: SitemapFile[] = [];
  for (let i = 0; i < sorted.length; i += limit) parts.push({ name: `sitemap-${parts.length + 1}.xml`, xml: urlset(sorted.slice(i, i + limit)) });
  const index = `${HEAD}<sitemapindex xmlns="${NS}">\n${parts.map((p) => `<sitemap><loc>${escapeXml(pageUrl(root, p.name))}</loc></sitemap>\n`).join('')}</sitemapindex>\n`;
  return [{ name: SITEMAP_FILE, xml: index }, ...parts];
}

/**
 * robots.txt: everything may be crawled; the sitemap is named. Crawlers read robots.txt only at a host's
 * root, so on a site under a base path this file is a copy for whoever publishes the host's own.
 */
export function robotsTxt(root: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${pageUrl(root, SITEMAP_FILE)}\n`;
}
