// The downloads and data dictionary pages on the built sample site: every link works and gives what
// it says, LAO pages offer their own files, and the dictionary describes every column of every table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columns, TABLES } from '../../src/lib/export/catalog.ts';
import type { DownloadIndex } from '../../src/lib/schema/downloads.ts';
import { dist, launchChromium, pick, serve, skipReason, type Served } from './serve.ts';

describe.skipIf(skipReason(dist, 'downloads') !== null)('downloads (sample site)', () => {
  let served: Served;
  let browser: Browser;
  beforeAll(async () => {
    served = await serve(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('lists the whole dataset and every province, and every link downloads the file the index describes', async () => {
    const index = JSON.parse(readFileSync(join(dist, 'download/index.json'), 'utf8')) as DownloadIndex;
    const page = await browser.newPage();
    await page.goto(`${served.origin}/data/downloads/`);
    const hrefs = await page.$$eval('main a[download][href^="/download/"]', (links) => links.map((a) => a.getAttribute('href')!));
    const expected = index.scopes.filter((s) => s.scope.kind === 'all' || s.scope.kind === 'province').flatMap((s) => s.files.map((f) => `/download/${f.path}`));
    expect(hrefs.sort()).toEqual(expected.sort());
    const byPath = new Map(index.scopes.flatMap((s) => s.files).map((f) => [`/download/${f.path}`, f]));
    for (const href of hrefs) {
      const response = await fetch(`${served.origin}${href}`);
      expect(response.status, href).toBe(200);
      expect((await response.arrayBuffer()).byteLength, href).toBe(byPath.get(href)!.bytes);
    }
    expect(await page.textContent('dl.provenance')).toContain('Creative Commons Attribution 4.0');
    const packages = await page.$$eval('a[href$="datapackage.json"]', (links) => links.map((a) => a.getAttribute('href')!));
    expect(packages).toContain('/download/all/datapackage.json');
    for (const href of packages) expect((await fetch(`${served.origin}${href}`)).status, href).toBe(200);
    await page.close();
  });

  it('fits its file tables on a 360 px phone, without scrolling sideways', async () => {
    const { lao, fy } = pick(dist);
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/data/downloads/', `/lao/${lao}/${fy}/`]) {
      await page.goto(`${served.origin}${path}`);
      const overflows = await page.$$eval('table.download-files', (tables) =>
        tables.map((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth));
      expect(overflows.length, path).toBeGreaterThan(0);
      for (const overflow of overflows) expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('an LAO-year page offers that year\'s files, an LAO page all its years', async () => {
    const { lao, fy } = pick(dist);
    const page = await browser.newPage();
    await page.goto(`${served.origin}/lao/${lao}/${fy}/`);
    const yearLinks = await page.$$eval('#downloads-lao-year a[download]', (links) => links.map((a) => a.getAttribute('href')!));
    expect(yearLinks.length).toBeGreaterThan(0);
    for (const href of yearLinks) expect(href.startsWith(`/download/lao/${lao}/${fy}/`), href).toBe(true);
    await page.goto(`${served.origin}/en/lao/${lao}/`);
    const laoLinks = await page.$$eval('#downloads-lao a[download]', (links) => links.map((a) => a.getAttribute('href')!));
    expect(laoLinks.some((h) => h === `/download/lao/${lao}/procurement_projects.xlsx`)).toBe(true);
    for (const href of [...yearLinks, ...laoLinks]) expect((await fetch(`${served.origin}${href}`)).status, href).toBe(200);
    await page.close();
  });

  it('the dictionary describes every column of every table, in both languages', async () => {
    const page = await browser.newPage();
    for (const prefix of ['', '/en']) {
      await page.goto(`${served.origin}${prefix}/data/dictionary/`);
      for (const table of TABLES) {
        const rows = await page.$$eval(`[id="${table.name}-caption"] ~ tbody th code`, (cells) => cells.map((c) => c.textContent));
        expect(rows, `${prefix} ${table.name}`).toEqual(columns(table).map((c) => c.name));
      }
    }
    await page.close();
  });
});

describe.skipIf(skipReason(dist, 'api page') !== null)('the JSON API page (sample site)', () => {
  it('documents each kind of file with an example that is served and is JSON of that kind', async () => {
    const served = await serve(dist);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      for (const prefix of ['', '/en']) {
        await page.goto(`${served.origin}${prefix}/data/api/`);
        const examples = await page.$$eval('#api-endpoints a', (links) => links.map((a) => a.getAttribute('href')!));
        expect(examples.length).toBe(6);
        const kinds = [undefined, undefined, 'lao_year', 'procurement_project', 'plan_project', 'vendor'];
        for (const [i, href] of examples.entries()) {
          const response = await fetch(`${served.origin}${href}`);
          expect(response.status, href).toBe(200);
          const body = (await response.json()) as { kind?: string };
          if (kinds[i]) expect(body.kind, href).toBe(kinds[i]);
        }
      }
    } finally {
      await browser.close();
      await served.close();
    }
  });
});

describe.skipIf(skipReason(dist, 'table csv') !== null)('every table links to its rows as CSV (sample site)', () => {
  it('on LAO-year, LAO and province pages, each table\'s data link gives as many rows as the table shows', async () => {
    const served = await serve(dist);
    const browser = await launchChromium();
    try {
      const { lao, fy, province } = pick(dist);
      const page = await browser.newPage();
      const seen: string[] = [];
      for (const path of [`/lao/${lao}/${fy}/`, `/lao/${lao}/`, `/province/${province}/`]) {
        await page.goto(`${served.origin}${path}`);
        const tables = (await page.evaluate(`[...document.querySelectorAll('p.chart-data a')].map((a) => {
          const table = document.evaluate('preceding::table[1]', a, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
          return { href: a.getAttribute('href'), rows: table ? table.querySelectorAll('tbody tr').length : -1, caption: table?.caption?.textContent ?? '' };
        })`)) as { href: string; rows: number; caption: string }[];
        for (const table of tables) {
          seen.push(table.href.split('/').at(-1)!);
          const response = await fetch(`${served.origin}${table.href}`);
          expect(response.status, table.href).toBe(200);
          const lines = (await response.text()).trimEnd().split('\r\n').length - 1;
          expect(lines, `${table.href} vs table “${table.caption}”`).toBe(table.rows);
        }
      }
      expect(seen).toEqual(expect.arrayContaining(['expense-by-group.csv', 'expense-by-program.csv', 'largest-contracts.csv', 'methods.csv', 'top-vendors.csv',
        'plan-by-year.csv', 'plan-by-strategy.csv', 'compare.csv', 'five-years.csv']));
    } finally {
      await browser.close();
      await served.close();
    }
  });
});
