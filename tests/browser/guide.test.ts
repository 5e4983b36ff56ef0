// The publishing guide on the built sample site (/guide/ and /en/guide/): its title and steps, every
// screenshot served at the size the page reserves for it, the starter files offered for download byte
// for byte and shown to copy, no sideways scrolling on a phone, and the way to it from the about page
// and every page's footer. axe-core runs on it in a11y.test.ts; the /my-lao/ link check in sharing.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_LANGS, guideImages, pngSize, readGuide, splitGuideTitle, STARTER_DOWNLOADS, type GuideLang } from '../../src/lib/site/guide-readme.ts';
import { dist, launchChromium, root, serve, skipReason, type Served } from './serve.ts';

const pathOf = (lang: GuideLang): string => (lang === 'th' ? '/guide/' : '/en/guide/');

describe.skipIf(skipReason(dist, 'guide') !== null)('the publishing guide (sample site)', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    served = await serve(dist);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it.each(GUIDE_LANGS)('%s: shows the guide’s title and its seven steps in order', async (lang) => {
    const markdown = readGuide(lang, root);
    await page.goto(`${served.origin}${pathOf(lang)}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('h1').innerText()).toBe(splitGuideTitle(markdown).title);
    const steps = (await page.locator('main h2').allInnerTexts()).filter((h) => /^\d+\./.test(h)).map((h) => h.split('.')[0]);
    expect(steps).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(await page.title()).toContain(splitGuideTitle(markdown).title);
  });

  it.each(GUIDE_LANGS)('%s: every screenshot loads, at the size the page reserves, with its description', async (lang) => {
    await page.goto(`${served.origin}${pathOf(lang)}`);
    const images = await page.locator('main figure img').evaluateAll((imgs) =>
      imgs.map((img) => ({ src: img.getAttribute('src')!, alt: img.getAttribute('alt')!, width: Number(img.getAttribute('width')), height: Number(img.getAttribute('height')) })),
    );
    expect(images.map((i) => i.src)).toEqual(guideImages(readGuide(lang, root)).map((name) => `/guide/${name}`));
    for (const image of images) {
      const response = await page.request.get(`${served.origin}${image.src}`);
      expect(response.status(), image.src).toBe(200);
      expect(pngSize(await response.body())).toEqual({ width: image.width, height: image.height });
      expect(image.alt.length, image.src).toBeGreaterThan(20);
    }
    // Lazy images arrive once scrolled to, and then are drawn.
    for (const img of await page.locator('main figure img').all()) {
      await img.scrollIntoViewIfNeeded();
      expect(await img.evaluate(async (el: HTMLImageElement) => (await el.decode(), el.naturalWidth))).toBeGreaterThan(0);
    }
  });

  it.each(GUIDE_LANGS)('%s: the starter files download exactly as the kit has them, and the workflow is there to copy', async (lang) => {
    await page.goto(`${served.origin}${pathOf(lang)}`);
    const hrefs = await page.locator('main a[href^="/guide/starter/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(new Set(hrefs)).toEqual(new Set(Object.keys(STARTER_DOWNLOADS).map((name) => `/guide/starter/${name}`)));
    for (const [name, path] of Object.entries(STARTER_DOWNLOADS)) {
      const response = await page.request.get(`${served.origin}/guide/starter/${name}`);
      expect(response.status(), name).toBe(200);
      expect(await response.text(), name).toBe(readFileSync(join(root, path), 'utf8'));
    }
    const workflow = page.locator('details.guide-file').first();
    expect(await workflow.locator('pre').isVisible()).toBe(false);
    await workflow.locator('summary').click();
    expect(`${await workflow.locator('pre').innerText()}\n`).toBe(readFileSync(join(root, STARTER_DOWNLOADS['publish.yml']!), 'utf8'));
  });

  it.each(GUIDE_LANGS)('%s: fits a 360 px phone without sideways scrolling', async (lang) => {
    await page.goto(`${served.origin}${pathOf(lang)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('is reached from the about page and from every page’s footer, in each language', async () => {
    for (const lang of GUIDE_LANGS) {
      const prefix = lang === 'th' ? '' : '/en';
      await page.goto(`${served.origin}${prefix}/about/`);
      await page.locator('main a[href$="/guide/"]').click();
      await page.waitForURL(`**${pathOf(lang)}`);
      await page.goto(`${served.origin}${prefix}/`);
      expect(await page.locator('footer a[href$="/guide/"]').getAttribute('href')).toBe(pathOf(lang));
    }
  });
});
