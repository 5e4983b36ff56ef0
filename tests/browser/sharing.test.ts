// Feeds and sharing in the built sample: the Atom feeds parse (Chromium's DOMParser) and point at rows
// that exist, the sitemap lists exactly the site's pages, robots.txt names it, every page carries its
// description, Open Graph tags, icons and manifest, and all of it follows the base path of a site
// built under one (one more build of the sample, into a temporary folder).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_ENTRY_LIMIT, laoFeedXml } from '../../src/lib/site/feed.ts';
import { translator } from '../../src/lib/site/i18n.ts';
import { checkLinks, formatProblems } from '../link-check.ts';
import { contract, procurement } from '../unit/site/fixtures.ts';
import { dist, launchChromium, root, skipReason } from './serve.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
/** The origin the default build uses: it is built without PRONGSAI_SITE. */
const PLACEHOLDER_ROOT = 'https://prongsai.invalid/';

interface AtomLink {
  rel: string | null;
  type: string | null;
  href: string | null;
}
interface ParsedFeed {
  error: string | null;
  name: string;
  ns: string | null;
  lang: string | null;
  id: string | null;
  updated: string | null;
  links: AtomLink[];
  entries: { id: string | null; title: string | null; updated: string | null; author: string | null; summary: string | null; links: AtomLink[] }[];
}

/** An Atom document as the browser's strict XML parser reads it. */
function parseAtom(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate(([text, ns]) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const failed = doc.getElementsByTagName('parsererror')[0];
    const child = (el: Element | undefined, name: string) => (el ? [...el.children].find((c) => c.localName === name && c.namespaceURI === ns) : undefined);
    const text_ = (el: Element | undefined, name: string) => child(el, name)?.textContent ?? null;
    const links = (el: Element) => [...el.children].filter((c) => c.localName === 'link' && c.namespaceURI === ns)
      .map((l) => ({ rel: l.getAttribute('rel'), type: l.getAttribute('type'), href: l.getAttribute('href') }));
    const root = doc.documentElement;
    return {
      error: failed ? failed.textContent : null,
      name: root.localName, ns: root.namespaceURI, lang: root.getAttribute('xml:lang'),
      id: text_(root, 'id'), updated: text_(root, 'updated'), links: links(root),
      entries: [...root.children].filter((c) => c.localName === 'entry' && c.namespaceURI === ns).map((e) => ({
        id: text_(e, 'id'), title: text_(e, 'title'), updated: text_(e, 'updated'), author: text_(child(e, 'author'), 'name'), summary: text_(e, 'summary'), links: links(e),
      })),
    };
  }, [xml, ATOM] as const);
}

/** The site paths of the HTML pages in a built site: '/', '/en/lao/1/', … */
function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${relative(dir, e.parentPath)}/`.replace(/\/+/g, '/'))
    .sort();
}

/** The file an absolute URL of the site is served from, or null when it is not under the site's root. */
function fileOf(dir: string, siteRoot: string, address: string): string | null {
  if (!address.startsWith(siteRoot)) return null;
  const path = decodeURIComponent(new URL(address).pathname.slice(new URL(siteRoot).pathname.length));
  return join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/** A local address under a base path ('/my-lao/x') as the file it is served from. */
function localFile(dir: string, base: string, href: string): string | null {
  return href.startsWith(base) ? fileOf(dir, `https://x${base}`, `https://x${href}`) : null;
}

const attr = (html: string, pattern: RegExp): string | null => pattern.exec(html)?.[1] ?? null;
const metaContent = (html: string, key: string) => attr(html, new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
const linkHref = (html: string, rel: string) => attr(html, new RegExp(`<link rel="${rel}"[^>]* href="([^"]*)"`));

/**
 * Every internal link and asset of a built site (pages, feeds, sitemap, manifest, robots.txt, style
 * sheets) resolves to a file under its base path, and every fragment to an element of its page
 * (tests/link-check.ts).
 */
function expectNoBrokenLinks(dir: string, base: string, site: string): void {
  const started = performance.now();
  const result = checkLinks(dir, { base, site });
  const ms = Math.round(performance.now() - started);
  console.log(`link check of ${dir} under ${base}: ${result.pages} pages, ${result.files} files, ${result.references} internal references (${result.external} external), ${result.problems.length} broken, ${ms} ms`);
  expect(result.problems.length, `${result.problems.length} broken links or assets:\n${formatProblems(result.problems, 20)}`).toBe(0);
  // The check found the site's pages and their links, so it cannot pass by reading nothing.
  expect(result.pages).toBeGreaterThanOrEqual(htmlPages(dir).length);
  expect(result.references).toBeGreaterThan(result.pages * 10);
}

/** The feeds of a built site: /feed.xml and each /lao/<id>/feed.xml. */
function feedFiles(dir: string): string[] {
  const laos = readdirSync(join(dir, 'lao')).filter((id) => existsSync(join(dir, 'lao', id, 'feed.xml'))).sort();
  return ['feed.xml', ...laos.map((id) => `lao/${id}/feed.xml`)];
}

const byNewest = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Checks one feed of a built site; returns its entries. */
async function checkFeed(page: Page, dir: string, siteRoot: string, file: string): Promise<ParsedFeed['entries']> {
  const feed = await parseAtom(page, readFileSync(join(dir, file), 'utf8'));
  expect(feed.error, file).toBeNull();
  expect([feed.name, feed.ns, feed.lang], file).toEqual(['feed', ATOM, 'th']);
  expect(feed.id, file).toBe(`${siteRoot}${file}`);
  expect(feed.links.find((l) => l.rel === 'self')?.href, file).toBe(feed.id);
  expect(feed.updated, file).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
  expect(feed.entries.length, file).toBeLessThanOrEqual(FEED_ENTRY_LIMIT);
  const pages = new Map<string, string>();
  for (const entry of feed.entries) {
    const link = entry.links.find((l) => l.rel === 'alternate')?.href ?? '';
    expect(entry.id, file).toBe(link);
    expect(link, file).toMatch(new RegExp(`^${siteRoot.replace(/[.]/g, '\\.')}lao/[^/]+/\\d{4}/#p-[\\w.-]+$`));
    if (file !== 'feed.xml') expect(link.startsWith(`${siteRoot}${file.replace('feed.xml', '')}`), `${file}: ${link}`).toBe(true);
    // The row the link names is on the page it names.
    const target = fileOf(dir, siteRoot, link.split('#')[0]!)!;
    if (!pages.has(target)) pages.set(target, existsSync(target) ? readFileSync(target, 'utf8') : '');
    expect(pages.get(target), `${file}: ${link}`).toContain(`id="${link.split('#')[1]}"`);
    expect(entry.updated, file).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
    expect(entry.title?.trim(), file).not.toBe('');
    expect(entry.author?.trim(), file).not.toBe('');
    expect(entry.summary, file).toMatch(/\d\sบาท|ไม่ระบุจำนวนเงิน/);
  }
  const dates = feed.entries.map((e) => e.updated!);
  expect(dates, `${file} newest first`).toEqual([...dates].sort(byNewest));
  if (feed.entries.length) expect(feed.updated, file).toBe(dates[0]);
  return feed.entries;
}

describe.skipIf(skipReason(dist, 'sharing') !== null)('feeds, sitemap and sharing tags of the built sample', () => {
  let browser: Browser;
  let page: Page;
  const pages = () => htmlPages(dist);
  const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every internal link, asset and fragment of the site resolves', () => {
    expectNoBrokenLinks(dist, '/', PLACEHOLDER_ROOT);
  });

  it('the whole site’s feed and every LAO’s parse as Atom, with absolute links to rows that exist', async () => {
    const laoFeeds = feedFiles(dist).filter((f) => f !== 'feed.xml');
    expect(laoFeeds.length).toBe(pages().filter((p) => /^\/lao\/[^/]+\/$/.test(p)).length);
    const laoEntries: ParsedFeed['entries'] = [];
    for (const file of laoFeeds) laoEntries.push(...(await checkFeed(page, dist, PLACEHOLDER_ROOT, file)));
    // The site's feed holds the newest entries of all the LAOs' feeds, though it reads only the LAOs it needs.
    const site = await checkFeed(page, dist, PLACEHOLDER_ROOT, 'feed.xml');
    expect(site.length).toBe(Math.min(FEED_ENTRY_LIMIT, laoEntries.length));
    expect(site.map((e) => e.updated)).toEqual(laoEntries.map((e) => e.updated!).sort(byNewest).slice(0, site.length));
    const laoIds = new Set(laoEntries.map((e) => e.id));
    for (const e of site) expect(laoIds.has(e.id), e.id!).toBe(true);
  });

  it('the home page and each LAO page name their feed in the head and link it visibly', () => {
    const laoPages = pages().filter((p) => /^(?:\/en)?\/lao\/[^/]+\/$/.test(p));
    expect(laoPages.length).toBeGreaterThan(1);
    for (const path of ['/', '/en/', ...laoPages]) {
      const text = html(path);
      const feed = attr(text, /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="([^"]+)"/);
      expect(feed, path).toBe(path === '/' || path === '/en/' ? '/feed.xml' : `/lao/${path.split('/').at(-2)}/feed.xml`);
      expect(existsSync(join(dist, feed!)), path).toBe(true);
      const main = text.slice(text.indexOf('<main'));
      expect(main, path).toMatch(new RegExp(`<a href="${feed}" type="application/atom\\+xml">[^<]+</a>`));
    }
  });

  it('the sitemap lists every HTML page of the site, and only those; robots.txt names it', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const urls = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(urls).toEqual([...urls].sort());
    expect(urls).toEqual(pages().map((p) => PLACEHOLDER_ROOT + p.slice(1)).sort());
    expect(urls).toContain(`${PLACEHOLDER_ROOT}en/`);
    for (const u of urls) expect(existsSync(fileOf(dist, PLACEHOLDER_ROOT, u)!), u).toBe(true);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(new RegExp(`^Sitemap: ${PLACEHOLDER_ROOT}sitemap\\.xml$`, 'm'));
  });

  it('every page has a description, Open Graph tags in its language, and icon and manifest links that resolve', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(100);
    for (const path of all) {
      const text = html(path);
      const en = path.startsWith('/en/');
      for (const key of ['description', 'og:title', 'og:description', 'og:site_name', 'og:image', 'og:image:alt']) expect(metaContent(text, key)?.trim() || null, `${path} ${key}`).not.toBeNull();
      expect(metaContent(text, 'og:description'), path).toBe(metaContent(text, 'description'));
      expect(metaContent(text, 'og:type'), path).toBe('website');
      expect(metaContent(text, 'og:locale'), path).toBe(en ? 'en_US' : 'th_TH');
      expect(metaContent(text, 'twitter:card'), path).toBe('summary_large_image');
      if (!en) expect(metaContent(text, 'description'), path).toMatch(/[ก-๙]/);
      for (const href of [linkHref(text, 'icon'), linkHref(text, 'apple-touch-icon'), linkHref(text, 'manifest'), metaContent(text, 'og:image')]) {
        expect(href, path).toMatch(/^\//);
        expect(existsSync(join(dist, href!)), `${path}: ${href}`).toBe(true);
      }
      expect(text, path).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    }
  });

  it('the manifest parses, names the site in Thai, starts at the root and its icons exist', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { name: string; lang: string; start_url: string; scope: string; theme_color: string; background_color: string; icons: { src: string; sizes: string; type: string }[] };
    expect(manifest).toMatchObject({ name: 'โปร่งใส Prongsai', lang: 'th', start_url: '/', scope: '/', theme_color: '#f4f5f7', background_color: '#fff' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const bytes = readFileSync(join(dist, icon.src));
      if (icon.type === 'image/png') {
        // PNG signature, then the IHDR chunk's width and height.
        expect(bytes.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
        expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      }
    }
    const og = readFileSync(join(dist, 'og-image.png'));
    expect([og.readUInt32BE(16), og.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(og.length).toBeLessThan(100_000);
  });

  it('a feed of hostile names parses to the very names, without their markup or forbidden characters', async () => {
    const lao = { id: '6100101', name: 'อบต.<script>alert(1)</script> & "ลูก" \'หลาน\'\u0001', province: 'อุทัยธานี' };
    const project = procurement({ laoId: lao.id, name: 'ซื้อ <b>ปูน</b> & หิน\u0000\uFFFF', announcedDate: '2025-03-01', contracts: [contract({ vendorName: ']]> <!-- ร้าน -->' })] });
    const xml = laoFeedXml(lao, [project], { origin: 'https://example.org', t: translator('th'), fallbackDate: null });
    const feed = await parseAtom(page, xml);
    expect(feed.error).toBeNull();
    expect(feed.entries[0]!.title).toBe('ซื้อ <b>ปูน</b> & หิน');
    expect(feed.entries[0]!.author).toBe('อบต.<script>alert(1)</script> & "ลูก" \'หลาน\'');
    expect(feed.entries[0]!.summary).toContain(']]> <!-- ร้าน -->');
    expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('script').length, xml)).toBe(0);
  });
});

describe.skipIf(skipReason(dist, 'sharing under a base path') !== null)('feeds, sitemap and sharing tags under a base path', () => {
  const BASE = '/my-lao/';
  const SITE = 'https://example.github.io';
  const ROOT = `${SITE}${BASE}`;
  let out: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // Vitest sets BASE_URL in its environment, and the pages' import.meta.env.BASE_URL (format.ts's url())
    // would take it over the base path given to Astro: the child build must not inherit it.
    const { BASE_URL: _vitestBase, ...inherited } = process.env;
    const run = (args: string[], env: Record<string, string> = {}) => {
      const result = spawnSync(process.execPath, args, { cwd: root, env: { ...inherited, ...env }, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    };
    // As tests/browser/shards.test.ts: the sample's import, then a build from it, here with its own
    // cache folder so that the default build's cache is left as it was.
    run(['scripts/import.ts', '--strict']);
    const tmp = mkdtempSync(join(tmpdir(), 'prongsai-base-'));
    out = join(tmp, 'dist');
    run(['scripts/build.ts', '--no-import', '--dist', out], { PRONGSAI_BASE: BASE, PRONGSAI_SITE: SITE, PRONGSAI_CACHE_DIR: join(tmp, 'cache') });
    browser = await launchChromium();
    page = await browser.newPage();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('every internal link, asset and fragment resolves under the base path, and none escapes it', () => {
    expectNoBrokenLinks(out, BASE, SITE);
  });

  it('feeds have ids and links on the site’s address and base path, to rows that exist', async () => {
    for (const file of feedFiles(out)) await checkFeed(page, out, ROOT, file);
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain(`<icon>${ROOT}icon-192.png</icon>`);
  });

  it('the sitemap and robots.txt give every page under the base path', () => {
    const urls = [...readFileSync(join(out, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(urls).toEqual(htmlPages(out).map((p) => ROOT + p.slice(1)).sort());
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ROOT}sitemap.xml\n`);
  });

  it('the manifest, icons, feed link and Open Graph tags carry the base path', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')) as { start_url: string; scope: string; icons: { src: string }[] };
    expect([manifest.start_url, manifest.scope]).toEqual([BASE, BASE]);
    for (const icon of manifest.icons) expect(existsSync(localFile(out, BASE, icon.src) ?? ''), icon.src).toBe(true);
    const lao = htmlPages(out).find((p) => /^\/lao\/[^/]+\/$/.test(p))!;
    for (const path of ['/', '/en/', lao, `/en${lao}`]) {
      const text = readFileSync(join(out, path, 'index.html'), 'utf8');
      for (const href of [linkHref(text, 'icon'), linkHref(text, 'apple-touch-icon'), linkHref(text, 'manifest'), attr(text, /type="application\/atom\+xml" title="[^"]+" href="([^"]+)"/)]) {
        expect(existsSync(localFile(out, BASE, href ?? '') ?? ''), `${path}: ${href}`).toBe(true);
      }
      expect(metaContent(text, 'og:url'), path).toBe(`${SITE}${BASE}${path.slice(1)}`);
      expect(metaContent(text, 'og:image'), path).toBe(`${ROOT}og-image.png`);
    }
  });
});
