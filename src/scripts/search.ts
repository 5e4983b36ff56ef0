// The search page: reads the form (and the same fields from the URL), asks the router which areas of
// the index hold the words (router.ts, shards.ts), searches the best one with Pagefind, and lists the
// results with their kind, LAO, year and amount, and the other areas to search next. Thai queries are
// cut into words the way the index was (thai-words.ts). Text from the index is inserted as text only.
import { areaNames, chunksFor, routerWords, routeTerms, type AreaName, type RoutedArea, type RouterChunk, type RouterManifest } from '../lib/search/router.ts';
import { queryText } from '../lib/search/thai-words.ts';
import { formatBahtShort, formatCount } from '../lib/site/format.ts';
import type { Lang } from '../lib/site/i18n.ts';

interface PagefindResult { data(): Promise<{ url: string; meta: Record<string, string> }> }
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string, o: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 20;
const form = document.querySelector<HTMLFormElement>('#search-form');

if (form) {
  const base = form.dataset.base ?? '/';
  const lang: Lang = form.dataset.lang === 'en' ? 'en' : 'th';
  const kinds = JSON.parse(form.dataset.kinds ?? '{}') as Record<string, string>;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, string>;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const areaNav = document.querySelector<HTMLElement>('#search-areas')!;
  const areaField = form.elements.namedItem('area') as HTMLInputElement;
  const provinceSelect = form.elements.namedItem('province') as HTMLSelectElement;
  const fields = ['q', 'kind', 'province', 'type', 'year', 'flagged', 'sort', 'area', 'near'] as const;
  const bundles = new Map<string, Promise<Pagefind>>();
  const routeChunks = new Map<string, RouterChunk>();
  let manifest: Promise<{ areas: AreaName[]; chunks: string[] }> | null = null;
  let pending: PagefindResult[] = [];
  let run = 0;

  const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  const fetchJson = async <T>(path: string, missing?: T): Promise<T> => {
    const response = await fetch(`${base}pagefind/${path}`);
    if (response.status === 404 && missing !== undefined) return missing;
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  // Each area is a Pagefind bundle of its own; a module URL per area keeps their states apart.
  const bundle = (area: string) => {
    let loaded = bundles.get(area);
    if (!loaded) {
      loaded = import(/* @vite-ignore */ `${base}pagefind/${area}/pagefind.js`).then(async (pf: Pagefind) => {
        await pf.options({ baseUrl: base });
        return pf;
      });
      bundles.set(area, loaded);
    }
    return loaded;
  };
  const provinceNames = new Map([...provinceSelect.options].map((o) => [o.value, o.text]));
  const areaLabel = (area: AreaName) => area.provinces.map((p, i) => {
    const name = provinceNames.get(p) ?? p;
    const part = area.parts[i];
    return part ? fill(messages.areaPart!, { province: name, k: part[0], n: part[1] }) : name;
  }).join(', ');

  /**
   * Areas holding every word of the query, within the chosen province; those of the province the
   * reader searched from (near) first, then the most matches first.
   */
  async function route(query: string, province: string, near: string): Promise<{ areas: AreaName[]; routed: RoutedArea[] }> {
    const { areas, chunks } = await (manifest ??= fetchJson<RouterManifest>('areas.json').then((m) => ({ areas: areaNames(m), chunks: m.chunks })));
    if (areas.length === 1) return { areas, routed: [{ area: 0, estimate: 0 }] };
    const terms = routerWords(query);
    const needed = [...new Set(terms.flatMap((t) => chunksFor(t, chunks)))].filter((i) => !routeChunks.has(i));
    // No chunk for a number's first digits means no indexed number starts with them.
    await Promise.all(needed.map(async (name) => routeChunks.set(name, await fetchJson<RouterChunk>(`route/${name}.json`, []))));
    const routed = routeTerms(terms, chunks, routeChunks).filter((r) => !province || areas[r.area]!.provinces.includes(province));
    const isNear = (r: RoutedArea) => (near && areas[r.area]!.provinces.includes(near) ? 0 : 1);
    return { areas, routed: routed.sort((a, b) => isNear(a) - isNear(b)) };
  }

  function showAreas(areas: AreaName[], routed: RoutedArea[], current: RoutedArea): void {
    areaNav.replaceChildren();
    areaNav.hidden = routed.length < 2;
    if (areaNav.hidden) return;
    const intro = document.createElement('p');
    intro.textContent = fill(messages.areas!, { n: routed.length, area: areaLabel(areas[current.area]!) });
    const others = document.createElement('ul');
    for (const r of routed) {
      if (r === current) continue;
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = fill(messages.areaEstimate!, { area: areaLabel(areas[r.area]!), n: formatCount(r.estimate) });
      button.addEventListener('click', () => {
        areaField.value = areas[r.area]!.id;
        void search().then(() => status.focus());
      });
      item.append(button);
      others.append(item);
    }
    areaNav.append(intro, others);
  }
  const localUrl = (url: string) => (lang === 'th' ? url : url.replace(base, `${base}${lang}/`));
  async function show(results: PagefindResult[]): Promise<void> {
    for (const result of results) {
      const { url, meta } = await result.data();
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = localUrl(url);
      link.textContent = meta.title ?? url;
      const facts = document.createElement('span');
      facts.className = 'note search-facts';
      facts.textContent = [kinds[meta.kind ?? ''], meta.lao, meta.year, meta.amount ? formatBahtShort(Number(meta.amount), lang) : '',
        meta.flags ? fill(messages.flags!, { n: meta.flags }) : ''].filter(Boolean).join(' · ');
      item.append(link, document.createElement('br'), facts);
      list.append(item);
    }
  }

  async function search(): Promise<void> {
    const data = new FormData(form!);
    const values = Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? '').trim()]));
    const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    list.replaceChildren();
    more.hidden = true;
    const query = queryText(values.q!);
    if (!query) {
      status.textContent = '';
      areaNav.hidden = true;
      return;
    }
    const mine = ++run;
    status.textContent = messages.searching ?? '';
    try {
      const { areas, routed } = await route(query, values.province!, values.near!);
      if (mine !== run) return;
      const current = routed.find((r) => areas[r.area]!.id === values.area) ?? routed[0];
      if (!current) {
        areaNav.hidden = true;
        status.textContent = messages.none!;
        return;
      }
      showAreas(areas, routed, current);
      const pf = await bundle(areas[current.area]!.id);
      const filters = Object.fromEntries((['kind', 'province', 'type', 'year', 'flagged'] as const).filter((f) => values[f]).map((f) => [f, values[f]!]));
      const [key, direction] = (values.sort ?? '').split('-') as [string, 'asc' | 'desc'];
      const found = await pf.search(query, { filters, ...(key ? { sort: { [key]: direction } } : {}) });
      if (mine !== run) return;
      const total = found.results.length;
      pending = found.results.slice(PAGE_SIZE);
      await show(found.results.slice(0, PAGE_SIZE));
      more.hidden = pending.length === 0;
      status.textContent = total === 0 ? messages.none! : total > PAGE_SIZE
        ? fill(messages.showing!, { shown: Math.min(PAGE_SIZE, total), n: total }) : fill(messages.count!, { n: total });
    } catch {
      status.textContent = messages.failed ?? '';
    }
  }

  const params = new URLSearchParams(location.search);
  for (const f of fields) {
    const field = form.elements.namedItem(f) as HTMLInputElement | HTMLSelectElement | null;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = params.get(f) === field.value;
    else if (field && params.has(f)) field.value = params.get(f)!;
  }
  form.hidden = false;
  // A new query or filter starts again from the area with the most matches.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    areaField.value = '';
    void search();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target.tagName !== 'SELECT' && !(target instanceof HTMLInputElement && target.type === 'checkbox')) return;
    areaField.value = '';
    void search();
  });
  more.addEventListener('click', async () => {
    const next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const first = list.children.length;
    await show(next);
    more.hidden = pending.length === 0;
    (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus();
  });
  if (params.get('q')) void search();
}
