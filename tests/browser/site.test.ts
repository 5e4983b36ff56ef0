// Smoke test of the built site: serves dist/ on 127.0.0.1 and drives Debian's Chromium via playwright-core.
// Build first (npm run build); the suite is skipped, with a message, when dist/ is missing.
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LaoApiSchema } from '../../src/lib/schema/site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const results = join(root, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveDist = existsSync(join(dist, 'index.html'));
const haveChromium = existsSync(CHROMIUM);

if (!haveDist) console.warn(`[browser tests] skipped: ${dist} has no index.html — run \`npm run build\` first.`);
else if (!haveChromium) console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium).`);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A tiny static server over dist/, resolving `/x/` to `/x/index.html`. */
function serve(dir: string): Promise<Server> {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      }
    })();
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

describe.skipIf(!haveDist || !haveChromium)('built site in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  let laoPath: string;

  beforeAll(async () => {
    server = await serve(dist);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    await mkdir(results, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  });

  it('home lists LAOs and links to an LAO page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
    await expect(page.locator('h1').textContent()).resolves.toContain('Prongsai');
    const links = page.locator('a[href*="/lao/"]');
    expect(await links.count()).toBeGreaterThan(0);
    // Prefer an LAO with contracts or budget lines; any LAO will do.
    const first = links.first();
    laoPath = new URL((await first.getAttribute('href'))!, origin).pathname;
    await first.click();
    await page.waitForURL(`**${laoPath}`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });

  it('LAO page shows a totals table that matches its JSON twin', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}${laoPath}`);
    const tables = page.locator('table.totals');
    expect(await tables.count()).toBeGreaterThan(0);
    const id = laoPath.split('/').filter(Boolean).pop()!;
    const twinHref = await page.locator(`a[href$="/api/lao/${id}.json"]`).getAttribute('href');
    expect(twinHref).toBeTruthy();
    const res = await page.request.get(new URL(twinHref!, origin).href);
    expect(res.ok()).toBe(true);
    const api = LaoApiSchema.parse(await res.json());
    expect(Object.keys(api).sort()).toEqual(['id', 'name', 'province', 'type', 'years']);
    expect(api.id).toBe(id);
    expect(await page.locator('h1').textContent()).toBe(api.name);

    const shown = await tables.evaluateAll((els) => els.map((t) => t.getAttribute('data-fiscal-year')));
    expect(shown).toEqual(Object.keys(api.years).sort((a, b) => Number(b) - Number(a)));
    for (const [fy, t] of Object.entries(api.years)) {
      const table = page.locator(`table#fy-${fy}`);
      const value = async (field: string) =>
        table.locator(`tr[data-field="${field}"] > td > data`).first().getAttribute('value');
      expect(await value('contracts')).toBe(String(t.contracts));
      expect(await value('procurementProjects')).toBe(String(t.procurementProjects));
      expect(Number(await value('contractValue'))).toBeCloseTo(t.contractValue, 2);
      if (t.expenseTotal === null) expect(await table.locator('tr[data-field="expenseTotal"] data').count()).toBe(0);
      else expect(Number(await value('expenseTotal'))).toBeCloseTo(t.expenseTotal, 2);
      if (t.revenueTotal !== null) expect(Number(await value('revenueTotal'))).toBeCloseTo(t.revenueTotal, 2);
    }
    await page.close();
  });

  it('shows the tables with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${laoPath}`);
    expect(await page.locator('table.totals').count()).toBeGreaterThan(0);
    expect(await page.locator('table.totals').first().isVisible()).toBe(true);
    await page.goto(`${origin}/data/quality/`);
    expect(await page.locator('table#quality-files tbody tr').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('is readable at 360 px (screenshots in test-results/)', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of [
      ['home-360.png', '/'],
      ['lao-360.png', laoPath],
    ] as const) {
      await page.goto(`${origin}${path}`);
      await page.evaluate(() => document.fonts.ready);
      // No horizontal page scroll: wide tables scroll inside their own box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: join(results, name), fullPage: true });
      expect(existsSync(join(results, name))).toBe(true);
    }
    await context.close();
  });
});
