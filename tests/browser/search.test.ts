// Search on the built sites: 20+ queries built from the real files in ../shared/real (unspaced Thai,
// Thai digits, vendors with and without prefixes, tax ids, the English page), and the search page's
// filters, sorting, keyboard use, no-JavaScript fallback and accessibility on the sample site.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaNames, chunksFor, routerWords, routeTerms, type RouterChunk, type RouterManifest } from '../../src/lib/search/router.ts';
import { queryText } from '../../src/lib/search/thai-words.ts';
import { dist, distReal, launchChromium, runAxe, formatAxe, serve, skipReason, type Served } from './serve.ts';

/** The areas the router sends a query to, read from the built site the way the search page reads them. */
function routedAreas(site: string, query: string): string[] {
  const manifest = JSON.parse(readFileSync(join(site, 'pagefind/areas.json'), 'utf8')) as RouterManifest;
  const terms = routerWords(queryText(query));
  const chunks = new Map<string, RouterChunk>();
  for (const name of terms.flatMap((t) => chunksFor(t, manifest.chunks))) {
    const path = join(site, `pagefind/route/${name}.json`);
    chunks.set(name, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RouterChunk) : []);
  }
  return routeTerms(terms, manifest.chunks, chunks).map((r) => `a${r.area}`);
}

/**
 * Every result of a query in the areas the router sends it to, asked of each area's Pagefind bundle
 * in the page (a string, so vitest leaves import() alone). A router that missed an area fails here.
 */
async function allResults(page: Page, site: string, query: string, filters: Record<string, string> = {}): Promise<{ url: string; kind: string; title: string }[]> {
  return (await page.evaluate(`(async () => {
    const all = [];
    for (const area of ${JSON.stringify(routedAreas(site, query))}) {
      const pf = await import('/pagefind/' + area + '/pagefind.js');
      const found = await pf.search(${JSON.stringify(queryText(query))}, { filters: ${JSON.stringify(filters)} });
      all.push(...await Promise.all(found.results.map(async (r) => { const d = await r.data(); return { url: d.url, kind: d.meta.kind, title: d.meta.title }; })));
    }
    return all;
  })()`)) as { url: string; kind: string; title: string }[];
}

async function waitForResults(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
  return (await page.textContent('#search-status')) ?? '';
}

describe.skipIf(skipReason(distReal, 'search (real data)') !== null)('search on the real files', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    served = await serve(distReal);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${served.origin}/search/`);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it.each([
    // Unspaced multi-word Thai, and compounds ICU keeps whole in the data
    ['ถนนคอนกรีตเสริมเหล็กซอยตาแมว', '#p-68079621224'],
    ['เสริมเหล็กซอยตาแมว', '#p-68079621224'],
    ['รถกระเช้าไฟฟ้า', '#p-67109305959'],
    ['ถุงขยะพลาสติกสีดำ', '#p-67099507900'],
    ['อาคารฌาปนสถาน', '#p-68019407668'],
    ['พิธีเปิดโรงเรียนอนุบาล', '#p-68039455796'],
    ['ซ่อมแซมรถบรรทุกขยะ', '#p-68039288892'],
    // Thai digits in the data, Arabic in the query, and the other way round
    ['ซอยตาแมว หมู่ที่ 3', '#p-68079621224'],
    ['ซอยตาแมว หมู่ที่ ๓', '#p-68079621224'],
    ['ทะเบียน 80-4160', '#p-67109305959'],
    ['รถบรรทุกขยะ กข ๔๐๔๙', '#p-68039288892'],
    // Vendors with and without their legal form
    ['ห้างหุ้นส่วนจำกัด พังงารวมกิจ', '/vendor/0823542000038/'],
    ['หจก. พังงารวมกิจ', '/vendor/0823542000038/'],
    ['พังงารวมกิจ', '/vendor/0823542000038/'],
    ['บริษัท บู้ต คอมพิวเตอร์ แอนด์ เซอร์วิส จำกัด', '/vendor/0825552000245/'],
    ['บจก. บู้ต คอมพิวเตอร์', '/vendor/0825552000245/'],
    ['อัษจิมาก่อสร้าง', '/vendor/0513539000424/'],
    ['ดับเบิ้ลโอ ก๊อปปี้', '/vendor/0823564000049/'],
    ['วุฒิชัยพาณิชย์', '/vendor/0515560001541/'],
    // Tax ids find their vendor
    ['0825552000245', '/vendor/0825552000245/'],
    ['0513539000424', '/vendor/0513539000424/'],
    ['๐๘๒๓๕๔๒๐๐๐๐๓๘', '/vendor/0823542000038/'],
  ])('%s → %s', async (query, expected) => {
    const urls = (await allResults(page, distReal, query)).map((r) => r.url);
    expect(urls.some((u) => u.endsWith(expected)), `${query}: ${urls.slice(0, 5).join(', ')}`).toBe(true);
  });

  it('finds an LAO by its name, filtered to LAOs', async () => {
    const results = await allResults(page, distReal, 'เทศบาลตำบลกระโสม', { kind: 'lao' });
    expect(results.map((r) => r.title)).toContain('เทศบาลตำบลกระโสม');
    expect(results.every((r) => r.kind === 'lao')).toBe(true);
  });

  it('searches the area with most matches first and offers the others, one click away', async () => {
    const ui = await browser.newPage();
    const routed = routedAreas(distReal, 'ถนน');
    expect(routed.length).toBeGreaterThan(1);
    await ui.goto(`${served.origin}/search/?q=${encodeURIComponent('ถนน')}`);
    await waitForResults(ui);
    const others = ui.locator('#search-areas button');
    expect(await others.count()).toBe(routed.length - 1);
    await expect.poll(() => ui.locator('#search-results li').count()).toBeGreaterThan(0);
    await others.last().focus();
    await ui.keyboard.press('Enter');
    await expect.poll(() => new URL(ui.url()).searchParams.get('area')).toBe(routed.at(-1));
    await waitForResults(ui);
    expect(await ui.evaluate(() => document.activeElement?.id)).toBe('search-status');
    await expect.poll(() => ui.locator('#search-results li').count()).toBeGreaterThan(0);
    // A new query starts again from the best area.
    await ui.fill('#search-q', 'ถนนคอนกรีต');
    await ui.press('#search-q', 'Enter');
    await waitForResults(ui);
    expect(new URL(ui.url()).searchParams.get('area')).toBeNull();
    await ui.close();
  });

  it('searching from an LAO page looks in that LAO\'s province first', async () => {
    const manifest = JSON.parse(readFileSync(join(distReal, 'pagefind/areas.json'), 'utf8')) as RouterManifest;
    const phuket = areaNames(manifest).find((a) => a.provinces.includes('ภูเก็ต'))!;
    expect(routedAreas(distReal, 'ถนน')[0]).not.toBe(phuket.id);
    const ui = await browser.newPage();
    await ui.goto(`${served.origin}/lao/n-afd23168be/`);
    await ui.fill('#site-search', 'ถนน');
    await ui.press('#site-search', 'Enter');
    await ui.waitForURL(/\/search\//);
    expect(new URL(ui.url()).searchParams.get('near')).toBe('ภูเก็ต');
    await waitForResults(ui);
    expect(await ui.textContent('#search-areas p')).toContain('ภูเก็ต');
    await ui.close();
  });

  it('a province filter searches only the areas of that province, and only its records', async () => {
    const laos = JSON.parse(readFileSync(join(distReal, 'api/laos.json'), 'utf8')) as { id: string; province: string }[];
    const inProvince = new Set(laos.filter((l) => l.province === 'พังงา').map((l) => l.id));
    const manifest = JSON.parse(readFileSync(join(distReal, 'pagefind/areas.json'), 'utf8')) as RouterManifest;
    const areas = areaNames(manifest).filter((a) => a.provinces.includes('พังงา')).map((a) => a.id);
    const ui = await browser.newPage();
    await ui.goto(`${served.origin}/search/?q=${encodeURIComponent('ถนน')}&province=${encodeURIComponent('พังงา')}&kind=procurement`);
    await waitForResults(ui);
    expect(await ui.locator('#search-areas button').count()).toBe(areas.length - 1);
    const hrefs = await ui.$$eval('#search-results a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(inProvince.has(/^\/lao\/([^/]+)\//.exec(href)?.[1] ?? ''), href).toBe(true);
    await ui.close();
  });

  it('the English page links results to English pages', async () => {
    const en = await browser.newPage();
    await en.goto(`${served.origin}/en/search/?q=${encodeURIComponent('พังงารวมกิจ')}`);
    await waitForResults(en);
    const hrefs = await en.$$eval('#search-results a', (links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/en/vendor/0823542000038/');
    await en.close();
  });
});

describe.skipIf(skipReason(dist, 'search (sample)') !== null)('the search page (sample site)', () => {
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

  it('the header box on any page leads to results, reachable by keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${served.origin}/about/`);
    await page.fill('#site-search', 'ถนน');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const status = await waitForResults(page);
    expect(status).toMatch(/\d/);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await page.inputValue('#search-q')).toBe('ถนน');
    // From the query box, Tab moves through the filters to the first result.
    await page.focus('#search-q');
    for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    await page.close();
  });

  it('filters by kind and sorts by amount', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.origin}/search/?q=${encodeURIComponent('ถนน')}&kind=procurement&sort=amount-desc`);
    await waitForResults(page);
    const facts = await page.$$eval('#search-results .search-facts', (els) => els.map((e) => e.textContent ?? ''));
    expect(facts.length).toBeGreaterThan(1);
    expect(facts.every((f) => f.startsWith('โครงการจัดซื้อจัดจ้าง'))).toBe(true);
    const amounts = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/a0/pagefind.js');
      const found = await pf.search('ถนน', { filters: { kind: 'procurement' }, sort: { amount: 'desc' } });
      return Promise.all(found.results.map(async (r) => Number((await r.data()).meta.amount ?? 0)));
    })()`) as number[];
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    await page.selectOption('#search-kind', 'vendor');
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('vendor');
    await page.close();
  });

  it('without JavaScript offers the browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.origin}/search/?q=x`);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('a[href="/laos/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('has no axe violations with results shown, in Thai and English', async () => {
    const found: string[] = [];
    for (const path of ['/search/?q=%E0%B8%96%E0%B8%99%E0%B8%99', '/en/search/?q=%E0%B8%96%E0%B8%99%E0%B8%99']) {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${served.origin}${path}`);
      await waitForResults(page);
      found.push(formatAxe(path, await runAxe(page)));
      await page.close();
    }
    expect(found.filter(Boolean).join('\n')).toBe('');
  });
});
