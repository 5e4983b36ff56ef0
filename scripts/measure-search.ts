// npm run search:measure -- [--dist DIR]: size of the search index and the bytes a first search
// downloads (gzip on, empty cache, only /pagefind/ files) for a few typical queries, as Markdown.
import './check-node.ts';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { haveSite, launchChromium, serve } from '../tests/browser/serve.ts';

const QUERIES = ['ถนน', 'ก่อสร้างถนนคอนกรีตเสริมเหล็ก', 'จ้างเหมาบริการ', 'วัสดุสำนักงาน', 'หมู่ที่ 1'];
export const QUERY_BUDGET = 300 * 1024;

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

const index = folderSize(join(dir, 'pagefind'));
const served = await serve(dir, { gzip: true });
const browser = await launchChromium();
const rows: { query: string; results: string; requests: number; bytes: number }[] = [];
try {
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.origin}/search/`);
    let bytes = 0;
    let requests = 0;
    // Context-level events also see what Pagefind's web worker fetches.
    context.on('requestfinished', (request) => {
      if (!request.url().includes('/pagefind/')) return;
      requests++;
      void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return text !== '' && !text.endsWith('…');
    });
    await page.waitForLoadState('networkidle');
    await new Promise((ok) => setTimeout(ok, 300));
    rows.push({ query, results: (await page.textContent('#search-status')) ?? '', requests, bytes });
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}

const num = (n: number): string => n.toLocaleString('en-US');
console.log(`Search index of ${dir}: ${num(index.bytes)} bytes in ${num(index.files)} files\n`);
console.log('| query | results | requests | bytes downloaded (gzip) |');
console.log('|---|---|---:|---:|');
for (const r of rows) console.log(`| ${r.query} | ${r.results} | ${r.requests} | ${num(r.bytes)} |`);
const over = rows.filter((r) => r.bytes > QUERY_BUDGET);
if (over.length) {
  console.error(`\nOver the ${num(QUERY_BUDGET)}-byte budget: ${over.map((r) => r.query).join(', ')}`);
  process.exit(1);
}
