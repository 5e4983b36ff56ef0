import { describe, expect, it } from 'vitest';
import { laoAndProvincePages, pagePath, pageUrl, robotsTxt, siteRoot, sitemapFiles } from '../../../src/lib/site/sitemap.ts';

const locs = (xml: string): string[] => [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!);

describe('siteRoot(site, base) and pageUrl(root, path)', () => {
  it('joins the origin and the base path, with the placeholder origin when the site has none', () => {
    expect(siteRoot('https://example.github.io', '/my-lao/')).toBe('https://example.github.io/my-lao/');
    expect(siteRoot('https://example.github.io/', '/my-lao')).toBe('https://example.github.io/my-lao/');
    expect(siteRoot(undefined, '/')).toBe('https://prongsai.invalid/');
    expect(pageUrl('https://example.github.io/my-lao/', '/en/lao/1/')).toBe('https://example.github.io/my-lao/en/lao/1/');
    expect(pageUrl('https://example.github.io/my-lao/', '/')).toBe('https://example.github.io/my-lao/');
  });
});

describe('pagePath(file)', () => {
  it('serves index.html files at their folder and ignores every other file', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('en/index.html')).toBe('/en/');
    expect(pagePath('lao/6100101/2568/index.html')).toBe('/lao/6100101/2568/');
    expect(pagePath('lao\\6100101\\index.html')).toBe('/lao/6100101/');
    expect(pagePath('lao/6100101/feed.xml')).toBeNull();
    expect(pagePath('pagefind/a0/pagefind.js')).toBeNull();
  });
});

describe('laoAndProvincePages(laos)', () => {
  it('lists each LAO, its data-quality page, its years and its province once, in Thai and English', () => {
    const pages = laoAndProvincePages([
      { id: '6100101', province: 'อุทัยธานี', fiscalYears: [2567, 2568] },
      { id: '6100102', province: 'อุทัยธานี', fiscalYears: [] },
    ]);
    expect(pages.sort()).toEqual([
      '/en/lao/6100101/', '/en/lao/6100101/2567/', '/en/lao/6100101/2568/', '/en/lao/6100101/quality/', '/en/lao/6100102/', '/en/lao/6100102/quality/', '/en/province/61/',
      '/lao/6100101/', '/lao/6100101/2567/', '/lao/6100101/2568/', '/lao/6100101/quality/', '/lao/6100102/', '/lao/6100102/quality/', '/province/61/',
    ]);
  });
});

describe('sitemapFiles(urls, root, limit)', () => {
  const root = 'https://example.org/base/';
  const urls = ['e', 'a', 'c', 'b', 'd', 'a'].map((p) => `${root}${p}/`);

  it('writes one sorted sitemap without repeats while the URLs fit', () => {
    const files = sitemapFiles(urls, root);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml']);
    expect(files[0]!.xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n/);
    expect(locs(files[0]!.xml)).toEqual(['a', 'b', 'c', 'd', 'e'].map((p) => `${root}${p}/`));
    expect(sitemapFiles([...urls].reverse(), root)).toEqual(files);
  });

  it('over the limit, makes sitemap.xml an index of numbered sitemaps of at most `limit` URLs', () => {
    const files = sitemapFiles(urls, root, 2);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(files[0]!.xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(files[0]!.xml)).toEqual([1, 2, 3].map((n) => `${root}sitemap-${n}.xml`));
    const parts = files.slice(1).map((f) => locs(f.xml));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2);
    expect(parts.flat()).toEqual(['a', 'b', 'c', 'd', 'e'].map((p) => `${root}${p}/`));
    // Exactly the limit still fits in one file.
    expect(sitemapFiles(urls, root, 5).map((f) => f.name)).toEqual(['sitemap.xml']);
  });

  it('escapes URLs', () => {
    expect(sitemapFiles(['https://example.org/?a=1&b=<2>'], 'https://example.org/')[0]!.xml).toContain('<loc>https://example.org/?a=1&amp;b=&lt;2&gt;</loc>');
  });
});

describe('robotsTxt(root)', () => {
  it('allows everything and names the sitemap by its absolute URL', () => {
    expect(robotsTxt('https://example.github.io/my-lao/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/my-lao/sitemap.xml\n');
  });
});
