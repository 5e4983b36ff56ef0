// The site built from the real files in ../shared/real: every page type exists for real LAOs, and
// passes axe. Build: `node scripts/build.ts --data ../shared/real --dist DIR`, PRONGSAI_DIST_REAL=DIR.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatProblems } from '../link-check.ts';
import { distReal, formatAxe, launchChromium, laoYears, runAxe, serve, skipReason, twin, validTaxId, type Served } from './serve.ts';

const skip = skipReason(distReal, 'real-data') !== null;

const read = (path: string): string => readFileSync(join(distReal, path, 'index.html'), 'utf8');
const dirs = (path: string): string[] =>
  existsSync(join(distReal, path))
    ? readdirSync(join(distReal, path)).filter((n) => statSync(join(distReal, path, n)).isDirectory()).sort()
    : [];

interface RealPicks {
  province: string;
  lao: string;
  /** The largest LAO-year page (by HTML bytes) that has procurement. */
  procurementYear: string;
  vendor: string;
  /** An อบจ. (pao) LAO-year with an expense chart. */
  paoYear: string;
}

function pickReal(): RealPicks {
  const laos = dirs('lao');
  const years = laos.flatMap((id) => laoYears(distReal, id).map((fy) => `/lao/${id}/${fy}/`));
  const sized = years
    .map((path) => ({ path, size: statSync(join(distReal, path, 'index.html')).size }))
    .sort((a, b) => b.size - a.size);
  const procurementYear = sized.find(({ path }) => read(path).includes('class="entity procurement"'))?.path;
  if (!procurementYear) throw new Error('no real LAO-year page with procurement');
  const vendor = [...read(procurementYear).matchAll(/href="\/vendor\/(\d{13})\/"/g)].map((m) => m[1]!).find(validTaxId);
  if (!vendor) throw new Error(`no vendor with a valid 13-digit tax id on ${procurementYear}`);
  const paoIds = [...read('laos/pao').matchAll(/href="\/lao\/([^/"]+)\/"/g)].map((m) => m[1]!);
  const paoYear = paoIds
    .flatMap((id) => laoYears(distReal, id).map((fy) => `/lao/${id}/${fy}/`))
    .find((path) => read(path).includes('id="expense-chart"'));
  if (!paoYear) throw new Error('no อบจ. LAO-year page with an expense chart');
  return {
    province: `/province/${dirs('province')[0]}/`,
    lao: procurementYear.split('/').slice(0, 3).join('/') + '/',
    procurementYear,
    vendor: `/vendor/${vendor}/`,
    paoYear,
  };
}

describe.skipIf(skip)('real data site', () => {
  let served: Served;
  let browser: Browser;
  let r: RealPicks;
  let page: Page;
  const go = async (path: string): Promise<void> => {
    const res = await page.goto(`${served.origin}${path}`);
    expect(res?.status(), path).toBe(200);
    expect(await page.locator('h1').count(), `${path} h1`).toBe(1);
    expect(await page.locator('a.lang-switch').getAttribute('href'), `${path} lang switch`).toBe(twin(path));
  };

  beforeAll(async () => {
    served = await serve(distReal);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    r = pickReal();
    console.info(`[real-data] pages: ${JSON.stringify(r)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('home links real provinces and LAO types', async () => {
    await go('/');
    expect(await page.locator('main a[href^="/province/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href^="/laos/"]').count()).toBeGreaterThan(0);
  });

  it('a province compares its LAOs', async () => {
    await go(r.province);
    expect(await page.locator('table#compare[data-sortable] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('table#compare thead button.sort').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href^="/lao/"]').count()).toBeGreaterThan(0);
  });

  it('an LAO overview has its year switch and five-year chart', async () => {
    await go(r.lao);
    expect(await page.locator('nav.year-switch a[href^="/lao/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('nav.year-switch [aria-current="page"]').count()).toBe(1);
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThan(0);
  });

  it('the largest LAO-year page lists procurement with contracts and vendor links', async () => {
    await go(r.procurementYear);
    expect(await page.locator('ul.figures > li').count()).toBeGreaterThan(0);
    expect(await page.locator('article.procurement[id^="p-"]').count()).toBeGreaterThan(0);
    expect(await page.locator('article.procurement table a[href^="/vendor/"]').count()).toBeGreaterThan(0);
    const csv = await page.locator('aside.downloads a[href$="/procurement.csv"]').getAttribute('href');
    expect(csv).toBeTruthy();
    const body = await (await page.request.get(`${served.origin}${csv}`)).body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('a vendor with a valid 13-digit tax id has charts and a contract timeline', async () => {
    await go(r.vendor);
    const id = r.vendor.split('/')[2]!;
    expect(validTaxId(id)).toBe(true);
    expect(await page.locator('main').innerText()).toContain(id);
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main table a[href^="/lao/"][href*="#p-"]').count()).toBeGreaterThan(0);
  });

  it('an อบจ. LAO-year has an expense chart with its data table', async () => {
    await go(r.paoYear);
    expect(await page.locator('#expense-chart svg[role="img"]').count()).toBe(1);
    expect(await page.locator('#expense-chart details.chart-table table tbody tr').count()).toBeGreaterThan(0);
  });

  it('axe finds no violations on the real pages', async () => {
    const report: string[] = [];
    const paths = ['/', r.province, r.lao, r.procurementYear, r.vendor, r.paoYear];
    for (const path of [...paths, ...paths.map(twin)]) {
      await go(path);
      const found = await runAxe(page);
      if (found.length) report.push(formatAxe(`real ${path}`, found));
    }
    if (report.length) console.error(`axe violations (real data):\n${report.join('\n')}`);
    expect(report, report.join('\n')).toEqual([]);
  }, 180_000);

  it('has no broken internal link or asset on any page, feed or API file', () => {
    const started = performance.now();
    const result = checkLinks(distReal);
    console.log(`link check of ${distReal}: ${result.pages} pages, ${result.files} files, ${result.references} internal references, ${result.problems.length} broken, ${Math.round(performance.now() - started)} ms`);
    expect(result.problems, formatProblems(result.problems)).toEqual([]);
    expect(result.files).toBeGreaterThan(result.pages * 2);
  }, 300_000);
});
