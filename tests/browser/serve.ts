// Shared helpers of the browser suite (and of scripts/measure-weight.ts, scripts/lighthouse.ts):
// a tiny static server over a built site, Chromium via playwright-core, and the pages to visit.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { parseHeadersFile } from '../../src/lib/site/csp.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The sample site (build: `node scripts/build.ts --dist DIR`). */
export const dist = resolve(process.env.PRONGSAI_DIST ?? join(root, 'dist'));
/** The real-data site (build: `node scripts/build.ts --data ../shared/real --dist DIR`). */
export const distReal = resolve(process.env.PRONGSAI_DIST_REAL ?? join(root, 'dist-real'));
export const results = join(root, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export const haveChromium = existsSync(CHROMIUM);
export const haveSite = (dir: string): boolean => existsSync(join(dir, 'index.html'));

/** Why a suite over `dir` cannot run, or null when it can. Also prints the reason once. */
export function skipReason(dir: string, what: string): string | null {
  let reason: string | null = null;
  if (!haveSite(dir)) reason = `${what}: ${dir} has no index.html — build it first (see docs/performance.md).`;
  else if (!haveChromium) reason = `${what}: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`;
  if (reason) console.warn(`[browser tests] skipped — ${reason}`);
  return reason;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.json', '.csv', '.css', '.js', '.txt', '.xml', '.svg']);

export interface Served {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/**
 * A tiny static server over a built site on 127.0.0.1, resolving `/x/` to `/x/index.html`.
 * With `gzip`, text responses are gzip-compressed on the fly when the client accepts it
 * (as a production host would), so transfer sizes are realistic. The headers of the site's `_headers`
 * file (its Content-Security-Policy) are sent as Netlify or Cloudflare Pages would, so every browser
 * test runs under the policy.
 */
export function serve(dir: string, options: { gzip?: boolean } = {}): Promise<Served> {
  const base = resolve(dir);
  const cache = new Map<string, Buffer>();
  const headerRules = existsSync(join(base, '_headers')) ? parseHeadersFile(readFileSync(join(base, '_headers'), 'utf8')) : [];
  const server = createServer((req, res) => {
    void (async () => {
      let path: string;
      try {
        path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        let body: Buffer = await readFile(file);
        const ext = extname(file);
        const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
        for (const rule of headerRules) if (rule.pattern.test(path)) Object.assign(headers, rule.headers);
        const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (options.gzip && accepts && COMPRESSIBLE.has(ext)) {
          let zipped = cache.get(file);
          if (!zipped) cache.set(file, (zipped = gzipSync(body, { level: 6 })));
          body = zipped;
          headers['Content-Encoding'] = 'gzip';
          headers.Vary = 'Accept-Encoding';
        }
        headers['Content-Length'] = String(body.length);
        res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      }
    })();
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({
        server,
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

// ---------------------------------------------------------------------------------------------
// Which pages to visit: picked from the built files so the suite follows the data it was given.

export type PageType =
  | 'home'
  | 'province'
  | 'lao'
  | 'lao-year'
  | 'lao-quality'
  | 'vendor'
  | 'laos'
  | 'laos-type'
  | 'explain'
  | 'explain-slug'
  | 'about'
  | 'quality'
  | 'downloads'
  | 'dictionary'
  | 'api'
  | 'flags'
  | 'flags-methodology'
  | 'guide';

export interface SitePage {
  type: PageType;
  /** Thai path (the English twin is `/en` + path). */
  path: string;
}

export const EXPLAIN_SLUGS = [
  'budget-structure',
  'procurement-methods',
  'reading-charts',
  'fiscal-year',
  'information-requests',
] as const;

const html = (dir: string, path: string): string => readFileSync(join(dir, path, 'index.html'), 'utf8');
const subdirs = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => statSync(join(dir, name)).isDirectory())
        .sort()
    : [];

/** LAO-year pages of one LAO, newest first. */
export function laoYears(dir: string, id: string): string[] {
  return subdirs(join(dir, 'lao', id))
    .filter((fy) => /^\d{4}$/.test(fy) && existsSync(join(dir, 'lao', id, fy, 'index.html')))
    .sort((a, b) => Number(b) - Number(a));
}

/** The LAO-year page with the most HTML bytes. */
export function largestLaoYear(dir: string): string {
  let best = { path: '', size: -1 };
  for (const id of subdirs(join(dir, 'lao'))) {
    for (const fy of laoYears(dir, id)) {
      const size = statSync(join(dir, 'lao', id, fy, 'index.html')).size;
      if (size > best.size) best = { path: `/lao/${id}/${fy}/`, size };
    }
  }
  if (!best.path) throw new Error(`no LAO-year pages under ${dir}`);
  return best.path;
}

export interface Picks {
  province: string;
  /** An LAO whose overview has a plan project whose trail links a procurement (else the first LAO). */
  lao: string;
  /** A year of that LAO with procurement projects (else its newest year). */
  fy: string;
  vendor: string;
  laoType: string;
}

/** Representative ids for each page type, read from the built HTML. */
export function pick(dir: string): Picks {
  const provinces = subdirs(join(dir, 'province'));
  const laos = subdirs(join(dir, 'lao'));
  const lao =
    laos.find((id) => /class="[^"]*plan-project[^"]*"[\s\S]*?<ol class="trail">[\s\S]*?href="[^"]*#p-/.test(html(dir, `lao/${id}`))) ??
    laos[0];
  if (!lao) throw new Error(`no LAO pages under ${dir}/lao`);
  const years = laoYears(dir, lao);
  const fy = years.find((y) => html(dir, `lao/${lao}/${y}`).includes('class="entity procurement"')) ?? years[0];
  if (!fy) throw new Error(`no LAO-year pages for ${lao}`);
  const vendor =
    /href="\/vendor\/([^/"]+)\/"/.exec(html(dir, `lao/${lao}/${fy}`))?.[1] ?? subdirs(join(dir, 'vendor'))[0];
  if (!vendor) throw new Error(`no vendor pages under ${dir}/vendor`);
  const types = subdirs(join(dir, 'laos'));
  return {
    province: provinces.includes('61') ? '61' : provinces[0]!,
    lao,
    fy,
    vendor,
    laoType: types[0]!,
  };
}

/** One page of every type (Thai paths). */
export function sitePages(p: Picks, options: { allExplainers?: boolean } = {}): SitePage[] {
  const slugs = options.allExplainers ? EXPLAIN_SLUGS : EXPLAIN_SLUGS.slice(0, 1);
  return [
    { type: 'home', path: '/' },
    { type: 'province', path: `/province/${p.province}/` },
    { type: 'lao', path: `/lao/${p.lao}/` },
    { type: 'lao-year', path: `/lao/${p.lao}/${p.fy}/` },
    { type: 'lao-quality', path: `/lao/${p.lao}/quality/` },
    { type: 'vendor', path: `/vendor/${p.vendor}/` },
    { type: 'laos', path: '/laos/' },
    { type: 'laos-type', path: `/laos/${p.laoType}/` },
    { type: 'explain', path: '/explain/' },
    ...slugs.map((slug) => ({ type: 'explain-slug' as const, path: `/explain/${slug}/` })),
    { type: 'about', path: '/about/' },
    { type: 'quality', path: '/data/quality/' },
    { type: 'downloads', path: '/data/downloads/' },
    { type: 'dictionary', path: '/data/dictionary/' },
    { type: 'api', path: '/data/api/' },
    { type: 'flags', path: '/flags/' },
    { type: 'flags-methodology', path: '/flags/methodology/' },
    { type: 'guide', path: '/guide/' },
  ];
}

/** The same page in the other language. */
export const twin = (path: string): string => (path.startsWith('/en/') ? path.slice(3) : `/en${path}`);

/** Thai tax id (13 digits) with a valid check digit. */
export function validTaxId(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(id[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(id[12]);
}

// ---------------------------------------------------------------------------------------------
// axe-core

export const AXE_PATH = join(root, 'node_modules', 'axe-core', 'axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the loaded page and returns its violations. Closed `<details>` (chart tables)
 * are opened first so that their content is checked too.
 */
export async function runAxe(page: import('playwright-core').Page): Promise<AxeFinding[]> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  // Evaluated rather than added as a <script>: the site's Content-Security-Policy blocks inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<any> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return (result.violations as any[]).map((v) => ({
      id: String(v.id),
      impact: v.impact ?? null,
      help: String(v.help),
      targets: (v.nodes as any[]).map((n) => (n.target as unknown[]).map(String).join(' ')),
    }));
  }, AXE_TAGS);
}

export function formatAxe(label: string, findings: AxeFinding[]): string {
  return findings
    .map((f) => `${label}: [${f.impact ?? '-'}] ${f.id} — ${f.help}\n    ${f.targets.slice(0, 10).join('\n    ')}${f.targets.length > 10 ? `\n    … ${f.targets.length - 10} more` : ''}`)
    .join('\n');
}
