// npm run search:measure -- [--dist DIR]: size of the search index and the bytes a first search
// downloads (gzip on, empty cache, only /pagefind/ files) for a few typical queries, as Markdown.
// A query goes to the area the router ranks first; on a site indexed only in part (search:scale),
// to the first routed area that has a Pagefind bundle, named in the table.
import './check-node.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { areaNames, chunksFor, routerWords, routeTerms, type RouterChunk, type RouterManifest } from '../src/lib/search/router.ts';
import { queryText } from '../src/lib/search/thai-words.ts';
import { haveSite, launchChromium, serve } from '../tests/browser/serve.ts';

const QUERIES = ['ถนน', 'ก่อสร้างถนนคอนกรีตเสริมเหล็ก', 'จ้างเหมาบริการ', 'วัสดุสำนักงาน', 'หมู่ที่ 1'];
export const QUERY_BUDGET = 300 * 1024;
const PARTS = ['router', 'code', 'meta', 'words', 'filters', 'results'];

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dir = resolve(values.dist!);
if (!haveSite(dir)) {
  console.error(`${dir} has no index.html — build the site first (node scripts/build.ts --dist ${values.dist}).`);
  process.exit(2);
}

function folderSize(path: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(full).size;
      files++;
    }
  }
  return { bytes, files };
}

/**
 * What a file is for: the router (areas.json and its chunks), Pagefind's code, the meta index (one
 * entry per record of the area), word index chunks, filters, result fragments.
 */
function partOf(url: string): string {
  const path = new URL(url).pathname;
  if (/\/pagefind\/(?:areas\.json|route\/)/.test(path)) return 'router';
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.endsWith('.pf_index')) return 'words';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_fragment')) return 'results';
  return 'code';
}

const manifest = JSON.parse(readFileSync(join(dir, 'pagefind/areas.json'), 'utf8')) as RouterManifest;
const indexed = (id: string) => existsSync(join(dir, 'pagefind', id, 'pagefind.js'));

/** The area the page will search: the router's first choice, or its first with a Pagefind bundle. */
function areaFor(query: string): { id: string; first: boolean } | null {
  const terms = routerWords(queryText(query));
  const chunks = new Map<string, RouterChunk>();
  for (const name of terms.flatMap((t) => chunksFor(t, manifest.chunks))) {
    const path = join(dir, 'pagefind/route', `${name}.json`);
    chunks.set(name, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RouterChunk) : []);
  }
  const routed = routeTerms(terms, manifest.chunks, chunks).map((r) => `a${r.area}`);
  const id = routed.find(indexed);
  return id ? { id, first: id === routed[0] } : null;
}

const index = folderSize(join(dir, 'pagefind'));
const router = folderSize(join(dir, 'pagefind/route')).bytes + statSync(join(dir, 'pagefind/areas.json')).size;
const served = await serve(dir, { gzip: true });
const browser = await launchChromium();
const rows: { query: string; area: string; results: string; requests: number; bytes: number; parts: Record<string, number> }[] = [];
try {
  for (const query of QUERIES) {
    const area = areaFor(query);
    if (!area) {
      rows.push({ query, area: '–', results: 'no indexed area', requests: 0, bytes: 0, parts: {} });
      continue;
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    const parts: Record<string, number> = {};
    // Context-level events also see what Pagefind's web worker fetches.
    context.on('requestfinished', (request) => {
      if (!request.url().includes('/pagefind/')) return;
      requests++;
      void request.sizes().then((sizes) => {
        const size = sizes.responseBodySize + sizes.responseHeadersSize;
        bytes += size;
        const part = partOf(request.url());
        parts[part] = (parts[part] ?? 0) + size;
      });
    });
    const params = new URLSearchParams({ q: query, ...(area.first ? {} : { area: area.id }) });
    await page.goto(`${served.origin}/search/?${params}`);
    await page.waitForFunction(() => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return text !== '' && !text.endsWith('…');
    });
    await page.waitForLoadState('networkidle');
    await new Promise((ok) => setTimeout(ok, 300));
    rows.push({ query, area: `${area.id}${area.first ? '' : ' *'}`, results: (await page.textContent('#search-status')) ?? '', requests, bytes, parts });
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}

const num = (n: number): string => n.toLocaleString('en-US');
const bundles = areaNames(manifest).filter((a) => indexed(a.id)).length;
console.log(`Search index of ${dir}: ${num(index.bytes)} bytes in ${num(index.files)} files; ${num(manifest.areas.length)} areas (${num(bundles)} with a Pagefind bundle), router ${num(router)} bytes in ${num(readdirSync(join(dir, 'pagefind/route')).length)} chunks\n`);
console.log(`| query | area | results | requests | bytes downloaded (gzip) | ${PARTS.join(' | ')} |`);
console.log(`|---|---|---|---:|---:|${PARTS.map(() => '---:').join('|')}|`);
for (const r of rows) console.log(`| ${r.query} | ${r.area} | ${r.results} | ${r.requests} | ${num(r.bytes)} | ${PARTS.map((p) => num(r.parts[p] ?? 0)).join(' | ')} |`);
if (rows.some((r) => r.area.endsWith('*'))) console.log('\n\\* not the router\'s first choice, which has no Pagefind bundle in this partial index');
const over = rows.filter((r) => r.bytes > QUERY_BUDGET);
if (over.length) {
  console.error(`\nOver the ${num(QUERY_BUDGET)}-byte budget: ${over.map((r) => r.query).join(', ')}`);
  process.exit(1);
}
