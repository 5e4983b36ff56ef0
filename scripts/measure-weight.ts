// npm run weight -- [--dist DIR]: bytes a first visit transfers (gzip on, empty cache) for the home
// page, an LAO overview, the largest LAO-year page and a vendor page, as a Markdown table.
// Exits 1 when an LAO page transfers more than 150 KB (153,600 bytes).
import './check-node.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { haveSite, largestLaoYear, launchChromium, pick, serve } from '../tests/browser/serve.ts';

export const LAO_PAGE_BUDGET = 153_600;

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dir = resolve(values.dist!);
if (!haveSite(dir)) {
  console.error(`${dir} has no index.html — build the site first (node scripts/build.ts --dist ${values.dist}).`);
  process.exit(2);
}

const p = pick(dir);
const pages: { name: string; path: string; lao: boolean }[] = [
  { name: 'home', path: '/', lao: false },
  { name: 'LAO overview', path: `/lao/${p.lao}/`, lao: true },
  { name: 'largest LAO-year', path: largestLaoYear(dir), lao: true },
  { name: 'vendor', path: `/vendor/${p.vendor}/`, lao: false },
];

interface Weight {
  requests: number;
  bytes: number;
  fonts: number;
  html: number;
  css: number;
  js: number;
  other: number;
}

const served = await serve(dir, { gzip: true });
const browser = await launchChromium();
const rows: (Weight & { name: string; path: string; lao: boolean })[] = [];
try {
  for (const page of pages) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    const kinds = new Map<string, string>();
    const w: Weight = { requests: 0, bytes: 0, fonts: 0, html: 0, css: 0, js: 0, other: 0 };
    let inflight = 0;
    cdp.on('Network.requestWillBeSent', () => inflight++);
    cdp.on('Network.loadingFailed', () => inflight--);
    cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, e.type));
    cdp.on('Network.loadingFinished', (e) => {
      inflight--;
      const kind = kinds.get(e.requestId) ?? 'Other';
      const n = e.encodedDataLength;
      w.requests++;
      w.bytes += n;
      if (kind === 'Font') w.fonts += n;
      else if (kind === 'Document') w.html += n;
      else if (kind === 'Stylesheet') w.css += n;
      else if (kind === 'Script') w.js += n;
      else w.other += n;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await tab.goto(`${served.origin}${page.path}`, { waitUntil: 'load' });
    await tab.evaluate(() => document.fonts.ready);
    // Quiet for 500 ms (at most 15 s): late font and image requests are counted too.
    for (let quiet = 0, waited = 0; quiet < 500 && waited < 15_000; waited += 100) {
      await new Promise((ok) => setTimeout(ok, 100));
      quiet = inflight > 0 ? 0 : quiet + 100;
    }
    rows.push({ ...page, ...w });
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const num = (n: number): string => n.toLocaleString('en-US');
console.log(`Page weight of ${dir} (first visit, gzip, no cache; budget for LAO pages ${num(LAO_PAGE_BUDGET)} bytes)\n`);
console.log('| page | path | requests | bytes transferred | of which fonts | HTML | CSS | JS |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.name} | \`${r.path}\` | ${r.requests} | ${num(r.bytes)} (${kb(r.bytes)}) | ${num(r.fonts)} | ${num(r.html)} | ${num(r.css)} | ${num(r.js)} |`,
  );
const over = rows.filter((r) => r.lao && r.bytes > LAO_PAGE_BUDGET);
if (over.length) {
  console.error(`\nOver budget: ${over.map((r) => `${r.path} ${num(r.bytes)} bytes`).join(', ')}`);
  process.exit(1);
}
