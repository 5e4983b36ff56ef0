// The site under its Content-Security-Policy (src/lib/site/csp.ts): served as a header from `_headers`
// (tests/browser/serve.ts sends it, so every browser test runs under it) and as a <meta> tag on every
// page; every page type in both languages and a search load with no violation and no request to
// another origin; the policy really blocks an injected inline script; and no built page holds the
// inline script, event handler, style attribute or javascript: URL the policy would block.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, headersFile } from '../../src/lib/site/csp.ts';
import { dist, launchChromium, pick, serve, sitePages, skipReason, twin, type Served } from './serve.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
    __ranInline?: number;
  }
}

/** Violations the page reported, as "directive blocked-uri". */
const violations = (page: Page): Promise<string[]> => page.evaluate(() => window.__cspViolations ?? []);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe.skipIf(skipReason(dist, 'csp') !== null)('Content-Security-Policy (sample site)', () => {
  let served: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    served = await serve(dist);
    browser = await launchChromium();
    context = await browser.newContext();
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('is served as a header on every response and as a meta tag on every page', async () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(headersFile('/'));
    for (const path of ['/', '/en/', '/data/quality/', '/favicon.svg']) {
      const response = await page.request.get(`${served.origin}${path}`);
      expect(response.headers()['content-security-policy'], path).toBe(cspHeader());
      expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    }
    const meta = `<meta http-equiv="Content-Security-Policy" content="${cspMeta().replaceAll("'", '&#39;')}">`;
    const files = htmlFiles(dist);
    const without = files.filter((file) => {
      const html = readFileSync(file, 'utf8');
      return !html.includes(meta) && !html.includes(meta.replaceAll('&#39;', "'"));
    });
    expect(without.map((f) => relative(dist, f))).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it('loads every page type, in both languages, with no violation and nothing from another origin', async () => {
    const paths = sitePages(pick(dist), { allExplainers: true }).map((p) => p.path);
    for (const path of [...paths, ...paths.map(twin)]) {
      requests.length = 0;
      const response = await page.goto(`${served.origin}${path}`, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      expect(await violations(page), path).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(`${served.origin}/`)), path).toEqual([]);
      expect(requests.length, path).toBeGreaterThan(1);
    }
  }, 180_000);

  it('searches (Pagefind and its WebAssembly) under the policy', async () => {
    requests.length = 0;
    await page.goto(`${served.origin}/lao/${pick(dist).lao}/`);
    const name = (await page.locator('h1').innerText()).trim();
    await page.goto(`${served.origin}/search/?q=${encodeURIComponent(name)}`);
    await page.waitForFunction(() => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return text !== '' && !text.endsWith('…');
    });
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(requests.some((url) => url.endsWith('.wasm') || url.includes('wasm'))).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${served.origin}/`))).toEqual([]);
  });

  it('blocks and reports an inline script, an inline handler and another origin (the policy is enforced)', async () => {
    await page.goto(`${served.origin}/about/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ranInline = 1;';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'https://third-party.invalid/pixel.png');
      document.body.append(img);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__ranInline = 2');
      document.body.append(button);
      button.click();
    });
    await expect.poll(() => violations(page).then((v) => v.length)).toBeGreaterThanOrEqual(3);
    const found = await violations(page);
    expect(found.some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
    expect(found.some((v) => v.startsWith('script-src-attr inline'))).toBe(true);
    expect(found.some((v) => v.startsWith('img-src https://third-party.invalid'))).toBe(true);
    expect(await page.evaluate(() => window.__ranInline)).toBeUndefined();
  });

  it('has no inline script, event handler attribute, style attribute or javascript: URL in any built page', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      const where = relative(dist, file);
      for (const m of html.matchAll(/<script\b([^>]*)>/gi)) if (!/\bsrc=/.test(m[1]!) && !/type="application\/(?:ld\+)?json"/.test(m[1]!)) problems.push(`${where}: inline <script${m[1]}>`);
      for (const m of html.matchAll(/<[a-z][\w-]*\s[^>]*?\s(on[a-z]+)=/gi)) problems.push(`${where}: ${m[1]} attribute`);
      for (const m of html.matchAll(/<[a-z][\w-]*\s[^>]*?\sstyle="([^"]*)"/gi)) problems.push(`${where}: style="${m[1]}"`);
      if (/<style\b/i.test(html)) problems.push(`${where}: <style> element`);
      if (/(?:href|src|action)="\s*javascript:/i.test(html)) problems.push(`${where}: javascript: URL`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
