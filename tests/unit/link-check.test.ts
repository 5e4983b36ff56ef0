// The link check of tests/link-check.ts over a small site written here, published under /my-lao/ at
// https://example.github.io: it reports exactly the references that break, and none that work.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, cssUrls, decodeEntities, formatProblems, jsonUrls, scanHtml, srcsetUrls, type LinkProblem } from '../link-check.ts';

const THAI = 'ร้านค้า';
const THAI_ENCODED = encodeURIComponent(THAI);

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'link-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>t</title><link rel="stylesheet" href="/my-lao/_astro/site.css">${head}</head><body>${body}</body></html>`;

const FILES: Record<string, string> = {
  'index.html': page(
    [
      '<a class="skip-link" href="#main">skip</a><main id="main">',
      // Good: relative and root-absolute directory links, a fragment on another page, a query and an
      // escaped ampersand, the page itself, a same-page fragment, #top, a Thai path raw and encoded.
      '<a href="lao/1/">LAO</a><a href="/my-lao/lao/1/">LAO</a><a href="lao/1/#row-1">row</a>',
      '<a href="lao/1/?year=2568&amp;x=1#row-1">row</a><a href="">self</a><a href="#main">main</a><a href="#top">top</a>',
      `<a href="vendor/${THAI}/">ร้าน</a><a href="/my-lao/vendor/${THAI_ENCODED}/#ขาย">ร้าน</a>`,
      '<a href="lao/1/contracts.csv" download>csv</a>',
      // Good: the site's own origin and base, and references that are not checked.
      '<a href="https://example.github.io/my-lao/lao/1/">abs</a><a href="https://other.example/lao/9/">ext</a>',
      '<a href="//cdn.example/x.js">cdn</a><a href="mailto:a@example.org">mail</a><a href="tel:+66">tel</a><img src="data:image/png;base64,AAAA" alt="">',
      '<img src="img/a.png" srcset="img/a.png 1x, img/a-2x.png 2x" alt=""><picture><source srcset="/my-lao/img/a.png"></picture>',
      '<form action="search/" method="get"><input name="q"></form>',
      '<div style="background: url(\'img/a.png\')"></div>',
      // Never links: text in a script, a comment, data attributes.
      '<script type="module">const a = \'<a href="/nowhere/">\'; fetch("/nowhere.json");</script>',
      '<!-- <a href="/my-lao/commented-out/">old</a> --><div data-url="/nowhere/"></div>',
      // Broken: a missing page, a root-absolute link without the base, a missing fragment on another
      // page and on this one, a missing srcset candidate, a directory without its slash, a missing
      // Thai page, an absolute link to the site outside the base and one to a missing page under it,
      // a relative link climbing above the base, a style attribute's missing image.
      '<a href="missing/">gone</a><a href="/lao/1/">escapes</a><a href="lao/1/#row-9">no row</a><a href="#nowhere">no id</a>',
      '<img src="img/a.png" srcset="img/a.png 1x, img/missing-2x.png 2x" alt=""><a href="lao/1">no slash</a>',
      `<a href="vendor/${THAI}-2/">ไม่มี</a><a href="https://example.github.io/lao/1/">abs escapes</a>`,
      '<a href="https://example.github.io/my-lao/gone/">abs gone</a><a href="../other-site/">climbs</a>',
      '<div style="background-image:url(/my-lao/img/none.png)"></div>',
      '</main>',
    ].join(''),
    '<meta property="og:image" content="https://example.github.io/my-lao/og.png"><meta property="og:url" content="https://example.github.io/my-lao/"><link rel="manifest" href="/my-lao/manifest.webmanifest"><link rel="preconnect" href="https://fonts.example">',
  ),
  'lao/1/index.html': page(
    '<table><tr id="row-1"><td><a href="../../">home</a><a href="contracts.csv">csv</a><a href="../../../">above the base</a><a href="/my-lao/#main">home main</a></td></tr></table>',
    '<meta property="og:url" content="https://example.github.io/lao/1/">',
  ),
  'lao/1/contracts.csv': 'a,b\n',
  'search/index.html': page('<main id="main"></main>'),
  [`vendor/${THAI}/index.html`]: page('<h1 id="ขาย">ร้าน</h1><a href="../../lao/1/#row-1">row</a><a href="./#ขาย">self</a>'),
  'img/a.png': 'png',
  'img/a-2x.png': 'png',
  'og.png': 'png',
  'icon.png': 'png',
  'fonts/a.woff2': 'woff2',
  '_astro/site.css': '@font-face{src:url(../fonts/a.woff2) format("woff2")}/* url(/my-lao/commented.png) */.x{background:url("/fonts/b.woff2")}.y{background:url(data:image/svg+xml;utf8,<svg/>)}.z{background:url( \'../img/gone.png\' )}',
  'feed.xml': '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>https://example.github.io/my-lao/not-a-link</id><link rel="self" href="https://example.github.io/my-lao/feed.xml"/><icon>https://example.github.io/my-lao/icon.png</icon><entry><link rel="alternate" href="https://example.github.io/my-lao/lao/1/#row-1"/></entry><entry><link rel="alternate" href="https://example.github.io/my-lao/lao/9/#row-1"/></entry></feed>',
  'sitemap.xml': '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.github.io/my-lao/</loc></url><url><loc>https://example.github.io/my-lao/nope/</loc></url></urlset>',
  'robots.txt': 'User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/my-lao/sitemap.xml\n',
  'manifest.webmanifest': JSON.stringify({ start_url: '/my-lao/', scope: '/my-lao/', icons: [{ src: '/my-lao/icon.png' }, { src: '/icon-512.png' }] }),
  'api/lao/1.json': JSON.stringify({ page: '/my-lao/lao/1/', name: 'a / b', years: { 2568: { lao_year: '/my-lao/lao/1/2568/', contracts: [{ vendor_api: '/api/vendor/x.json', contract_number: '/2568' }] } } }),
  'api/vendor/x.json': JSON.stringify({ page: '/my-lao/vendor/x/' }),
  'download/lao/1/rows.json': JSON.stringify({ rows: [{ note: '/not/checked/' }] }),
};

const key = (p: LinkProblem) => `${p.page} ${p.reference}`;

describe('link check', () => {
  let dir: string;
  beforeAll(() => {
    dir = site(FILES);
  });

  it('reports exactly the broken references of a site under a base path', () => {
    const result = checkLinks(dir, { base: '/my-lao/', site: 'https://example.github.io' });
    expect(result.problems.map(key).sort(), formatProblems(result.problems, 100)).toEqual(
      [
        '/my-lao/ missing/',
        '/my-lao/ /lao/1/',
        '/my-lao/ lao/1/#row-9',
        '/my-lao/ #nowhere',
        '/my-lao/ img/missing-2x.png',
        '/my-lao/ lao/1',
        `/my-lao/ vendor/${THAI}-2/`,
        '/my-lao/ https://example.github.io/lao/1/',
        '/my-lao/ https://example.github.io/my-lao/gone/',
        '/my-lao/ ../other-site/',
        '/my-lao/ /my-lao/img/none.png',
        '/my-lao/lao/1/ ../../../',
        '/my-lao/lao/1/ https://example.github.io/lao/1/',
        '/my-lao/_astro/site.css /fonts/b.woff2',
        '/my-lao/_astro/site.css ../img/gone.png',
        '/my-lao/feed.xml https://example.github.io/my-lao/lao/9/#row-1',
        '/my-lao/sitemap.xml https://example.github.io/my-lao/nope/',
        '/my-lao/manifest.webmanifest /icon-512.png',
        '/my-lao/api/lao/1.json /api/vendor/x.json',
        '/my-lao/api/lao/1.json /my-lao/lao/1/2568/',
        '/my-lao/api/vendor/x.json /my-lao/vendor/x/',
      ].sort(),
    );
    const reason = (page: string, reference: string) => result.problems.find((p) => p.page === page && p.reference === reference)?.reason;
    expect(reason('/my-lao/', '/lao/1/')).toMatch(/outside the base path \/my-lao\//);
    expect(reason('/my-lao/', '../other-site/')).toMatch(/outside the base path/);
    expect(reason('/my-lao/', 'missing/')).toBe('no file missing/index.html');
    expect(reason('/my-lao/', 'lao/1/#row-9')).toBe('no element with id "row-9" on /my-lao/lao/1/');
    expect(reason('/my-lao/', 'lao/1')).toMatch(/trailing slash/);
    expect(reason('/my-lao/', `vendor/${THAI}-2/`)).toBe(`no file vendor/${THAI}-2/index.html`);
    expect(result.pages).toBe(4);
    expect(result.files).toBe(11);
    // The external ones are counted apart: the home page's other origin, protocol-relative CDN, mailto:,
    // tel: and data: image, and the style sheet's data: URL (a preconnect origin is not a reference).
    expect(result.external).toBe(6);
    expect(result.references).toBeGreaterThan(40);
  });

  it('names Thai pages by their decoded address', () => {
    const thai = site({ [`vendor/${THAI}/index.html`]: page('<a href="#gone">x</a>'), '_astro/site.css': '' });
    expect(checkLinks(thai, { base: '/my-lao/' }).problems).toEqual([{ page: `/my-lao/vendor/${THAI}/`, reference: '#gone', reason: `no element with id "gone" on /my-lao/vendor/${THAI}/` }]);
  });

  it('at the root, every root-absolute link is inside the base, and without a site every absolute link is external', () => {
    const root = site({
      'index.html': '<a href="/a/">a</a><a href="/b/">b</a><a href="https://example.github.io/gone/">abs</a>',
      'a/index.html': '<a href="../">up</a><a href="../../../">far up</a>',
    });
    const result = checkLinks(root);
    // URL resolution stops at the root, as a browser's does.
    expect(result.problems.map(key)).toEqual(['/ /b/']);
    expect(result.external).toBe(1);
  });

  it('follows a <base href>', () => {
    // The first <base href> of a page, for all its references, as in a browser.
    const based = site({ 'x/index.html': '<a href="z.png">z</a><base href="/my-lao/y/"><base href="/my-lao/x/"><a href="w.png">w</a>', 'y/z.png': 'png' });
    expect(checkLinks(based, { base: '/my-lao/' }).problems.map(key)).toEqual(['/my-lao/x/ w.png']);
  });
});

describe('link check parts', () => {
  it('splits srcset candidates as the HTML standard does', () => {
    expect(srcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls(' a.png, b.png 480w , c,d.png 2x')).toEqual(['a.png', 'b.png', 'c,d.png']);
    expect(srcsetUrls('a.png')).toEqual(['a.png']);
  });
  it('reads the links of an API file at any depth, from its link fields only', () => {
    const api = { page: '/x/', years: { 2568: { lao_year: '/x/2568/', items: [{ vendor_api: 'https://e.org/y', contract_number: '/2568', name: '/ศูนย์' }] } }, links: { url: '../rel/' }, api: null, other_url: '' };
    expect(jsonUrls(JSON.stringify(api))).toEqual(['/x/', '/x/2568/', 'https://e.org/y', '../rel/']);
  });

  it('reads CSS url() in any quoting and @import, but not in comments', () => {
    expect(cssUrls('@import "x.css"; a{b:url(a.png)} /* url(no.png) */ c{d:url( "b c.png" ) url(\'e.png\')}')).toEqual(['x.css', 'a.png', 'b c.png', 'e.png']);
  });
  it('decodes character references', () => {
    expect(decodeEntities('a?b=1&amp;c=&#50;&#x33;&quot;&unknown;')).toBe('a?b=1&c=23"&unknown;');
  });
  it('reads attributes in any quoting, and ids, but not script bodies or comments', () => {
    const scan = scanHtml(`<a id=one href=x.html>x</a><a href='y.html' name="two">y</a><svg><use xlink:href="#one"/></svg><script src="s.js">var a = "<img src=no.png>"</script><!-- <img src="no2.png"> --><meta http-equiv="refresh" content="0; url=/r/">`);
    expect(scan.references).toEqual(['x.html', 'y.html', '#one', 's.js', '/r/']);
    expect([...scan.ids]).toEqual(['one', 'two']);
  });
});
