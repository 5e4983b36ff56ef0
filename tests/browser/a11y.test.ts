// Accessibility of the sample site: axe-core (WCAG 2.0/2.1/2.2 A and AA + best practice) on every
// page type, Thai and English, at 360 and 1280 px; and keyboard use (skip link, visible focus).
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dist,
  formatAxe,
  launchChromium,
  pick,
  runAxe,
  serve,
  sitePages,
  skipReason,
  twin,
  type Served,
  type SitePage,
} from './serve.ts';

const skip = skipReason(dist, 'a11y') !== null;

describe.skipIf(skip)('accessibility (sample site)', () => {
  let served: Served;
  let browser: Browser;
  let pages: SitePage[] = [];

  beforeAll(async () => {
    served = await serve(dist);
    browser = await launchChromium();
    pages = sitePages(pick(dist), { allExplainers: true });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  for (const width of [360, 1280]) {
    it(`axe finds no violations at ${width} px, Thai and English`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 900 } });
      const page = await context.newPage();
      const report: string[] = [];
      let checked = 0;
      for (const { type, path } of pages) {
        for (const url of [path, twin(path)]) {
          const res = await page.goto(`${served.origin}${url}`);
          expect(res?.status(), url).toBe(200);
          const found = await runAxe(page);
          checked++;
          if (found.length) report.push(formatAxe(`${type} ${url} @${width}px`, found));
        }
      }
      await context.close();
      if (report.length) console.error(`axe violations:\n${report.join('\n')}`);
      expect(checked).toBe(pages.length * 2);
      expect(report, report.join('\n')).toEqual([]);
    });
  }

  describe('keyboard', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    });
    afterAll(async () => context?.close());

    for (const path of ['/', '/en/', '/province/', '/lao/', '/lao-year/']) {
      it(`skip link and visible focus on ${path}`, async () => {
        const p = pick(dist);
        const real =
          path === '/province/' ? `/province/${p.province}/` : path === '/lao/' ? `/lao/${p.lao}/` : path === '/lao-year/' ? `/lao/${p.lao}/${p.fy}/` : path;
        const page = await context.newPage();
        await page.goto(`${served.origin}${real}`);
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const style = el ? getComputedStyle(el) : null;
          const box = el?.getBoundingClientRect();
          return {
            cls: el?.className ?? '',
            href: el?.getAttribute('href') ?? '',
            outline: style?.outlineStyle ?? 'none',
            outlineWidth: parseFloat(style?.outlineWidth ?? '0'),
            visible: !!box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
          };
        });
        expect(first.cls).toContain('skip-link');
        expect(first.href).toBe('#main');
        // The skip link shows itself when focused, with a focus ring.
        expect(first.visible, 'skip link visible when focused').toBe(true);
        expect(first.outline).not.toBe('none');
        expect(first.outlineWidth).toBeGreaterThan(0);

        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
        expect(new URL(page.url()).hash).toBe('#main');

        // The next Tab goes to the first link inside main, with a visible focus indicator.
        await page.keyboard.press('Tab');
        const next = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const style = el ? getComputedStyle(el) : null;
          return {
            inMain: !!el?.closest('main'),
            tag: el?.tagName ?? '',
            outline: style?.outlineStyle ?? 'none',
            outlineWidth: parseFloat(style?.outlineWidth ?? '0'),
            shadow: style?.boxShadow ?? 'none',
          };
        });
        expect(next.inMain, 'Tab after the skip link stays in main').toBe(true);
        expect(next.outline !== 'none' && next.outlineWidth > 0, `focus ring on ${next.tag}`).toBe(true);
        await page.close();
      });
    }
  });
});
