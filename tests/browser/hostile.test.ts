// Hostile text renders as text: the sample data with script and HTML payloads in every free-text field
// of every input format (tests/hostile-data.ts) is built into a site of its own, in an isolated copy of
// the project, and then every page of it (both languages, every page type, the hostile LAO's quality
// page, the vendors whose names carry payloads, the flags pages) and the search results are opened in
// Chromium: no dialog opens, no payload script runs, no payload element or javascript: address exists,
// and the payloads are there to read, as text. The JSON API, the Atom feeds and the CSV and XLSX
// downloads are checked too: they parse, and spreadsheet cells that start like a formula are guarded.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMULA_START } from '../../src/lib/io/csv-write.ts';
import { HOSTILE_LAO, HOSTILE_TAX_ID, MARKER_PREFIX, PAYLOADS, URL_PAYLOADS, writeHostileData, type HostileManifest } from '../hostile-data.ts';
import { materialiseProngsai } from '../workflow-runner.ts';
import { haveChromium, launchChromium, pick, root, serve, sitePages, twin, type Served } from './serve.ts';

const MARKER = /HX-[a-z0-9]+(?:-[a-z]+)+/g;
const ATOM = 'http://www.w3.org/2005/Atom';

/** What a loaded page shows of the payloads: a script string, so nothing is transformed on its way in. */
interface Inspection {
  pwned: unknown;
  /** data-pwned values of elements that exist: an injected element. */
  injected: string[];
  /** Start of scripts whose text holds a marker or the payloads' global. */
  scripts: string[];
  /** Elements with a javascript:/data:text/html address, or an event handler attribute naming a payload. */
  addresses: string[];
  /** Markers in the page's text nodes (outside scripts and styles): payloads rendered as text. */
  textMarkers: string[];
  /** How many text nodes hold a marker or the start of a payload ('<img src=x', '<script>', '"><svg', …). */
  payloadTexts: number;
}

const INSPECT = `(() => {
  const markerRe = /HX-[a-z0-9]+(?:-[a-z]+)+/g;
  const injected = [...document.querySelectorAll('[data-pwned]')].map((e) => e.tagName + ' ' + e.getAttribute('data-pwned'));
  const scripts = [...document.querySelectorAll('script')].map((s) => s.textContent || '')
    .filter((t) => t.includes('${MARKER_PREFIX}') || t.includes('__pwned')).map((t) => t.slice(0, 120));
  const addresses = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const v = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (/^(?:href|src|action|formaction|xlink:href|data|poster|srcdoc|background)$/.test(a.name) && (v.startsWith('javascript:') || v.startsWith('data:text/html')))
        addresses.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 80));
      if (a.name.startsWith('on') && (a.value.includes('${MARKER_PREFIX}') || a.value.includes('__pwned') || a.value.includes('alert(')))
        addresses.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 80));
    }
  }
  const textMarkers = new Set();
  let payloadTexts = 0;
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, template')) continue;
    const text = node.nodeValue || '';
    for (const m of text.match(markerRe) || []) textMarkers.add(m);
    if (/${MARKER_PREFIX}|<script>|<img[ /]src=x|"><svg|<\\/textarea>|<b\\/data-pwned/.test(text)) payloadTexts++;
  }
  return { pwned: window.__pwned, injected, scripts, addresses, textMarkers: [...textMarkers], payloadTexts };
})()`;

/** Opens a page and inspects it; dialogs that open meanwhile are recorded and dismissed. */
async function visit(page: Page, dialogs: string[], url: string): Promise<Inspection> {
  const before = dialogs.length;
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status(), url).toBe(200);
  const seen = (await page.evaluate(INSPECT)) as Inspection;
  expect(dialogs.slice(before), `${url}: dialogs`).toEqual([]);
  return seen;
}

/** Fails with what leaked where. */
function expectClean(label: string, seen: Inspection): void {
  expect(seen.pwned, `${label}: window.__pwned`).toBeUndefined();
  expect(seen.injected, `${label}: injected elements`).toEqual([]);
  expect(seen.scripts, `${label}: scripts holding a payload`).toEqual([]);
  expect(seen.addresses, `${label}: javascript: addresses or payload handlers`).toEqual([]);
}

/** The site paths of the HTML pages in a built site: '/', '/en/lao/1/', … */
function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${relative(dir, e.parentPath)}/`.replace(/\/+/g, '/'))
    .sort();
}

const filesUnder = (dir: string, ext: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
    .sort();

const isNumber = (cell: string) => /^-?\d+(\.\d+)?$/.test(cell);

describe.skipIf(!haveChromium)('detector self-test (a blank page with things injected on purpose)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('catches an injected element, a payload script, a javascript: link, a dialog and text', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent('<p>clean</p>');
    const clean = (await page.evaluate(INSPECT)) as Inspection;
    expect(clean).toEqual({ pwned: undefined, injected: [], scripts: [], addresses: [], textMarkers: [], payloadTexts: 0 });
    await page.evaluate(`(() => {
      document.body.insertAdjacentHTML('beforeend', '<b data-pwned="HX-self-test-b">x</b><a href=" javascript:alert(1)">a</a><span onclick="alert(1)">s</span>');
      const s = document.createElement('script');
      s.textContent = "window.__pwned = ['HX-self-test-script']";
      document.body.append(s);
      const p = document.createElement('p');
      p.textContent = '<img src=x onerror="alert(1)"> HX-self-test-text';
      document.body.append(p);
    })()`);
    const dirty = (await page.evaluate(INSPECT)) as Inspection;
    expect(dirty.pwned).toEqual(['HX-self-test-script']);
    expect(dirty.injected).toEqual(['B HX-self-test-b']);
    expect(dirty.scripts.length).toBe(1);
    expect(dirty.addresses.length).toBe(2);
    expect(dirty.textMarkers).toEqual(['HX-self-test-text']);
    expect(dirty.payloadTexts).toBe(1);
    expect(() => expectClean('self-test', dirty)).toThrow();
    await page.evaluate('setTimeout(() => alert("HX-self-test-dialog"))');
    await page.waitForTimeout(100);
    expect(dialogs).toEqual(['HX-self-test-dialog']);
    await page.close();
  });
});

describe.skipIf(!haveChromium)('hostile text renders as text (site built from payload-laden data)', () => {
  let tmp: string;
  let site: string;
  let manifest: HostileManifest;
  let served: Served;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  /** Markers seen as text on some page, and on which. */
  const shown = new Map<string, string>();

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'prongsai-hostile-'));
    const copy = join(tmp, 'project');
    const data = join(tmp, 'data');
    site = join(tmp, 'dist');
    manifest = writeHostileData(join(root, 'data/sample'), data);
    mkdirSync(copy);
    materialiseProngsai(root, copy);
    // The build writes the copy's content/generated; vitest's BASE_URL would become the site's base path.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PRONGSAI_') && k !== 'BASE_URL'));
    const started = performance.now();
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--data', data, '--dist', site], {
      cwd: copy,
      env: { ...env, PRONGSAI_CACHE_DIR: join(tmp, 'cache') },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`hostile build failed:\n${result.stdout}\n${result.stderr}`);
    console.log(`hostile site built in ${Math.round((performance.now() - started) / 1000)} s`);
    served = await serve(site);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('imports every payload row: nothing is rejected, and the one LAO renamed with a payload stays one LAO', () => {
    const quality = JSON.parse(readFileSync(join(site, 'data/quality.json'), 'utf8')) as {
      files: { path: string; rowsRead: number; rowsImported: number; rowsRejected: number; errors: number }[];
      totals: { rowsRejected: number; errors: number };
      issues: { code: string; value: string | null }[];
    };
    expect(quality.totals.rowsRejected).toBe(0);
    expect(quality.totals.errors).toBe(0);
    for (const [file, rows] of Object.entries(manifest.rows)) {
      const report = quality.files.find((f) => f.path === file);
      expect(report, file).toBeDefined();
      expect([report!.rowsRead, report!.rowsImported, report!.rowsRejected], file).toEqual([rows, rows, 0]);
    }
    for (const [file, cells] of Object.entries(manifest.cells)) if (file !== 'budget-totals.csv') expect(cells, file).toBeGreaterThan(0);
    // The bad tax id is reported with its value as written.
    expect(quality.issues.some((i) => i.code === 'InvalidTaxId' && i.value === HOSTILE_TAX_ID.value)).toBe(true);
    const laos = readdirSync(join(site, 'lao')).sort();
    expect(laos).toEqual(['2610101', '3610101', '4180101', '5180501', '5610401', '6180601', '6610601']);
    const api = JSON.parse(readFileSync(join(site, `api/lao/${HOSTILE_LAO.id}.json`), 'utf8')) as unknown;
    expect(JSON.stringify(api)).toContain(JSON.stringify(HOSTILE_LAO.hostileName));
  });

  it('no page of the site, in either language, runs or injects a payload, and the payloads are there as text', async () => {
    const started = performance.now();
    const pages = htmlPages(site);
    // Every page type is among them, with its English twin, the hostile LAO's pages and the vendors.
    const picks = pick(site);
    const wanted = [
      ...sitePages(picks).map((p) => p.path),
      `/lao/${HOSTILE_LAO.id}/`,
      `/lao/${HOSTILE_LAO.id}/quality/`,
      `/lao/${HOSTILE_LAO.id}/2568/`,
      '/search/',
    ];
    for (const path of [...wanted, ...wanted.map(twin)]) expect(pages, path).toContain(path);
    const vendors = pages.filter((p) => /^\/vendor\/[^/]+\/$/.test(p));
    const hostileVendors = vendors.filter((p) => readFileSync(join(site, p, 'index.html'), 'utf8').includes(MARKER_PREFIX));
    expect(hostileVendors.length).toBeGreaterThan(10);
    const payloadTexts = new Map<string, number>();
    for (const path of pages) {
      const seen = await visit(page, dialogs, `${served.origin}${path}`);
      expectClean(path, seen);
      payloadTexts.set(path, seen.payloadTexts);
      for (const m of seen.textMarkers) if (!shown.has(m)) shown.set(m, path);
    }
    console.log(`${pages.length} pages (${hostileVendors.length} vendors with payloads) in ${Math.round((performance.now() - started) / 1000)} s`);
    // The pages that show data show the payloads, as text.
    const fy = picks.fy;
    for (const path of [
      `/lao/${HOSTILE_LAO.id}/`, `/lao/${HOSTILE_LAO.id}/2568/`, `/lao/${HOSTILE_LAO.id}/quality/`, `/lao/${picks.lao}/${fy}/`,
      `/lao/${picks.lao}/`, `/province/${picks.province}/`, '/flags/', '/data/quality/', hostileVendors[0]!, '/laos/',
    ]) {
      expect(payloadTexts.get(path), path).toBeGreaterThan(0);
      expect(payloadTexts.get(twin(path)), twin(path)).toBeGreaterThan(0);
    }
    for (const path of hostileVendors) expect(payloadTexts.get(path), path).toBeGreaterThan(0);
    // The LAO-year page of the renamed LAO shows its name and its contracts' payloads as text.
    await page.goto(`${served.origin}/lao/${HOSTILE_LAO.id}/2568/`);
    expect(await page.getByText('<img/src=x/onerror=', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByText('<script>window.__pwned', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.title()).toContain(HOSTILE_LAO.hostileName);
    // The data quality page lists the bad tax id as it was written (the LAO's quality page gives counts only).
    for (const path of ['/data/quality/', '/en/data/quality/']) {
      await page.goto(`${served.origin}${path}`);
      expect(await page.getByText(HOSTILE_TAX_ID.value, { exact: false }).count(), path).toBeGreaterThan(0);
    }
  }, 180_000);

  it('every payload that reaches a page is shown as text on some page', () => {
    // Markers written into the built HTML at all (as text, escaped, or in an attribute).
    const inHtml = new Set<string>();
    for (const path of htmlPages(site)) for (const m of readFileSync(join(site, path, 'index.html'), 'utf8').match(MARKER) ?? []) inHtml.add(m);
    const written = new Set(manifest.markers.map((m) => m.marker));
    // Chart labels cut long names short ('…HX-egp-winn…'): a cut marker is the start of one written.
    const unknown = [...inHtml].filter((m) => !written.has(m) && ![...written].some((w) => w.startsWith(m)));
    expect(unknown, 'markers the generator did not write').toEqual([]);
    const hidden = [...inHtml].filter((m) => !shown.has(m)).sort();
    expect(hidden, 'markers in the HTML never seen as text').toEqual([]);
    // Fields whose payloads never reach a page (not published, or not imported) — listed, not failed.
    const payloadIds = new Set<string>([...PAYLOADS, ...URL_PAYLOADS].map((p) => p.id));
    const field = (m: string) => (payloadIds.has(m.slice(m.lastIndexOf('-') + 1)) ? m.slice(0, m.lastIndexOf('-')) : m);
    const fieldsShown = new Set([...shown.keys()].map(field));
    const notShown = [...new Set(manifest.markers.map((m) => m.marker).filter((m) => !fieldsShown.has(field(m))).map(field))].sort();
    console.log(`${shown.size} of ${written.size} markers shown as text, ${fieldsShown.size} fields; fields on no page: ${notShown.join(', ')}`);
    // The fields the pages do show, of every format.
    for (const f of [
      'HX-lao-name', 'HX-proc-taxid', 'HX-org-district', 'HX-plan-project', 'HX-plan-objective', 'HX-plan-target', 'HX-plan-location',
      'HX-plan-strategy', 'HX-bud-item', 'HX-bud-program', 'HX-bud-group', 'HX-paoexp-program', 'HX-paoexp-task', 'HX-paoexp-group', 'HX-proc-name', 'HX-proc-method',
      'HX-proc-bidders', 'HX-proc-winner', 'HX-proc-contract', 'HX-proc-status', 'HX-flag-name', 'HX-flag-winner', 'HX-egp-name',
      'HX-egp-winner', 'HX-egp874-name', 'HX-egp874-winner', 'HX-skr-name', 'HX-skr-winner', 'HX-skr-bidders',
      'HX-id-proc', 'HX-plan-program', 'HX-plan-unit', 'HX-egp-contract', 'HX-egp-district',
      'HX-egp-subdistrict', 'HX-egp-method', 'HX-egp-status', 'HX-flag-bidders', 'HX-flag-contract', 'HX-flag-method', 'HX-flag-status',
      'HX-skr-contract', 'HX-skr-method',
    ]) expect(fieldsShown.has(f), f).toBe(true);
  });

  it('search finds the payload text and lists it as text', async () => {
    const queries = ['onerror', 'HYPERLINK', 'หนองโพธิ์งาม', 'script', `"><svg onload=alert('HX-query') data-pwned="HX-query"><img src=x onerror=alert(1)>`];
    for (const prefix of ['', '/en']) {
      for (const query of queries) {
        const label = `${prefix}/search/ ${query}`;
        await visit(page, dialogs, `${served.origin}${prefix}/search/`);
        await page.fill('#search-form input[name="q"]', query);
        await page.press('#search-form input[name="q"]', 'Enter');
        await page.waitForFunction(() => {
          const text = document.querySelector('#search-status')?.textContent ?? '';
          return text !== '' && !text.endsWith('…');
        });
        const results = await page.locator('#search-results li').count();
        const seen = (await page.evaluate(INSPECT)) as Inspection;
        expectClean(label, seen);
        expect(dialogs, label).toEqual([]);
        if (!query.includes('HX-query')) {
          expect(results, label).toBeGreaterThan(0);
          // The results' titles and facts carry the payloads as text.
          const listed = await page.locator('#search-results').textContent();
          expect(listed?.match(MARKER)?.length ?? 0, label).toBeGreaterThan(0);
        }
        // The query itself is put back in the field and the address, not into the page.
        expect(await page.inputValue('#search-form input[name="q"]'), label).toBe(query);
      }
    }
    // A query in the address is read into the form as text too.
    await visit(page, dialogs, `${served.origin}/search/?q=${encodeURIComponent(`<img src=x onerror="window.__pwned=1" data-pwned=q>`)}`);
    await page.waitForTimeout(300);
    expectClean('/search/?q=<img…>', (await page.evaluate(INSPECT)) as Inspection);
  }, 60_000);

  it('the JSON API parses and keeps the payloads as strings; opened in the browser, it runs nothing', async () => {
    const files = filesUnder(join(site, 'api'), '.json');
    expect(files.length).toBeGreaterThan(10);
    let withPayloads = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(() => JSON.parse(text), file).not.toThrow();
      if (text.includes(MARKER_PREFIX)) withPayloads++;
    }
    expect(withPayloads).toBeGreaterThan(5);
    for (const path of [`/api/lao/${HOSTILE_LAO.id}.json`, '/data/quality.json']) expectClean(path, await visit(page, dialogs, `${served.origin}${path}`));
  });

  it('every Atom feed parses, holds only Atom elements, and carries the payloads as text', async () => {
    await page.goto(`${served.origin}/`);
    const feeds = filesUnder(site, 'feed.xml');
    expect(feeds.length).toBeGreaterThan(7);
    let markers = 0;
    for (const file of feeds) {
      const xml = readFileSync(file, 'utf8');
      const parsed = await page.evaluate(([text, ns]) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const all = [...doc.getElementsByTagName('*')];
        return {
          error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
          foreign: all.filter((e) => e.namespaceURI !== ns).map((e) => e.tagName),
          // Text constructs a reader would render as markup.
          markup: all.filter((e) => e.hasAttribute('type') && e.localName !== 'link' && e.getAttribute('type') !== 'text').map((e) => e.tagName),
          text: doc.documentElement.textContent ?? '',
        };
      }, [xml, ATOM] as const);
      expect(parsed.error, file).toBeNull();
      expect(parsed.foreign, file).toEqual([]);
      expect(parsed.markup, file).toEqual([]);
      markers += parsed.text.match(MARKER)?.length ?? 0;
      if (file.includes(HOSTILE_LAO.id)) expect(parsed.text, file).toContain(HOSTILE_LAO.hostileName);
    }
    expect(markers).toBeGreaterThan(0);
    // Opened in the browser (the XML viewer), a feed runs nothing.
    expectClean('feed.xml', await visit(page, dialogs, `${served.origin}/lao/${HOSTILE_LAO.id}/feed.xml`));
  });

  it('CSV downloads guard every cell that starts like a formula, and the payload rows are among them', () => {
    const files = filesUnder(site, '.csv');
    expect(files.length).toBeGreaterThan(20);
    let guarded = 0;
    const unguarded: string[] = [];
    for (const file of files) {
      const rows = parse(readFileSync(file, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
      for (const row of rows) {
        for (const cell of row) {
          if (FORMULA_START.test(cell) && !isNumber(cell)) unguarded.push(`${relative(site, file)}: ${cell.slice(0, 60)}`);
          if (/^'[=+\-@]/.test(cell) && cell.includes(MARKER_PREFIX)) guarded++;
        }
      }
    }
    expect(unguarded.slice(0, 20), `${unguarded.length} cells start like a formula`).toEqual([]);
    expect(guarded).toBeGreaterThan(50);
  });

  it('XLSX downloads store formula-like payloads as quote-prefixed text, never as formulas', () => {
    const files = filesUnder(site, '.xlsx');
    expect(files.length).toBeGreaterThan(10);
    let prefixed = 0;
    for (const file of files) {
      const sheet = strFromU8(unzipSync(readFileSync(file))['xl/worksheets/sheet1.xml']!);
      expect(sheet, file).not.toMatch(/<f[ >]/);
      expect(sheet, file).not.toMatch(/<(?:script|img|svg|b)[ />]/);
      for (const [, attrs, text] of sheet.matchAll(/<c ([^>]*)><is><t xml:space="preserve">([^<]*)<\/t><\/is><\/c>/g)) {
        const value = text!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        if (!FORMULA_START.test(value)) continue;
        expect(attrs, `${relative(site, file)}: ${value.slice(0, 60)}`).toMatch(/ s="2" t="inlineStr"$/);
        if (value.includes(MARKER_PREFIX)) prefixed++;
      }
    }
    expect(prefixed).toBeGreaterThan(50);
  });
});
