// A link check over a built site: every internal reference of its pages, feeds, sitemap, manifest,
// robots.txt, style sheets and JSON API (api/) must name a file of the site (and, for a fragment of an HTML page, an
// element with that id), and every root-absolute one must stay under the site's base path — a site
// published at https://example.github.io/my-lao/ breaks on a link to /lao/x/ that works at the root.
//
// Extraction is by regular expressions over each file's text rather than an HTML parser. The pages
// are Astro's output: every attribute value is double-quoted (single-quoted and unquoted ones are read
// too), `<` and `&` in text and values are escaped, and the only raw-text elements are <script> and
// <style>, which are matched whole (their bodies are never read as markup; a <style> body is read as
// CSS). Comments are skipped. That is the whole grammar a tag scanner needs here; a full parser
// (parse5 or the browser) would be one to two orders of magnitude slower over the several thousand
// pages of a real site, for no reference it would find that this misses. tests/unit/link-check.test.ts
// pins the cases.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface LinkProblem {
  /** The address (path under the base) of the file holding the reference: '/my-lao/lao/1/', '/my-lao/feed.xml'. */
  page: string;
  /** The reference as written (entities decoded). */
  reference: string;
  reason: string;
}

export interface LinkCheckOptions {
  /** The base path the site is published under, '/' by default: '/my-lao/'. */
  base?: string;
  /**
   * The site's origin ('https://example.github.io'): absolute links to it are checked as internal,
   * and those outside the base path reported. Without it, every absolute http(s) link is external.
   */
  site?: string;
}

export interface LinkCheckResult {
  problems: LinkProblem[];
  /** HTML pages read. */
  pages: number;
  /** Files read: the pages, feeds, sitemaps, the manifest, robots.txt, style sheets, the API's files. */
  files: number;
  /** Internal references checked (each occurrence; a reference repeated on one page counts once). */
  references: number;
  /** References to other origins or schemes, not checked. */
  external: number;
}

/** Where a reference leads: a file of the site (posix path relative to the folder) and its fragment, or why it leads nowhere. */
type Target = { file: string; fragment: string | null } | { problem: string } | 'external';

/** Origin used to resolve references when the site's own is not given; never a real host. */
const PLACEHOLDER_ORIGIN = 'https://link-check.invalid';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** HTML/XML character references in an attribute value or text (the named ones Astro and the feeds emit, and numeric ones). */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[name!] ?? whole;
  });
}

/** The URLs of a srcset/imagesrcset value: comma-separated candidates of a URL and an optional descriptor (as the HTML standard splits them). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    if (i >= value.length) break;
    let end = i;
    while (end < value.length && !/\s/.test(value[end]!)) end++;
    const url = value.slice(i, end);
    // A URL ending in commas ends the candidate there (no descriptor).
    const bare = url.replace(/,+$/, '');
    if (bare !== url) {
      urls.push(bare);
      i = end;
      continue;
    }
    urls.push(url);
    // Skip the descriptor up to the comma that ends the candidate (descriptors may hold parentheses).
    let depth = 0;
    i = end;
    while (i < value.length) {
      const c = value[i]!;
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === ',' && depth === 0) break;
      i++;
    }
  }
  return urls.filter((u) => u !== '');
}

/** The url(...) and @import references of a style sheet or style attribute. */
export function cssUrls(css: string): string[] {
  const text = css.includes('/*') ? css.replace(/\/\*[\s\S]*?\*\//g, '') : css;
  const urls: string[] = [];
  for (const m of text.matchAll(/\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    const url = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').replace(/\\(.)/g, '$1');
    if (url !== '') urls.push(url);
  }
  return urls;
}

/** Attributes whose value is one URL, on any element (`data` only on <object>, below). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'action', 'formaction', 'xlink:href', 'cite', 'background', 'longdesc', 'manifest']);
/** <meta property|name> whose content is a URL. */
const URL_METAS = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'og:video', 'og:video:url', 'og:audio', 'twitter:image', 'twitter:image:src', 'msapplication-tileimage', 'msapplication-config']);

/**
 * One tag scanner for the whole page: a comment, a <script> or <style> element whole (opening tag,
 * raw body, closing tag), or any other start tag with its attributes.
 */
const ATTRS = String.raw`((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?|\s*/(?!>))*)`;
const TAG = new RegExp(String.raw`<!--[\s\S]*?-->|<(script|style)\b${ATTRS}\s*>([\s\S]*?)</\1\s*>|<([a-zA-Z][\w:.-]*)${ATTRS}\s*/?>`, 'gi');
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  if (!text) return map;
  for (const m of text.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!map.has(name)) map.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return map;
}

/** What a page holds: its references, the ids a fragment can name, and its <base href> if any. */
export interface HtmlScan {
  references: string[];
  ids: Set<string>;
  /** The first <base href>: what every reference of the page resolves against (resolved against the page itself). */
  base: string | null;
}

/** The references, ids and base of an HTML page. */
export function scanHtml(html: string): HtmlScan {
  const references: string[] = [];
  const ids = new Set<string>();
  let base: string | null = null;
  const add = (reference: string) => references.push(reference);
  for (const m of html.matchAll(TAG)) {
    if (m[0].startsWith('<!--')) continue;
    const raw = m[1] !== undefined;
    const name = (m[1] ?? m[4]!).toLowerCase();
    const attrs = attributes((raw ? m[2] : m[5]) ?? '');
    if (raw && name === 'style') for (const u of cssUrls(m[3] ?? '')) add(u);
    const id = attrs.get('id');
    if (id !== undefined && id !== '') ids.add(id);
    if (name === 'a' && attrs.get('name')) ids.add(attrs.get('name')!);
    if (name === 'base') {
      const href = attrs.get('href');
      // Not a link itself (its folder need not have a page): what the page's references resolve against.
      if (href !== undefined && base === null) base = href.trim();
      continue;
    }
    for (const [attr, value] of attrs) {
      if (URL_ATTRIBUTES.has(attr)) {
        // A <link rel=preconnect|dns-prefetch> names an origin, not a resource.
        if (name === 'link' && attr === 'href' && /\b(?:preconnect|dns-prefetch)\b/i.test(attrs.get('rel') ?? '')) continue;
        add(value.trim());
      } else if (attr === 'srcset' || attr === 'imagesrcset') {
        for (const u of srcsetUrls(value)) add(u);
      } else if (attr === 'data' && name === 'object') {
        add(value.trim());
      } else if (attr === 'style') {
        for (const u of cssUrls(value)) add(u);
      }
    }
    if (name === 'meta') {
      const key = (attrs.get('property') ?? attrs.get('name') ?? '').toLowerCase();
      const content = attrs.get('content');
      if (content !== undefined && URL_METAS.has(key)) add(content.trim());
      if ((attrs.get('http-equiv') ?? '').toLowerCase() === 'refresh' && content) {
        const target = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.*?)\1\s*$/i.exec(content)?.[2];
        if (target) add(target);
      }
    }
  }
  return { references, ids, base };
}

/** The references of an Atom/RSS feed or a sitemap: <loc>, <icon>, <logo>, <uri>, and every href attribute of a tag. Atom <id> is an identifier, not a link, and is left out. */
export function xmlUrls(xml: string): string[] {
  const urls: string[] = [];
  for (const m of xml.matchAll(/<((?:[\w-]+:)?(?:loc|icon|logo|uri))>\s*(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*?))\s*<\/\1>|<[\w:?-]+\b[^<>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const url = m[2] ?? decodeEntities(m[3] ?? m[4] ?? m[5] ?? '');
    if (url.trim() !== '') urls.push(url.trim());
  }
  return urls;
}

/** The URLs of a web app manifest: start_url, scope, and the icons', screenshots' and shortcuts' addresses. */
export function manifestUrls(json: string): string[] {
  const manifest = JSON.parse(json) as Record<string, unknown>;
  const urls: string[] = [];
  const str = (v: unknown) => {
    if (typeof v === 'string') urls.push(v);
  };
  const images = (v: unknown) => {
    if (Array.isArray(v)) for (const i of v) str((i as { src?: unknown } | null)?.src);
  };
  str(manifest.start_url);
  str(manifest.scope);
  images(manifest.icons);
  images(manifest.screenshots);
  if (Array.isArray(manifest.shortcuts)) {
    for (const s of manifest.shortcuts as { url?: unknown; icons?: unknown }[]) {
      str(s?.url);
      images(s?.icons);
    }
  }
  return urls;
}

/**
 * The API’s link fields, by name (src/lib/export/api.ts): url, page, api, lao_year, plan_project and any
 * <x>_url, <x>_page, <x>_api. Data fields can look like paths too (a contract number "/2568").
 */
const API_LINK_FIELD = /^(?:url|page|api|lao_year|plan_project)$|_(?:url|page|api)$/;

/** The links of a JSON API file (api/…): the string values of its link fields, at any depth. */
export function jsonUrls(json: string): string[] {
  const urls: string[] = [];
  const walk = (value: unknown, key: string | null): void => {
    if (typeof value === 'string') {
      if (key !== null && API_LINK_FIELD.test(key) && value !== '') urls.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(JSON.parse(json), null);
  return urls;
}

/** robots.txt's Sitemap lines. */
export function robotsUrls(text: string): string[] {
  return [...text.matchAll(/^\s*sitemap\s*:\s*(\S+)/gim)].map((m) => m[1]!);
}

const normalBase = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * Checks every internal reference of the site built into `dir`. Pure but for reading the folder.
 */
export function checkLinks(dir: string, options: LinkCheckOptions = {}): LinkCheckResult {
  const base = normalBase(options.base ?? '/');
  const origin = options.site ? new URL(options.site).origin : PLACEHOLDER_ORIGIN;
  const siteRoot = `${origin}${base}`;

  const files = new Set<string>();
  const dirs = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.isDirectory()) dirs.add(path);
    else if (entry.isFile()) files.add(path);
  }
  /** A file's own address: 'lao/1/index.html' → 'https://…/my-lao/lao/1/'. */
  const addressOf = (file: string) =>
    `${siteRoot}${file.replace(/(?:^|\/)index\.html$/, (m) => (m.startsWith('/') ? '/' : '')).split('/').map(encodeURIComponent).join('/')}`;
  const pageOf = (address: string) => decodeURI(address.slice(origin.length));

  const problems: LinkProblem[] = [];
  const ids = new Map<string, Set<string>>();
  const fragmentChecks: { page: string; reference: string; file: string; fragment: string }[] = [];
  let references = 0;
  let external = 0;

  // Resolution does not depend on the page for a root-absolute or absolute reference, so those
  // (the navigation, icons and style sheets every page repeats) are resolved once.
  const cache = new Map<string, Target>();
  const resolve = (reference: string, against: string): Target => {
    const independent = /^(?:\/(?!\/)|[a-zA-Z][a-zA-Z\d+.-]*:)/.test(reference);
    const key = independent ? reference : `${against}\u0000${reference}`;
    let target = cache.get(key);
    if (target === undefined) {
      target = resolveUncached(reference, against);
      cache.set(key, target);
    }
    return target;
  };
  const resolveUncached = (reference: string, against: string): Target => {
    let url: URL;
    try {
      url = new URL(reference, against);
    } catch {
      return { problem: 'not a valid URL' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'external';
    if (url.origin !== origin) return 'external';
    const fragment = url.hash ? url.hash.slice(1) : null;
    if (!url.pathname.startsWith(base)) {
      return { problem: `outside the base path ${base} (resolves to ${url.pathname})` };
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      return { problem: 'bad percent-encoding' };
    }
    if (path === '' || path.endsWith('/')) {
      const index = `${path}index.html`;
      return files.has(index) ? { file: index, fragment } : { problem: `no file ${index}` };
    }
    if (files.has(path)) return { file: path, fragment };
    if (dirs.has(path)) return { problem: `directory address without its trailing slash (${path}/ exists)` };
    return { problem: `no file ${path}` };
  };

  const check = (page: string, seen: Set<string>, reference: string, against: string) => {
    if (seen.has(`${against}\u0000${reference}`)) return;
    seen.add(`${against}\u0000${reference}`);
    const target = resolve(reference, against);
    if (target === 'external') {
      external++;
      return;
    }
    references++;
    if ('problem' in target) problems.push({ page, reference, reason: target.problem });
    else if (target.fragment !== null && target.file.endsWith('.html')) fragmentChecks.push({ page, reference, file: target.file, fragment: target.fragment });
  };

  let pages = 0;
  let read = 0;
  for (const file of [...files].sort()) {
    const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : /\.(?:xml|rss|atom)$/.test(file) ? 'xml' : file.endsWith('.webmanifest') || file.endsWith('manifest.json') ? 'manifest' : file === 'robots.txt' ? 'robots' : /^api\/.*\.json$/.test(file) ? 'api' : null;
    if (!kind) continue;
    read++;
    const text = readFileSync(join(dir, file), 'utf8');
    const address = addressOf(file);
    const page = pageOf(address);
    const seen = new Set<string>();
    if (kind === 'html') {
      pages++;
      const scan = scanHtml(text);
      ids.set(file, scan.ids);
      let against = address;
      if (scan.base !== null) {
        try {
          against = new URL(scan.base, address).href;
        } catch {
          problems.push({ page, reference: scan.base, reason: '<base href> is not a valid URL' });
        }
      }
      for (const reference of scan.references) check(page, seen, reference, against);
      continue;
    }
    let urls: string[];
    if (kind === 'css') urls = cssUrls(text);
    else if (kind === 'xml') urls = xmlUrls(text);
    else if (kind === 'robots') urls = robotsUrls(text);
    else {
      try {
        urls = kind === 'api' ? jsonUrls(text) : manifestUrls(text);
      } catch (error) {
        problems.push({ page, reference: '', reason: `${kind === 'api' ? 'API file' : 'manifest'} does not parse: ${(error as Error).message}` });
        continue;
      }
    }
    for (const u of urls) check(page, seen, u, address);
  }

  for (const { page, reference, file, fragment } of fragmentChecks) {
    // As browsers: an empty fragment or #top names the top of the page; the fragment is tried as
    // written, then percent-decoded.
    if (fragment === '' || fragment.toLowerCase() === 'top') continue;
    const onPage = ids.get(file);
    if (!onPage) continue;
    if (onPage.has(fragment)) continue;
    let decoded: string | null = null;
    try {
      decoded = decodeURIComponent(fragment);
    } catch {
      // Not decodable: only the raw form could match.
    }
    if (decoded !== null && onPage.has(decoded)) continue;
    problems.push({ page, reference, reason: `no element with id "${decoded ?? fragment}" on ${pageOf(addressOf(file))}` });
  }

  return { problems, pages, files: read, references, external };
}

/** The first `limit` problems, one a line, for an assertion message. */
export function formatProblems(problems: LinkProblem[], limit = 20): string {
  const lines = problems.slice(0, limit).map((p) => `${p.page}: ${p.reference} — ${p.reason}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more`);
  return lines.join('\n');
}
