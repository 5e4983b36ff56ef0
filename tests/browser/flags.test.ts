// Red flags on the built sample site: the summary and methodology pages, the flags of an LAO-year and
// its procurement rows, the reminder that a flag is not an accusation wherever flags are listed, the
// summary tables' CSVs, the "only flagged" search filter, keyboard use and 360 px screens. Expected
// figures come from the built site's own downloads (download/all/flags.csv and .json, and
// procurement_projects.json: the same data as content/generated, but always that of the site under
// test, whichever build last wrote content/generated) and from config/red-flags.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAGS, flagSentence } from '../../src/lib/flags/catalogue.ts';
import { provinceSlug } from '../../src/lib/geo/provinces.ts';
import type { Flag, FlagCode, FlagConfig, FlagSubject } from '../../src/lib/schema/flags.ts';
import { procurementAnchor } from '../../src/lib/site/anchors.ts';
import { dist, launchChromium, laoYears, root, serve, skipReason, type Served } from './serve.ts';

type Lang = 'th' | 'en';
const LANGS: readonly Lang[] = ['th', 'en'];
const prefix = (lang: Lang): string => (lang === 'th' ? '' : '/en');

/** One row of a table of the bulk downloads (download/all/<name>.json). */
const downloadRows = <T>(name: string): T[] => (JSON.parse(readFileSync(join(dist, `download/all/${name}.json`), 'utf8')) as { rows: T[] }).rows;

interface FlagRow {
  flag_id: string; code: FlagCode; subject: FlagSubject; lao_id: string; fiscal_year: number;
  procurement_ids: string | null; vendor_id: string | null; trigger_values: string;
}
interface ProjectRow { procurement_id: string; egp_project_id: string | null; lao_id: string; fiscal_year: number; name: string }
/** A procurement project as anchors.ts needs it. */
interface Project { id: string; sourceId: string | null; laoId: string; fiscalYear: number; name: string }
interface Lao { id: string; name: string; province: string; flags: Flag[]; procurements: Project[] }

/** The flags the site was built with, as the import wrote them. */
const flagOf = (r: FlagRow): Flag => ({
  id: r.flag_id, code: r.code, subject: r.subject, laoId: r.lao_id, fiscalYear: r.fiscal_year,
  procurementIds: r.procurement_ids ? r.procurement_ids.split(' | ') : [], vendorId: r.vendor_id,
  values: JSON.parse(r.trigger_values) as Flag['values'],
});

/** A CSV as rows of fields (quotes, doubled quotes, commas and line breaks inside quotes, a BOM). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

/** CSV rows as objects keyed by the header. */
function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const count = (text: string | null): number => Number((text ?? '').replace(/[^\d]/g, ''));
const countBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, number> => {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
};

/** Procurement-level flag codes of one project. */
const codesOf = (flags: readonly Flag[], projectId: string): string[] =>
  flags.filter((f) => f.subject === 'procurement' && f.procurementIds.includes(projectId)).map((f) => f.code).sort();

describe.skipIf(skipReason(dist, 'flags') !== null)('red flags (sample site)', () => {
  let served: Served;
  let browser: Browser;
  let laos: Lao[];
  let allFlags: Flag[];
  let download: Record<string, string>[];
  /** An LAO-year with procurement flags, a vendor flag if one exists, and at least one project without flags. */
  let chosen: { data: Lao; fy: number; flags: Flag[] };
  const at = (path: string): string => `${served.origin}${path}`;
  const ids = new Map<string, Set<string>>();

  /** The element ids of a page as served (fetched once per path; the pages are static). */
  async function idsOf(path: string): Promise<Set<string>> {
    let found = ids.get(path);
    if (!found) {
      const response = await fetch(at(path));
      expect(response.status, `GET ${path}`).toBe(200);
      found = new Set([...(await response.text()).matchAll(/<[a-z][a-z0-9-]*\s[^>]*?\bid="([^"]+)"/gi)].map((m) => m[1]!.replace(/&amp;/g, '&')));
      ids.set(path, found);
    }
    return found;
  }

  /** Whether a site link (path#id) leads to an existing element. */
  async function resolves(href: string): Promise<boolean> {
    const [path, hash] = href.split('#') as [string, string | undefined];
    if (!hash) return false;
    return (await idsOf(path)).has(decodeURIComponent(hash));
  }

  beforeAll(async () => {
    served = await serve(dist);
    browser = await launchChromium();
    allFlags = downloadRows<FlagRow>('flags').map(flagOf);
    download = csvRecords(readFileSync(join(dist, 'download/all/flags.csv'), 'utf8'));
    const projects = downloadRows<ProjectRow>('procurement_projects').map((r): Project => ({
      id: r.procurement_id, sourceId: r.egp_project_id, laoId: r.lao_id, fiscalYear: r.fiscal_year, name: r.name }));
    laos = (JSON.parse(readFileSync(join(dist, 'api/laos.json'), 'utf8')) as { id: string; name: string; province: string }[])
      .map((l) => ({ id: l.id, name: l.name, province: l.province, flags: allFlags.filter((f) => f.laoId === l.id), procurements: projects.filter((p) => p.laoId === l.id) }));
    const candidates = laos.flatMap((data) =>
      laoYears(dist, data.id).map((fy) => {
        const flags = data.flags.filter((f) => f.fiscalYear === Number(fy));
        const projects = data.procurements.filter((p) => p.fiscalYear === Number(fy));
        return {
          data, fy: Number(fy), flags,
          flagged: projects.filter((p) => codesOf(flags, p.id).length > 0).length,
          clean: projects.filter((p) => codesOf(flags, p.id).length === 0).length,
          vendor: flags.some((f) => f.subject === 'vendor'),
        };
      }))
      .filter((c) => c.flagged > 0 && c.clean > 0);
    const best = candidates.find((c) => c.vendor) ?? candidates[0];
    if (!best) throw new Error('no LAO-year in the sample with both flagged and unflagged procurement');
    chosen = best;
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('the sample raises flags, and the flags download (CSV and JSON) lists each of them once', () => {
    expect(allFlags.length).toBeGreaterThan(0);
    expect(new Set(allFlags.map((f) => f.id)).size).toBe(allFlags.length);
    expect(download.map((r) => r.flag_id)).toEqual(allFlags.map((f) => f.id));
    // Every project a flag names is a procurement project of its LAO.
    for (const f of allFlags) {
      const lao = laos.find((l) => l.id === f.laoId);
      expect(lao, f.id).toBeDefined();
      for (const id of f.procurementIds) expect(lao!.procurements.some((p) => p.id === id), `${f.id} → ${id}`).toBe(true);
    }
  });

  for (const lang of LANGS) {
    it(`${prefix(lang)}/flags/ (${lang}): the notice, one row per kind with the download's counts, the total, and links to each kind's method`, async () => {
      const page = await browser.newPage();
      const path = `${prefix(lang)}/flags/`;
      expect((await page.goto(at(path)))?.status()).toBe(200);
      const notice = page.locator('main p.flag-notice');
      expect(await notice.count()).toBe(1);
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.getAttribute('role')).toBe('note');
      expect((await notice.locator('strong').innerText()).length).toBeGreaterThan(5);
      expect(await notice.locator('a').getAttribute('href')).toBe(`${prefix(lang)}/flags/methodology/`);

      const rows = (await page.$$eval('table.flag-kinds tbody tr', (trs) =>
        trs.map((tr) => ({
          code: tr.getAttribute('data-code') ?? '',
          cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
          href: tr.querySelector('th a')?.getAttribute('href') ?? '',
          title: tr.querySelector('th')?.textContent?.trim() ?? '',
        }))));
      expect(rows.map((r) => r.code)).toEqual(FLAGS.map((f) => f.code));
      const byCode = countBy(download, (r) => r.code ?? '');
      const laosByCode = new Map<string, number>(FLAGS.map((f) => [f.code, new Set(download.filter((r) => r.code === f.code).map((r) => r.lao_id)).size]));
      for (const [i, row] of rows.entries()) {
        const definition = FLAGS[i]!;
        expect(row.title, row.code).toBe(definition.title[lang]);
        expect(count(row.cells[0]!), `${row.code} indicator`).toBe(definition.indicator);
        expect(count(row.cells[1]!), `${row.code} flags`).toBe(byCode.get(row.code) ?? 0);
        expect(count(row.cells[2]!), `${row.code} LAOs`).toBe(laosByCode.get(row.code));
        expect(row.href).toBe(`${prefix(lang)}/flags/methodology/#${row.code}`);
        expect(await resolves(row.href), row.href).toBe(true);
      }
      const total = rows.reduce((n, r) => n + count(r.cells[1]!), 0);
      expect(total).toBe(download.length);
      expect(count(await page.textContent('[data-field="flags"]'))).toBe(total);
      await page.close();
    });
  }

  it('every page that lists flags says first that a flag is not an accusation', async () => {
    // Static HTML is enough here: no scripts, and only the documents themselves are loaded.
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
    /** Path → whether it must list flags (null: whatever the page shows must come with the notice). */
    const expected = new Map<string, boolean | null>();
    for (const data of laos) {
      expected.set(`/lao/${data.id}/`, data.flags.length > 0);
      for (const fy of laoYears(dist, data.id)) expected.set(`/lao/${data.id}/${fy}/`, data.flags.some((f) => f.fiscalYear === Number(fy)));
    }
    for (const [province, list] of Map.groupBy(laos, (d) => d.province)) expected.set(`/province/${provinceSlug(province)}/`, list.some((d) => d.flags.length > 0));
    const vendorFlags = new Map<string, string[]>();
    for (const id of readdirSync(join(dist, 'vendor')).sort()) {
      const flags = allFlags.filter((f) => f.vendorId === id);
      vendorFlags.set(`/vendor/${id}/`, flags.map((f) => f.id));
      expected.set(`/vendor/${id}/`, flags.length > 0 ? true : null);
    }
    // Every vendor a flag is about has a page.
    for (const f of allFlags) if (f.vendorId) expect(vendorFlags.has(`/vendor/${f.vendorId}/`), f.id).toBe(true);
    const typeOf = (th: string): string => (/^\/lao\/[^/]+\/\d{4}\/$/.test(th) ? 'lao-year' : th.split('/')[1]!);
    const listing = new Map<string, number>();
    const queue = [...expected].flatMap(([th, mustList]) => LANGS.map((lang) => ({ th, lang, mustList })));
    // A few pages at a time: there are a hundred or so.
    await Promise.all(Array.from({ length: 6 }, async () => {
      const page = await context.newPage();
      for (let task = queue.shift(); task; task = queue.shift()) {
        const { th, lang, mustList } = task;
        const path = `${prefix(lang)}${th}`;
        expect((await page.goto(at(path), { waitUntil: 'domcontentloaded' }))?.status(), path).toBe(200);
        const shown = (await page.evaluate(`(() => {
          const section = document.querySelector('#flags');
          const lists = [...document.querySelectorAll('main li[data-flag], main .flag-line, main table.flag-kinds, #flags table')];
          const notice = section ? section.querySelector('p.flag-notice') : null;
          const first = lists[0];
          return {
            section: !!section,
            lists: lists.length,
            flagIds: [...document.querySelectorAll('#flags li[data-flag]')].map((li) => li.getAttribute('data-flag')),
            notices: document.querySelectorAll('p.flag-notice').length,
            notice: !!notice && notice.getAttribute('role') === 'note' && (notice.textContent ?? '').trim().length > 40,
            noticeFirst: !!notice && !!first && (notice.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
            noticeLink: notice ? notice.querySelector('a')?.getAttribute('href') : null,
          };
        })()`)) as { section: boolean; lists: number; flagIds: string[]; notices: number; notice: boolean; noticeFirst: boolean; noticeLink: string | null };
        if (mustList !== null) expect(shown.lists > 0, `${path} lists flags`).toBe(mustList);
        if (th.startsWith('/vendor/')) for (const id of vendorFlags.get(th)!) expect(shown.flagIds, `${path} lists its flag ${id}`).toContain(id);
        if (shown.lists === 0) continue;
        listing.set(typeOf(th), (listing.get(typeOf(th)) ?? 0) + 1);
        expect(shown.section, `${path} has a #flags section`).toBe(true);
        expect(shown.notice, `${path} shows the notice in #flags`).toBe(true);
        expect(shown.notices, `${path} shows the notice once`).toBe(1);
        expect(shown.noticeFirst, `${path} shows the notice before the flags`).toBe(true);
        expect(shown.noticeLink, path).toBe(`${prefix(lang)}/flags/methodology/`);
      }
      await page.close();
    }));
    for (const type of ['lao-year', 'lao', 'province', 'vendor']) expect(listing.get(type) ?? 0, `${type} pages listing flags`).toBeGreaterThan(0);
    await context.close();
  });

  for (const lang of LANGS) {
    it(`${prefix(lang)}/flags/methodology/ (${lang}): each flag with its thresholds from config/red-flags.json, an example and a real case`, async () => {
      const config = JSON.parse(readFileSync(join(root, 'config/red-flags.json'), 'utf8')) as FlagConfig;
      const raised = new Set(download.map((r) => r.code));
      const page = await browser.newPage();
      expect((await page.goto(at(`${prefix(lang)}/flags/methodology/`)))?.status()).toBe(200);
      expect(await page.locator('main p.flag-notice').count()).toBe(1);
      const sections = (await page.$$eval('section.flag-method', (els) =>
        els.map((s) => ({
          id: s.querySelector('h2')?.id ?? '',
          text: s.textContent ?? '',
          thresholds: [...s.querySelectorAll('table.flag-thresholds tbody tr')].map((tr) => ({
            key: tr.querySelector('th code')?.textContent?.trim() ?? '',
            value: tr.querySelector('td.num')?.textContent?.trim() ?? '',
          })),
          tables: s.querySelectorAll('table.flag-thresholds').length,
          real: [...s.querySelectorAll('p.flag-real a')].map((a) => a.getAttribute('href') ?? ''),
          realCount: s.querySelectorAll('p.flag-real').length,
          notes: [...s.querySelectorAll('p.note')].map((p) => p.textContent ?? ''),
        }))));
      expect(sections.map((s) => s.id)).toEqual(FLAGS.map((f) => f.code));
      const noRealCase = new Set<string>();
      for (const [i, section] of sections.entries()) {
        const f = FLAGS[i]!;
        const want = f.thresholds.flatMap((key) => config.thresholds[key].map((v) => ({ key, value: v.value })));
        expect(section.tables, `${f.code} thresholds table`).toBe(want.length ? 1 : 0);
        expect(section.thresholds.map((t) => ({ key: t.key, value: Number(t.value.replace(/,/g, '')) })), f.code).toEqual(want);
        expect(section.text, `${f.code} example`).toContain(f.example[lang]);
        if (raised.has(f.code)) {
          expect(section.realCount, `${f.code} real case`).toBe(1);
          expect(section.real.length, `${f.code} real-case link`).toBe(1);
          const href = section.real[0]!;
          expect(href.startsWith(`${prefix(lang)}/lao/`), href).toBe(true);
          expect(await resolves(href), `${f.code}: ${href}`).toBe(true);
          // The case is one of that kind: a project it names, or the flags of the LAO-year it was raised in.
          const [, laoId, fy, hash] = /\/lao\/([^/]+)\/(\d{4})\/#(.+)$/.exec(href) ?? [];
          const cases = allFlags.filter((x) => x.code === f.code && x.laoId === laoId && x.fiscalYear === Number(fy));
          const lao = laos.find((l) => l.id === laoId);
          expect(cases.some((x) => hash === 'flags' || x.procurementIds.some((id) => lao?.procurements.some((p) => p.id === id && procurementAnchor(p) === hash))),
            `${f.code}: ${href} is a case of it`).toBe(true);
        } else {
          expect(section.realCount, `${f.code} has no real case`).toBe(0);
          expect(section.notes.length, `${f.code} "not raised yet"`).toBe(1);
          noRealCase.add(section.notes[0]!);
        }
      }
      // One and the same "not raised yet" note wherever there is no real case.
      expect(noRealCase.size).toBeLessThanOrEqual(1);
      // The table of contents leads to each section.
      const toc = await page.$$eval('ol.flag-toc a', (links) => links.map((a) => a.getAttribute('href')));
      expect(toc).toEqual(FLAGS.map((f) => `#${f.code}`));
      await page.close();
    });
  }

  for (const lang of LANGS) {
    it(`an LAO-year page with flags (${lang}): each flag with its sentence, and links to procurement rows on the page`, async () => {
      const { data, fy, flags } = chosen;
      const path = `${prefix(lang)}/lao/${data.id}/${fy}/`;
      const page = await browser.newPage();
      expect((await page.goto(at(path)))?.status()).toBe(200);
      expect(await page.locator('#flags p.flag-notice').count()).toBe(1);
      const shown = (await page.$$eval('#flags li[data-flag]', (items) =>
        items.map((li) => ({
          id: li.getAttribute('data-flag') ?? '',
          group: li.closest('section.flag-group')?.getAttribute('data-code') ?? '',
          text: (li.textContent ?? '').trim(),
          projects: [...li.querySelectorAll('ul.flag-projects a')].map((a) => a.getAttribute('href') ?? ''),
          vendors: [...li.querySelectorAll(':scope > a[href*="/vendor/"]')].map((a) => a.getAttribute('href') ?? ''),
        }))));
      expect(shown.map((s) => s.id).sort()).toEqual(flags.map((f) => f.id).sort());
      const projects = new Map(data.procurements.map((p) => [p.id, p]));
      for (const flag of flags) {
        const item = shown.find((s) => s.id === flag.id)!;
        expect(item.group, flag.id).toBe(flag.code);
        expect(item.text.startsWith(flagSentence(flag, lang)), `${flag.id}: “${item.text.slice(0, 120)}”`).toBe(true);
        if (flag.procurementIds.length <= 12) {
          const want = flag.procurementIds.filter((id) => projects.has(id)).map((id) => `${path}#${procurementAnchor(projects.get(id)!)}`);
          expect(item.projects, `${flag.id} project links`).toEqual(want);
        }
        if (flag.vendorId) expect(item.vendors, `${flag.id} vendor link`).toEqual([`${prefix(lang)}/vendor/${flag.vendorId}/`]);
      }
      // Every procurement link in the section leads to a row of this page.
      const links = await page.$$eval('#flags a[href*="#p-"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length).toBeGreaterThan(0);
      const rows = new Set(await page.$$eval('article.procurement', (els) => els.map((e) => e.id)));
      for (const href of links) {
        const [target, hash] = href.split('#') as [string, string];
        expect(target, href).toBe(path);
        expect(rows.has(hash), `${href} is a procurement row`).toBe(true);
      }
      // Each kind's heading counts its cases and links to its method.
      const groups = await page.$$eval('#flags section.flag-group', (els) =>
        els.map((s) => ({ code: s.getAttribute('data-code') ?? '', cases: s.querySelectorAll('li[data-flag]').length, how: s.querySelector('p.note a')?.getAttribute('href') ?? '' })));
      for (const g of groups) {
        expect(g.cases, g.code).toBe(flags.filter((f) => f.code === g.code).length);
        expect(g.how).toBe(`${prefix(lang)}/flags/methodology/#${g.code}`);
      }
      expect(groups.map((g) => g.code)).toEqual(FLAGS.map((f) => f.code).filter((c) => flags.some((f) => f.code === c)));
      await page.close();
    });
  }

  it('the row of a flagged procurement names exactly its flags; a row without flags has no flag line', async () => {
    const { data, fy, flags } = chosen;
    const page = await browser.newPage();
    for (const lang of LANGS) {
      const path = `${prefix(lang)}/lao/${data.id}/${fy}/`;
      await page.goto(at(path));
      const rows = new Map((await page.$$eval('article.procurement', (els) =>
        els.map((a) => ({
          id: a.id,
          lines: [...a.querySelectorAll('p.flag-line')].map((p) => ({
            codes: p.getAttribute('data-flags') ?? '',
            links: [...p.querySelectorAll('a')].map((l) => l.getAttribute('href') ?? ''),
          })),
          sentences: [...a.querySelectorAll('details ul.flag-cases > li')].map((li) => (li.textContent ?? '').trim()),
        })))).map((r) => [r.id, r]));
      const projects = data.procurements.filter((p) => p.fiscalYear === fy);
      expect(rows.size).toBe(projects.length);
      let flagged = 0;
      let clean = 0;
      for (const p of projects) {
        const row = rows.get(procurementAnchor(p));
        expect(row, `${path}#${procurementAnchor(p)}`).toBeDefined();
        const codes = codesOf(flags, p.id);
        if (codes.length === 0) {
          clean++;
          expect(row!.lines, `${p.id} has no flag line`).toEqual([]);
          expect(row!.sentences, `${p.id} has no flag sentences`).toEqual([]);
          continue;
        }
        flagged++;
        expect(row!.lines.length, `${p.id} flag line`).toBe(1);
        expect(row!.lines[0]!.codes.split(' ').sort(), `${p.id} data-flags`).toEqual(codes);
        expect([...row!.lines[0]!.links].sort(), `${p.id} links to each kind's method`).toEqual(
          [...new Set(codes)].map((c) => `${prefix(lang)}/flags/methodology/#${c}`).sort());
        const own = flags.filter((f) => f.subject === 'procurement' && f.procurementIds.includes(p.id));
        expect(row!.sentences, `${p.id} sentences`).toEqual(own.map((f) => flagSentence(f, lang)));
      }
      expect(flagged).toBeGreaterThan(0);
      expect(clean).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('each summary table\'s data link on /flags/, a province page and an LAO page gives as many rows as the table shows', async () => {
    const page = await browser.newPage();
    const withFlags = laos.find((d) => d.flags.length > 0)!;
    const province = provinceSlug(withFlags.province);
    const seen: string[] = [];
    for (const path of ['/flags/', '/en/flags/', `/province/${province}/`, `/lao/${withFlags.id}/`]) {
      await page.goto(at(path));
      const tables = (await page.evaluate(`[...document.querySelectorAll('p.chart-data a')].map((a) => {
        const table = document.evaluate('preceding::table[1]', a, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
        return {
          href: a.getAttribute('href'),
          rows: table ? table.querySelectorAll('tbody tr').length : -1,
          codes: table ? [...table.querySelectorAll('tbody tr[data-code]')].map((tr) => tr.getAttribute('data-code')) : [],
          counts: table && table.classList.contains('flag-kinds') ? [...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td')[1].textContent) : [],
          caption: table?.caption?.textContent ?? '',
        };
      })`)) as { href: string; rows: number; codes: string[]; counts: string[]; caption: string }[];
      expect(tables.length, path).toBeGreaterThan(0);
      for (const table of tables) {
        seen.push(table.href.replace(/\/lao\/[^/]+\//, '/lao/ID/').replace(/\/province\/[^/]+\//, '/province/CODE/'));
        const response = await fetch(at(table.href));
        expect(response.status, table.href).toBe(200);
        const records = csvRecords(await response.text());
        expect(records.length, `${path} ${table.href} vs table “${table.caption}”`).toBe(table.rows);
        if (table.codes.length) {
          expect(records.map((r) => r.code), table.href).toEqual(table.codes);
          expect(records.map((r) => Number(r.flags)), table.href).toEqual(table.counts.map(count));
        }
      }
    }
    expect(seen).toEqual(expect.arrayContaining(['/flags/by-kind.csv', '/flags/by-province.csv', '/flags/most-flagged.csv',
      '/province/CODE/flags.csv', '/province/CODE/most-flagged.csv', '/lao/ID/flags-by-year.csv']));
    await page.close();
  });

  it('every link with a fragment on the flag pages and in the flag sections leads to an element of its page', async () => {
    const { data, fy } = chosen;
    const vendor = allFlags.find((f) => f.vendorId)?.vendorId;
    const page = await browser.newPage();
    const checked = new Set<string>();
    const pages: [string, string][] = [
      ['/flags/', 'main a'], ['/flags/methodology/', 'main a'],
      [`/lao/${data.id}/${fy}/`, '#flags a, .flag-line a'], [`/lao/${data.id}/`, '#flags a'],
      [`/province/${provinceSlug(data.province)}/`, '#flags a'], ...(vendor ? [[`/vendor/${vendor}/`, '#flags a, .flag-line a'] as [string, string]] : []),
    ];
    for (const [th, selector] of pages) {
      for (const lang of LANGS) {
        const path = `${prefix(lang)}${th}`;
        await page.goto(at(path));
        const hrefs = await page.$$eval(selector, (links) => links.map((a) => a.getAttribute('href') ?? '').filter((h) => h.includes('#')));
        expect(hrefs.length, `${path}: links with a fragment`).toBeGreaterThan(0);
        for (const href of hrefs) {
          const full = href.startsWith('#') ? `${path}${href}` : href;
          expect(full.startsWith(`${prefix(lang)}/`), `${path}: ${href} stays in ${lang}`).toBe(true);
          if (checked.has(full)) continue;
          checked.add(full);
          expect(await resolves(full), `${path}: ${href}`).toBe(true);
        }
      }
    }
    expect(checked.size).toBeGreaterThan(20);
    await page.close();
  });

  describe('search', () => {
    const query = 'ถนน';
    /** Procurement row anchors (as result links end) → number of procurement flags. */
    let flagCount: Map<string, number>;

    async function waitForResults(page: Page): Promise<string> {
      await page.waitForFunction(() => {
        const text = document.querySelector('#search-status')?.textContent ?? '';
        return text !== '' && !text.endsWith('…');
      });
      return (await page.textContent('#search-status')) ?? '';
    }
    /** Every result (pressing "more" until all are listed) and the total the status gives. */
    async function results(page: Page): Promise<{ total: number; items: { href: string; facts: string }[] }> {
      const status = await waitForResults(page);
      const numbers = (status.match(/\d[\d,]*/g) ?? []).map(count);
      const total = numbers.at(-1) ?? 0;
      // "Showing the first {shown} of {n}": a page of `shown`, then "more" adds a page at a time.
      const size = numbers.length > 1 ? numbers[0]! : total;
      const listed = () => page.locator('#search-results li').count();
      for (let target = Math.min(size, total); ; target = Math.min(target + size, total)) {
        await expect.poll(listed).toBe(target);
        if (target >= total) break;
        expect(await page.locator('#search-more').isVisible()).toBe(true);
        await page.locator('#search-more').evaluate((b) => (b as HTMLButtonElement).click());
      }
      await expect.poll(() => page.locator('#search-more').isHidden()).toBe(true);
      const items = await page.$$eval('#search-results li', (lis) =>
        lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', facts: li.querySelector('.search-facts')?.textContent ?? '' })));
      return { total, items };
    }

    beforeAll(() => {
      flagCount = new Map();
      for (const data of laos)
        for (const p of data.procurements) {
          const n = codesOf(data.flags, p.id).length;
          if (n) flagCount.set(`/lao/${data.id}/${p.fiscalYear}/#${procurementAnchor(p)}`, n);
        }
      // The query is a word of a flagged procurement's name, and of records without flags too.
      const named = laos.flatMap((d) => d.procurements.filter((p) => p.name.includes(query)).map((p) => codesOf(d.flags, p.id).length));
      expect(named.some((n) => n > 0), `a flagged procurement named with “${query}”`).toBe(true);
      expect(named.some((n) => n === 0), `an unflagged procurement named with “${query}”`).toBe(true);
    });

    for (const lang of LANGS) {
      it(`“only flagged” (${lang}) keeps the results with flags, each showing its ⚑ count, and no more results than without`, async () => {
        const page = await browser.newPage();
        await page.goto(at(`${prefix(lang)}/search/?q=${encodeURIComponent(query)}`));
        const all = await results(page);
        expect(await page.isChecked('#search-flagged')).toBe(false);
        expect(all.total).toBe(all.items.length);
        expect(all.items.some((r) => !r.facts.includes('⚑')), 'some results without flags').toBe(true);

        await page.goto(at(`${prefix(lang)}/search/?q=${encodeURIComponent(query)}&flagged=yes`));
        expect(await page.isChecked('#search-flagged')).toBe(true);
        const only = await results(page);
        expect(only.total).toBe(only.items.length);
        expect(only.total).toBeGreaterThan(0);
        expect(only.total).toBeLessThanOrEqual(all.total);
        expect(only.total).toBeLessThan(all.total);
        for (const r of only.items) {
          const n = /⚑\D*(\d+)/.exec(r.facts);
          expect(n, `${r.href}: “${r.facts}”`).not.toBeNull();
          const key = r.href.replace(/^\/en\//, '/');
          expect(Number(n![1]), `${r.href} flag count`).toBe(flagCount.get(key));
        }
        // Every flagged result found without the filter is still there with it.
        const flaggedBefore = all.items.filter((r) => r.facts.includes('⚑')).map((r) => r.href).sort();
        expect(only.items.map((r) => r.href).sort()).toEqual(flaggedBefore);
        // And results without the filter show the count exactly when the record has flags.
        for (const r of all.items) expect(r.facts.includes('⚑'), r.href).toBe(flagCount.has(r.href.replace(/^\/en\//, '/')));
        await page.close();
      });
    }

    it('the checkbox is labelled, reachable and ticked by keyboard, and kept in the URL', async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(at(`/search/?q=${encodeURIComponent(query)}`));
      await waitForResults(page);
      const box = page.locator('#search-flagged');
      expect(await box.getAttribute('type')).toBe('checkbox');
      expect(await box.getAttribute('name')).toBe('flagged');
      const label = await box.evaluate((el) => [...(el as HTMLInputElement).labels ?? []].map((l) => l.textContent?.trim() ?? ''));
      expect(label.length).toBe(1);
      expect(label[0]!.length).toBeGreaterThan(3);
      expect(await page.getByRole('checkbox', { name: label[0]! }).count()).toBe(1);
      expect(await box.isVisible()).toBe(true);
      // Tab from the query box reaches the checkbox.
      await page.focus('#search-q');
      for (let i = 0; i < 15 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-flagged'; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-flagged');
      // Space ticks it, the search runs again and the URL keeps it.
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
      await expect.poll(() => new URL(page.url()).searchParams.get('flagged')).toBe('yes');
      await waitForResults(page);
      const facts = await page.$$eval('#search-results .search-facts', (els) => els.map((e) => e.textContent ?? ''));
      expect(facts.length).toBeGreaterThan(0);
      for (const f of facts) expect(f).toContain('⚑');
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      // Reloading the URL keeps the box ticked.
      await page.reload();
      await waitForResults(page);
      expect(await box.isChecked()).toBe(true);
      // Space again unticks it, and the URL forgets it.
      await box.focus();
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(false);
      await expect.poll(() => new URL(page.url()).searchParams.has('flagged')).toBe(false);
      await waitForResults(page);
      const after = await page.$$eval('#search-results .search-facts', (els) => els.map((e) => e.textContent ?? ''));
      expect(after.some((f) => !f.includes('⚑'))).toBe(true);
      await page.close();
    });
  });

  it('by keyboard: from the notice, Tab reaches a kind\'s cases, Enter opens them and a project link leads to its open row', async () => {
    const { data, fy } = chosen;
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(at(`/lao/${data.id}/${fy}/`));
    // The first kind with its cases folded away (more than three), else the first kind.
    const group = await page.$$eval('#flags section.flag-group', (els) => {
      const folded = els.find((s) => !(s.querySelector('details') as HTMLDetailsElement).open);
      return (folded ?? els[0])!.getAttribute('data-code')!;
    });
    const details = page.locator(`#flags section.flag-group[data-code="${group}"] details`);
    await page.locator('#flags p.flag-notice a').focus();
    const isSummary = `document.activeElement?.matches('#flags section.flag-group[data-code="${group}"] summary')`;
    for (let i = 0; i < 60 && !(await page.evaluate(isSummary)); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(isSummary), `Tab reaches the ${group} cases`).toBe(true);
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await page.keyboard.press('Enter');
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    }
    const inProject = `document.activeElement?.matches('#flags section.flag-group[data-code="${group}"] ul.flag-projects a')`;
    for (let i = 0; i < 10 && !(await page.evaluate(inProject)); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(inProject), 'Tab reaches a project link').toBe(true);
    const href = (await page.evaluate(`document.activeElement.getAttribute('href')`)) as string;
    const id = href.split('#')[1]!;
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
    const row = page.locator(`article.procurement[id="${id}"]`);
    await expect.poll(() => row.locator('details.entity-details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await row.locator('p.flag-line').isVisible()).toBe(true);
    expect(await row.locator('details.entity-details ul.flag-cases').isVisible()).toBe(true);
    const box = await row.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(740);
    expect(box!.y + box!.height).toBeGreaterThan(0);
    await page.close();
  });

  it('fits a 360 px phone without sideways page scroll: /flags/, its methodology and a flagged LAO-year, flag lists open', async () => {
    const { data, fy } = chosen;
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const th of ['/flags/', '/flags/methodology/', `/lao/${data.id}/${fy}/`]) {
      for (const lang of LANGS) {
        const path = `${prefix(lang)}${th}`;
        await page.goto(at(path));
        await page.evaluate(() => document.fonts.ready);
        const closed = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(closed, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
        // Open the flag lists and the details of flagged rows (where each flag's sentence is).
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('#flags details, article.procurement:has(p.flag-line) details')) (d as HTMLDetailsElement).open = true;
        });
        const open = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(open, `${path} scrolls sideways with its lists open`).toBeLessThanOrEqual(1);
        // Nothing in the flag sections sticks out of the page either (wide tables scroll in their own box).
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('#flags *, .flag-notice, section.flag-method > :not(.table-scroll), .flag-kinds')]
            .filter((el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > window.innerWidth + 1)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`));
        expect(wide, path).toEqual([]);
      }
    }
    await context.close();
  });
});
