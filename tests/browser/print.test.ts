// Printing an LAO-year page: the charts' tables and the procurement rows' details print even though
// they are closed on screen, and the site's navigation does not.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, launchChromium, pick, serve, skipReason, type Served } from './serve.ts';

describe.skipIf(skipReason(dist, 'print') !== null)('print (sample site)', () => {
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

  it('prints every chart table and procurement detail, without the menus', async () => {
    const { lao, fy } = pick(dist);
    const page = await browser.newPage();
    await page.goto(`${served.origin}/lao/${lao}/${fy}/`);
    const shown = (selector: string) =>
      page.evaluate((s) => [...document.querySelectorAll(s)].filter((el) => el.checkVisibility()).length, selector);
    const chartTables = await page.locator('details.chart-table table').count();
    expect(chartTables).toBeGreaterThan(1);
    expect(await shown('details.chart-table table')).toBe(0);
    expect(await shown('details.entity-details dl')).toBe(0);

    await page.emulateMedia({ media: 'print' });
    expect(await shown('details.chart-table table')).toBe(chartTables);
    expect(await shown('details.entity-details dl')).toBe(await page.locator('details.entity-details dl').count());
    expect(await shown('.site-nav, .lang-switch, .year-switch')).toBe(0);
    expect(await shown('figure.chart svg')).toBeGreaterThan(1);
    await page.close();
  });
});
