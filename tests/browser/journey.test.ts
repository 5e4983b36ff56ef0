// User journeys on the sample site, by clicking: home → province → LAO → plan project's procurement
// → vendor (screenshots at 360 and 1280 px in test-results/), the year switch, the language switch.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dist,
  launchChromium,
  pick,
  results,
  serve,
  sitePages,
  skipReason,
  twin,
  type Picks,
  type Served,
} from './serve.ts';

const skip = skipReason(dist, 'journey') !== null;

describe.skipIf(skip)('journeys (sample site)', () => {
  let served: Served;
  let browser: Browser;
  let p: Picks;
  const path = (page: Page): string => new URL(page.url()).pathname;

  beforeAll(async () => {
    served = await serve(dist);
    browser = await launchChromium();
    p = pick(dist);
    await mkdir(results, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('home → province → LAO → procurement of a plan project → vendor, at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const steps: { name: string; url: string }[] = [];
    const shot = async (name: string) => {
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways at 360 px`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: join(results, `journey-${steps.length + 1}-${name}-360.png`) });
      steps.push({ name, url: page.url() });
    };

    await page.goto(`${served.origin}/`);
    await shot('home');

    // Find, by clicking only, a province and an LAO in its district list whose overview has a
    // plan project with a linked procurement.
    const provinces = await page.locator('main a[href^="/province/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(provinces.length).toBeGreaterThan(0);
    let found: string | null = null;
    for (const province of provinces) {
      await page.goto(`${served.origin}/`);
      await page.locator(`main a[href="${province}"]`).first().click();
      await page.waitForURL(`**${province}`);
      const laos = await page
        .locator('main section ul a[href^="/lao/"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href')!).filter((h) => /^\/lao\/[^/]+\/$/.test(h)));
      for (const lao of laos) {
        if (path(page) !== province) await page.goBack();
        await page.locator(`main section ul a[href="${lao}"]`).first().click();
        await page.waitForURL(`**${lao}`);
        const trail = page.locator('article.plan-project ol.trail a[href*="#p-"]');
        if ((await trail.count()) > 0) {
          found = lao;
          break;
        }
      }
      if (found) break;
    }
    expect(found, 'an LAO with a plan project linked to procurement, reachable from a province').not.toBeNull();
    // Screenshot the province step on the way back, then the LAO.
    await page.goBack();
    await shot('province');
    await page.goForward();
    await page.waitForURL(`**${found!}`);
    await shot('lao');

    const projectLink = page.locator('article.plan-project ol.trail a[href*="#p-"]').first();
    const project = await projectLink.evaluate((a) => a.closest('article')!.id);
    expect(project).toMatch(/^pp-/);
    const href = (await projectLink.getAttribute('href'))!;
    const [yearPath, anchor] = href.split('#') as [string, string];
    await projectLink.click();
    await page.waitForURL(`**${href}`);
    expect(path(page)).toBe(yearPath);
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
    const target = page.locator('article.procurement:target');
    expect(await target.count()).toBe(1);
    expect(await target.getAttribute('id')).toBe(anchor);
    expect(await target.isVisible()).toBe(true);
    // The article is scrolled into view.
    const top = await target.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(740);
    // Its details (money at each level, bidders, contracts) are opened for the reader.
    await expect.poll(() => target.locator('details.entity-details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await target.locator('details.entity-details table').first().isVisible()).toBe(true);
    await shot('procurement');

    const vendorLink = target.locator('a[href^="/vendor/"]').first();
    const vendor = (await vendorLink.getAttribute('href'))!;
    await vendorLink.click();
    await page.waitForURL(`**${vendor}`);
    expect(await page.locator('h1').innerText()).not.toBe('');
    // The vendor lists this very contract, linking back to the LAO's procurement.
    const back = page.locator(`main table a[href="${yearPath}#${anchor}"]`);
    expect(await back.count(), `vendor lists ${yearPath}#${anchor}`).toBeGreaterThan(0);
    const laoId = found!.split('/')[2]!;
    expect(await page.locator(`main a[href^="/lao/${laoId}/"]`).count()).toBeGreaterThan(0);
    await shot('vendor');
    await context.close();

    // The same pages at desktop width.
    const wide = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const desk = await wide.newPage();
    for (const [i, step] of steps.entries()) {
      await desk.goto(step.url);
      await desk.evaluate(() => document.fonts.ready);
      await desk.screenshot({ path: join(results, `journey-${i + 1}-${step.name}-1280.png`) });
    }
    await wide.close();
    expect(steps.map((s) => s.name)).toEqual(['home', 'province', 'lao', 'procurement', 'vendor']);
  });

  it('year switch: each year link shows that year, marked as current, with its own figures', async () => {
    const page = await browser.newPage();
    const overview = `/lao/${p.lao}/`;
    await page.goto(`${served.origin}${overview}`);
    expect(await page.locator('nav.year-switch [aria-current="page"]').count()).toBe(1);
    const entries = await page
      .locator('nav.year-switch a')
      .evaluateAll((els) => els.map((e) => ({ href: e.getAttribute('href')!, text: (e.textContent ?? '').trim() })));
    const years = entries.filter((e) => /\/\d{4}\/$/.test(e.href));
    expect(years.length).toBeGreaterThan(1);
    const api = (await (await page.request.get(`${served.origin}/api/lao/${p.lao}.json`)).json()) as {
      years: Record<string, { expenseTotal: number | null; contractValue: number }>;
    };
    const headline = new Map<string, string>();
    for (const { href, text } of years) {
      await page.locator(`nav.year-switch a[href="${href}"]`).click();
      await page.waitForURL(`**${href}`);
      const current = page.locator('nav.year-switch [aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect((await current.innerText()).trim()).toBe(text);
      expect(await page.locator(`nav.year-switch a[href="${href}"]`).count(), 'current year is not a link').toBe(0);
      const fy = href.split('/')[3]!;
      expect(await page.locator('h1').innerText()).toContain(fy);
      const figures = await page.locator('ul.figures').innerText();
      headline.set(fy, figures);
      // Headline figures agree with the JSON twin.
      const expense = await page.locator('ul.figures [data-field="expenseTotal"] data').first().getAttribute('value').catch(() => null);
      const want = api.years[fy]?.expenseTotal ?? null;
      if (want !== null) expect(Number(expense)).toBeCloseTo(want, 2);
      // Back to the overview through its own entry.
      await page.locator(`nav.year-switch a[href="${overview}"]`).click();
      await page.waitForURL(`**${overview}`);
    }
    // Years whose data differ show different headline figures.
    const fys = [...headline.keys()];
    for (let i = 0; i < fys.length; i++)
      for (let j = i + 1; j < fys.length; j++) {
        const a = api.years[fys[i]!];
        const b = api.years[fys[j]!];
        if (a && b && (a.expenseTotal !== b.expenseTotal || a.contractValue !== b.contractValue))
          expect(headline.get(fys[i]!), `${fys[i]} vs ${fys[j]}`).not.toBe(headline.get(fys[j]!));
      }
    await page.close();
  });

  it('language switch leads to the twin page and back, on every page type', async () => {
    const page = await browser.newPage();
    for (const { path: th } of sitePages(p)) {
      await page.goto(`${served.origin}${th}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('th');
      const thH1 = await page.locator('h1').innerText();
      await page.locator('a.lang-switch').click();
      await page.waitForURL(`**${twin(th)}`);
      expect(path(page)).toBe(`/en${th}`);
      expect(await page.locator('html').getAttribute('lang'), `/en${th}`).toBe('en');
      expect(await page.locator('a.lang-switch').getAttribute('href')).toBe(th);
      // Same structure in both languages.
      expect(await page.locator('h1').count()).toBe(1);
      const enH1 = await page.locator('h1').innerText();
      if (!['lao', 'lao-year', 'vendor'].includes(sitePages(p).find((x) => x.path === th)!.type))
        expect(enH1, `${th} h1 is translated`).not.toBe(thH1);
      await page.locator('a.lang-switch').click();
      await page.waitForURL((u) => u.pathname === th);
      expect(await page.locator('html').getAttribute('lang')).toBe('th');
    }
    await page.close();
  });
});
