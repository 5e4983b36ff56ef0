// The built sample site in Chromium: the page contract of every page type (Thai and English),
// sortable province table, links that resolve, CSV downloads, JavaScript off, and 360 px layout.
// Build first: `node scripts/build.ts --dist DIR` and point PRONGSAI_DIST at DIR (default dist/).
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dist,
  EXPLAIN_SLUGS,
  launchChromium,
  pick,
  serve,
  sitePages,
  skipReason,
  twin,
  type Picks,
  type Served,
  type SitePage,
} from './serve.ts';

const skip = skipReason(dist, 'site') !== null;

describe.skipIf(skip)('built site in Chromium (sample)', () => {
  let served: Served;
  let browser: Browser;
  let p: Picks;
  let pages: SitePage[];
  const url = (path: string): string => `${served.origin}${path}`;
  const open = async (path: string, page?: Page): Promise<Page> => {
    const pg = page ?? (await browser.newPage());
    const res = await pg.goto(url(path));
    expect(res?.status(), `GET ${path}`).toBe(200);
    return pg;
  };
  const hrefs = (page: Page, selector: string): Promise<string[]> =>
    page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));

  beforeAll(async () => {
    served = await serve(dist);
    browser = await launchChromium();
    p = pick(dist);
    pages = sitePages(p, { allExplainers: true });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('every page, Thai and English, has lang, skip link, h1 and a language switch to its twin', async () => {
    const page = await browser.newPage();
    for (const { path } of pages) {
      for (const [at, lang] of [
        [path, 'th'],
        [twin(path), 'en'],
      ] as const) {
        await open(at, page);
        expect(await page.locator('html').getAttribute('lang'), at).toBe(lang);
        expect(await page.locator('a.skip-link[href="#main"]').count(), `${at} skip link`).toBe(1);
        expect(await page.locator('#main').count(), `${at} #main`).toBe(1);
        expect(await page.locator('h1').count(), `${at} h1`).toBe(1);
        expect((await page.locator('h1').innerText()).trim(), `${at} h1 text`).not.toBe('');
        expect(await page.locator('a.lang-switch').getAttribute('href'), `${at} lang switch`).toBe(twin(at));
      }
    }
    await page.close();
  });

  it('home links provinces, the LAO list and each LAO type', async () => {
    const page = await open('/');
    const provinces = await hrefs(page, 'main a[href^="/province/"]');
    expect(provinces.length).toBeGreaterThan(0);
    for (const h of provinces) expect(h).toMatch(/^\/province\/[^/]+\/$/);
    expect(await page.locator('main a[href="/laos/"]').count()).toBeGreaterThan(0);
    const types = await hrefs(page, 'main a[href^="/laos/"]:not([href="/laos/"])');
    expect(types.length).toBeGreaterThan(0);
    for (const h of types) expect(h).toMatch(/^\/laos\/[a-z-]+\/$/);
    await page.close();
  });

  it('province table sorts by its data-sort values, and lists LAOs by district', async () => {
    const page = await open(`/province/${p.province}/`);
    const table = page.locator('table#compare[data-sortable]');
    expect(await table.count()).toBe(1);
    const firstCol = await hrefs(page, 'table#compare tbody tr > :first-child a');
    expect(firstCol.length).toBeGreaterThan(0);
    for (const h of firstCol) expect(h).toMatch(/^\/lao\/[^/]+\/\d{4}\/$/);
    const districts = await hrefs(page, 'main section:has(h2) ul a[href^="/lao/"]');
    expect(districts.some((h) => /^\/lao\/[^/]+\/$/.test(h)), 'district list links /lao/<id>/').toBe(true);
    expect(await page.locator('table#compare tbody td[data-sort]').count()).toBeGreaterThan(0);

    const headers = page.locator('table#compare thead th');
    const n = await headers.count();
    expect(await page.locator('table#compare thead th button.sort').count()).toBe(n);
    const column = (i: number) =>
      page.locator('table#compare tbody tr').evaluateAll(
        (rows, index) => rows.map((r) => (r as HTMLTableRowElement).cells[index]?.getAttribute('data-sort') ?? null),
        i,
      );
    let sortedNumeric = 0;
    for (let i = 1; i < n; i++) {
      const before = await column(i);
      if (before.every((v) => v === null)) continue;
      for (const direction of ['ascending', 'descending'] as const) {
        await headers.nth(i).locator('button.sort').click();
        expect(await headers.nth(i).getAttribute('aria-sort')).toBe(direction);
        expect(await page.locator('table#compare thead th[aria-sort]').count()).toBe(1);
        const values = (await column(i)).filter((v): v is string => v !== null && v !== '').map(Number);
        const expected = [...values].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
        expect(values, `column ${i} ${direction}`).toEqual(expected);
      }
      sortedNumeric++;
    }
    expect(sortedNumeric).toBeGreaterThan(0);
    await page.close();
  });

  it('LAO overview: year switch, five-year chart and plan-project money trails', async () => {
    const page = await open(`/lao/${p.lao}/`);
    const years = await hrefs(page, 'nav.year-switch a');
    expect(years.length).toBeGreaterThan(0);
    for (const h of years.filter((h) => h !== `/lao/${p.lao}/`)) expect(h).toMatch(new RegExp(`^/lao/${p.lao}/\\d{4}/$`));
    expect(await page.locator('nav.year-switch [aria-current="page"]').count()).toBe(1);
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThan(0);
    const projects = page.locator('article.plan-project[id^="pp-"]');
    expect(await projects.count()).toBeGreaterThan(0);
    expect(await page.locator('article.plan-project:not(:has(ol.trail))').count(), 'projects without a trail').toBe(0);
    const procurement = await hrefs(page, 'article.plan-project ol.trail a[href*="#p-"]');
    expect(procurement.length).toBeGreaterThan(0);
    expect(await page.locator('article.plan-project ol.trail a[href^="/vendor/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('article.plan-project .mark.missing').count()).toBeGreaterThan(0);
    expect(await page.locator('article.plan-project .mark.inferred').count()).toBeGreaterThan(0);
    // Every procurement step lands on an existing article.
    for (const h of new Set(procurement)) {
      const [path, hash] = h.split('#') as [string, string];
      expect(path).toMatch(new RegExp(`^/lao/${p.lao}/\\d{4}/$`));
      const target = await (await page.request.get(url(path))).text();
      expect(target, `${h} resolves`).toContain(`id="${hash}"`);
    }
    await page.close();
  });

  it('LAO-year: headline figures, charts with tables and data links, procurement, downloads', async () => {
    const page = await open(`/lao/${p.lao}/${p.fy}/`);
    expect(await page.locator('nav.year-switch [aria-current="page"]').count()).toBe(1);
    expect(await page.locator('ul.figures > li').count()).toBeGreaterThan(0);
    const charts = page.locator('figure.chart');
    const nCharts = await charts.count();
    expect(nCharts).toBeGreaterThan(0);
    for (let i = 0; i < nCharts; i++) {
      const chart = charts.nth(i);
      expect(await chart.locator('svg[role="img"]').count(), `chart ${i} svg`).toBe(1);
      expect(await chart.locator('details.chart-table table').count(), `chart ${i} table`).toBe(1);
      const link = await chart.locator('a[href]').last().getAttribute('href');
      expect(link, `chart ${i} data link`).toBeTruthy();
      expect((await page.request.get(url(link!))).status(), `chart ${i} ${link}`).toBe(200);
    }
    const articles = page.locator('article.procurement[id^="p-"]');
    expect(await articles.count()).toBeGreaterThan(0);
    expect(await page.locator('article.procurement table a[href^="/vendor/"]').count()).toBeGreaterThan(0);
    const downloads = await hrefs(page, 'aside.downloads a[href$=".csv"]');
    expect(downloads).toContain(`/lao/${p.lao}/${p.fy}/expense.csv`);
    for (const h of downloads) expect((await page.request.get(url(h))).status(), h).toBe(200);
    await page.close();
  });

  it('a CSV download starts with a UTF-8 byte-order mark', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await open(`/lao/${p.lao}/${p.fy}/`, page);
    const link = page.locator(`aside.downloads a[href="/lao/${p.lao}/${p.fy}/expense.csv"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await download.path();
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(1);
    expect(text).not.toContain('\uFFFD');
    await context.close();
  });

  it('every vendor page links each contract to an existing procurement row', async () => {
    const vendors = readdirSync(join(dist, 'vendor'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    let links = 0;
    for (const id of vendors) {
      const html = await readFile(join(dist, 'vendor', id, 'index.html'), 'utf8');
      for (const [, path, hash] of html.matchAll(/href="(\/lao\/[^"#]+)#(p-[^"]+)"/g)) {
        links++;
        const target = await readFile(join(dist, path!, 'index.html'), 'utf8');
        expect(target, `/vendor/${id}/ → ${path}#${hash}`).toContain(`id="${hash}"`);
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  it('vendor page: charts and a timeline of contracts linking back to LAOs', async () => {
    const page = await open(`/vendor/${p.vendor}/`);
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThan(0);
    const timeline = page.locator('table:has(a[href^="/lao/"][href*="#p-"])');
    expect(await timeline.count()).toBeGreaterThan(0);
    expect(await timeline.first().locator('tbody tr').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('LAO lists, explainers, about and data quality', async () => {
    const page = await open('/laos/');
    expect(await page.locator('main a[href^="/lao/"]').count()).toBeGreaterThan(0);
    await open(`/laos/${p.laoType}/`, page);
    expect(await page.locator('main a[href^="/lao/"]').count()).toBeGreaterThan(0);
    await open('/explain/', page);
    const explainers = await hrefs(page, 'main a[href^="/explain/"]');
    for (const slug of EXPLAIN_SLUGS) expect(explainers).toContain(`/explain/${slug}/`);
    await open('/about/', page);
    expect(await page.locator('main').innerText()).not.toBe('');
    await open('/data/quality/', page);
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('internal links on every page type resolve', async () => {
    const page = await browser.newPage();
    const seen = new Map<string, number>();
    for (const { path } of pages) {
      for (const at of [path, twin(path)]) {
        await open(at, page);
        for (const h of await hrefs(page, 'a[href^="/"]')) {
          const target = h.split('#')[0]!;
          if (!seen.has(target)) seen.set(target, (await page.request.head(url(target))).status());
        }
      }
    }
    const broken = [...seen].filter(([, status]) => status !== 200);
    expect(seen.size).toBeGreaterThan(20);
    expect(broken).toEqual([]);
    await page.close();
  });

  it('renders the content with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const expectations: Record<string, { tables?: boolean; charts?: boolean }> = {
      province: { tables: true },
      lao: { charts: true, tables: true },
      'lao-year': { charts: true, tables: true },
      vendor: { charts: true, tables: true },
      quality: { tables: true },
    };
    for (const { type, path } of pages) {
      for (const at of [path, twin(path)]) {
        await open(at, page);
        expect(await page.locator('h1').isVisible(), `${at} h1`).toBe(true);
        expect((await page.locator('main').innerText()).length, `${at} main`).toBeGreaterThan(50);
        const want = expectations[type] ?? {};
        if (want.tables) {
          expect(await page.locator('main table').count(), `${at} tables`).toBeGreaterThan(0);
          expect(await page.locator('main table:visible').count(), `${at} visible tables`).toBeGreaterThan(0);
        }
        if (want.charts) {
          expect(await page.locator('figure.chart svg[role="img"]').count(), `${at} charts`).toBeGreaterThan(0);
          expect(await page.locator('figure.chart svg').first().isVisible(), `${at} chart visible`).toBe(true);
        }
      }
    }
    // The province table keeps its server order and has no sort buttons.
    const path = `/province/${p.province}/`;
    await open(path, page);
    const shown = await page
      .locator('table#compare tbody tr > :first-child a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const server = [
      ...(await (await page.request.get(url(path))).text())
        .split('<table')[1]!
        .matchAll(/<tr>\s*<th scope="row"[^>]*>\s*<a href="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(server);
    expect(await page.locator('table#compare button.sort').count()).toBe(0);
    await context.close();
  });

  it('fits 360 px without sideways page scroll, details open or closed', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const { path } of pages) {
      for (const at of [path, twin(path)]) {
        await open(at, page);
        await page.evaluate(() => document.fonts.ready);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${at} scrolls sideways`).toBeLessThanOrEqual(1);
        // Opened, the budget lines, procurement details and flag lists must fit too.
        await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
        const opened = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(opened, `${at} scrolls sideways once its details are open`).toBeLessThanOrEqual(1);
      }
    }
    await context.close();
  });
});
