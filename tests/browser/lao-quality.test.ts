// The data-quality page of every LAO (/lao/<id>/quality/) on the built sample site: it exists in Thai
// and English for every LAO, its counts and scores are those of the site's own published data (the
// LAO's /api/lao/<id>.json and its download tables, read here independently of the page's code), it
// agrees with the province comparison, its chart has a summary, a table and a CSV, it works without
// JavaScript and at 360 px, and the LAO page links to it. axe-core runs on it in a11y.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provinceSlug } from '../../src/lib/geo/provinces.ts';
import type { LaoApi, LaoYearTotals } from '../../src/lib/schema/site.ts';
import { completeness } from '../../src/lib/site/completeness.ts';
import { formatCount, formatShare } from '../../src/lib/site/format.ts';
import { dist, launchChromium, serve, skipReason, type Served } from './serve.ts';

type Lang = 'th' | 'en';
const LANGS: readonly Lang[] = ['th', 'en'];
const prefix = (lang: Lang): string => (lang === 'th' ? '' : '/en');
const pct = (share: number): string => formatShare(share, 1)!;

/** [passed or missing, total] per check or field key. */
type Counts = Record<string, [number, number]>;
interface ExpectedYear { fy: number; score: number; checks: Counts; fields: Counts }

interface ContractRow { fiscal_year: number; contract_number: string | null; signed_date: string | null; end_date: string | null; vendor_name: string | null; tax_id_status: string; value: number | null }
interface ProjectRow { fiscal_year: number; method: string | null; budget: number | null; reference_price: number | null; announced_date: string | null }
interface LineRow { fiscal_year: number; line_id: string | null; plan_project_id: string | null; plan_link: string | null }
interface PlanRow { plan_project_id: string; project_number: string | null; fiscal_year: number; planned_amount: number | null; budgeted_amount: number | null; kpi: string | null; responsible_unit: string | null }

const json = <T>(path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
const rowsOf = <T>(laoId: string, table: string): T[] => {
  const path = `download/lao/${laoId}/${table}.json`;
  return existsSync(join(dist, path)) ? json<{ rows: T[] }>(path).rows : [];
};
const NOT_ANNOUNCED = new Set(['specific', 'consultant-specific', 'design-specific']);
const PUBLISHED_CHECKS = new Set(['expense', 'revenue', 'population']);

/** What the page must show for each year, worked out from the LAO's published API file and download tables. */
function expectedYears(laoId: string): ExpectedYear[] {
  const api = json<LaoApi>(`api/lao/${laoId}.json`);
  const contracts = rowsOf<ContractRow>(laoId, 'contracts');
  const projects = rowsOf<ProjectRow>(laoId, 'procurement_projects');
  const lines = rowsOf<LineRow>(laoId, 'budget_lines');
  const plans = rowsOf<PlanRow>(laoId, 'plan_projects').filter((p) => p.planned_amount !== null);
  return Object.entries(api.years).map(([year, y]: [string, LaoYearTotals]): ExpectedYear => {
    const fy = Number(year);
    const inYear = <T extends { fiscal_year: number }>(rows: T[]) => rows.filter((r) => r.fiscal_year === fy);
    const c = inYear(contracts);
    const p = inYear(projects);
    const l = inYear(lines);
    const pl = inYear(plans);
    const lacking = <T>(rows: T[], lacks: (r: T) => boolean): [number, number] => [rows.filter(lacks).length, rows.length];
    const announced = p.filter((r) => r.method !== null && !NOT_ANNOUNCED.has(r.method));
    const fields: Counts = {
      method: lacking(p, (r) => r.method === null), budget: lacking(p, (r) => r.budget === null),
      'reference-price': lacking(p, (r) => r.reference_price === null), 'announced-date': lacking(announced, (r) => r.announced_date === null),
      'contract-number': lacking(c, (r) => r.contract_number === null), 'signed-date': lacking(c, (r) => r.signed_date === null),
      'end-date': lacking(c, (r) => r.end_date === null), 'vendor-name': lacking(c, (r) => r.vendor_name === null),
      'tax-id': lacking(c, (r) => r.tax_id_status !== 'valid'), 'contract-value': lacking(c, (r) => r.value === null),
      'line-id': lacking(l, (r) => r.line_id === null),
      'plan-id': lacking(pl, (r) => r.project_number === null), kpi: lacking(pl, (r) => r.kpi === null),
      'responsible-unit': lacking(pl, (r) => r.responsible_unit === null),
    };
    const linked = new Set(l.filter((r) => r.plan_project_id).map((r) => r.plan_project_id));
    const canCheckPlan = l.length > 0 || pl.some((r) => r.budgeted_amount !== null);
    const reached = pl.filter((r) => r.budgeted_amount !== null || linked.has(r.plan_project_id)).length;
    return {
      fy,
      score: completeness(y),
      checks: {
        expense: [y.expenseTotal === null ? 0 : 1, 1], revenue: [y.revenueTotal === null ? 0 : 1, 1], population: [y.population === null ? 0 : 1, 1],
        'tax-ids': [y.contractsWithTaxId, y.contracts], 'contract-values': [y.contracts - y.contractsWithoutValue, y.contracts],
        'budget-links': [y.procurementsWithBudgetLine, y.procurementProjects],
        'plan-budget': canCheckPlan ? [reached, pl.length] : [0, 0],
      },
      fields: Object.fromEntries(Object.entries(fields).filter(([, [, total]]) => total > 0)),
    };
  }).sort((a, b) => a.fy - b.fy);
}

/** What the page shows, read from its tables. */
async function shownYears(page: Page): Promise<ExpectedYear[]> {
  return page.$$eval('section.quality-year', (sections) => sections.map((s) => {
    const counts = (selector: string, attr: string, first: string): Counts => Object.fromEntries([...s.querySelectorAll(selector)].map((tr) =>
      [tr.getAttribute(attr)!, [Number(tr.getAttribute(first)), Number(tr.getAttribute('data-total'))] as [number, number]]));
    return {
      fy: Number(s.id.replace('fy-', '')),
      score: Number(s.querySelector('.year-score')!.getAttribute('data-score')),
      checks: counts('tr[data-check]', 'data-check', 'data-passed'),
      fields: counts('tr[data-field]', 'data-field', 'data-missing'),
    };
  }));
}

describe.skipIf(skipReason(dist, 'lao quality') !== null)('data-quality page of each LAO (sample site)', () => {
  let served: Served;
  let browser: Browser;
  let laos: { id: string; name: string; province: string }[];
  const at = (path: string): string => `${served.origin}${path}`;

  beforeAll(async () => {
    served = await serve(dist);
    browser = await launchChromium();
    laos = json<{ id: string; name: string; province: string }[]>('api/laos.json');
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('exists for every LAO in Thai and English, and is in the sitemap', () => {
    expect(laos.length).toBeGreaterThan(0);
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    for (const { id } of laos) {
      for (const lang of LANGS) {
        const path = `${prefix(lang)}/lao/${id}/quality/`;
        expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
        expect(sitemap, path).toContain(`${path}</loc>`);
      }
    }
  });

  it('shows the counts and scores of the LAO\'s published data, in both languages', async () => {
    const page = await browser.newPage();
    for (const lao of laos) {
      const expected = expectedYears(lao.id);
      for (const lang of LANGS) {
        const path = `${prefix(lang)}/lao/${lao.id}/quality/`;
        expect((await page.goto(at(path)))?.status(), path).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator('h1').innerText(), path).toContain(lao.name);

        const shown = await shownYears(page);
        // Newest year first on the page.
        expect(shown.map((y) => y.fy), path).toEqual(expected.map((y) => y.fy).reverse());
        for (const want of expected) {
          const got = shown.find((y) => y.fy === want.fy)!;
          expect(got.checks, `${path} checks ${want.fy}`).toEqual(want.checks);
          expect(got.fields, `${path} fields ${want.fy}`).toEqual(want.fields);
          expect(got.score, `${path} score ${want.fy}`).toBeCloseTo(want.score, 4);
          // The numbers are written as well as carried in attributes.
          const section = page.locator(`#fy-${want.fy}`);
          expect(await section.locator('.year-score').innerText()).toContain(pct(want.score));
          for (const [key, [passed, total]] of Object.entries(want.checks)) {
            if (total === 0) continue;
            const row = await section.locator(`tr[data-check="${key}"]`).innerText();
            // Counted checks write "passed of total"; published-or-not ones say which.
            if (!PUBLISHED_CHECKS.has(key)) expect(row, `${path} ${want.fy} ${key}`).toContain(`${formatCount(passed)} `);
            expect(row, `${path} ${want.fy} ${key}`).toContain(formatShare(passed, total)!);
          }
          for (const [key, [missing, total]] of Object.entries(want.fields)) {
            expect(await section.locator(`tr[data-field="${key}"]`).innerText(), `${path} ${want.fy} ${key}`).toContain(formatShare(missing, total)!);
          }
        }
        const latest = expected.at(-1)!;
        expect(await page.locator('[data-figure="score"] .value').innerText(), path).toBe(pct(latest.score));
        // Advice: a thank-you exactly when nothing falls short, else as many items as the figure says.
        const short = expected.some((y) => Object.values(y.checks).some(([p, tot]) => tot > 0 && p < tot) || Object.values(y.fields).some(([m]) => m > 0));
        const items = await page.locator('#advice li[data-advice]').count();
        expect(items > 0, `${path} advice`).toBe(short);
        expect(await page.locator('.advice-none').count()).toBe(short ? 0 : 1);
        expect(await page.locator('[data-figure="advice"] .value').innerText()).toBe(formatCount(items));
      }
    }
    await page.close();
  });

  it('gives the same completeness as the province comparison', async () => {
    const page = await browser.newPage();
    let compared = 0;
    for (const lao of laos) {
      await page.goto(at(`/province/${provinceSlug(lao.province)}/`));
      const row = page.locator('#compare tbody tr', { has: page.locator(`a[href^="/lao/${lao.id}/"]`) });
      if ((await row.count()) === 0) continue;
      const fy = Number(/\/lao\/[^/]+\/(\d{4})\//.exec((await row.locator('a').first().getAttribute('href'))!)![1]);
      const inProvince = await row.locator('td').last().innerText();
      const want = expectedYears(lao.id).find((y) => y.fy === fy)!;
      expect(inProvince, lao.id).toBe(pct(want.score));
      await page.goto(at(`/lao/${lao.id}/quality/`));
      expect(await page.locator(`#fy-${fy} .year-score`).innerText(), lao.id).toContain(inProvince);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
    await page.close();
  });

  it('draws the trend as an svg named by its title and summary, with a table and a CSV of the same rows', async () => {
    const page = await browser.newPage();
    for (const lao of laos) {
      const expected = expectedYears(lao.id);
      await page.goto(at(`/lao/${lao.id}/quality/`));
      const figure = page.locator('figure#quality-trend');
      expect(await figure.count()).toBe(1);
      const svg = figure.locator('svg[role="img"]');
      const labelledBy = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      expect(labelledBy).toEqual(['quality-trend-title', 'quality-trend-summary']);
      for (const id of labelledBy) expect((await page.locator(`#${id}`).innerText()).trim()).not.toBe('');
      const summary = await page.locator('#quality-trend-summary').innerText();
      expect(summary).toContain(pct(expected.at(-1)!.score));
      const svgText = (await svg.locator('text').allTextContents()).map((s) => s.trim());
      for (const y of expected) {
        expect(svgText).toContain(String(y.fy));
        expect(svgText).toContain(pct(y.score));
      }

      const table = figure.locator('details table');
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())));
      expect(rows.map((r) => [Number(r[0]), r[1]])).toEqual(expected.map((y) => [y.fy, pct(y.score)]));

      const href = (await figure.locator('p.chart-data a').getAttribute('href'))!;
      expect(href).toBe(`/lao/${lao.id}/quality-by-year.csv`);
      const csv = (await (await fetch(at(href))).text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));
      expect(csv[0]).toEqual(['fiscal_year', 'completeness', 'expense', 'revenue', 'population', 'tax_ids', 'contract_values', 'budget_links']);
      expect(csv.length - 1).toBe(rows.length);
      for (const [i, y] of expected.entries()) {
        expect(Number(csv[i + 1]![0])).toBe(y.fy);
        expect(Number(csv[i + 1]![1])).toBeCloseTo(y.score, 4);
      }
    }
    await page.close();
  });

  it('works without JavaScript: everything is in the HTML, and the chart table opens', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const { id } = laos[0]!;
    for (const lang of LANGS) {
      await page.goto(at(`${prefix(lang)}/lao/${id}/quality/`));
      expect(await page.locator('figure#quality-trend svg rect').count()).toBeGreaterThan(0);
      expect(await page.locator('#advice').isVisible()).toBe(true);
      expect(await page.locator('section.quality-year table').first().isVisible()).toBe(true);
      const table = page.locator('figure#quality-trend details table');
      expect(await table.isVisible()).toBe(false);
      await page.locator('figure#quality-trend details > summary').click();
      expect(await table.isVisible()).toBe(true);
      // The in-page year links are plain anchors to the year sections.
      for (const href of await page.locator('#years nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect(await page.locator(href).count(), href).toBe(1);
      }
    }
    await context.close();
  });

  it('fits 360 px without sideways page scroll, the chart table open or closed', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const { id } of laos) {
      for (const lang of LANGS) {
        const path = `${prefix(lang)}/lao/${id}/quality/`;
        await page.goto(at(path));
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(1);
        await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${path} opened`).toBeLessThanOrEqual(1);
      }
    }
    await context.close();
  });

  it('is linked from the LAO page, and links back to it, to the site-wide report and to the data dictionary', async () => {
    const page = await browser.newPage();
    for (const { id } of laos) {
      for (const lang of LANGS) {
        await page.goto(at(`${prefix(lang)}/lao/${id}/`));
        const link = page.locator(`main a[href="${prefix(lang)}/lao/${id}/quality/"]`);
        expect(await link.count(), `${lang} ${id}`).toBe(1);
        expect(await link.isVisible()).toBe(true);
        expect((await link.innerText()).trim()).not.toBe('');
      }
    }
    for (const lang of LANGS) {
      await page.goto(at(`${prefix(lang)}/lao/${laos[0]!.id}/quality/`));
      for (const target of [`/lao/${laos[0]!.id}/`, '/data/quality/', '/data/dictionary/']) {
        const href = `${prefix(lang)}${target}`;
        expect(await page.locator(`main a[href="${href}"]`).count(), href).toBeGreaterThan(0);
        expect((await fetch(at(href))).status, href).toBe(200);
      }
    }
    await page.close();
  });
});
