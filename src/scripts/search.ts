// The search page: reads the form (and the same fields from the URL), asks Pagefind, and lists results
// with their kind, LAO, year and amount. Thai queries are cut into words the way the index was
// (thai-words.ts). All text from the index is inserted as text, never as HTML.
import { queryText } from '../lib/search/thai-words.ts';
import { formatBahtShort } from '../lib/site/format.ts';
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
  const fields = ['q', 'kind', 'province', 'type', 'year', 'sort'] as const;
  let pagefind: Promise<Pagefind> | null = null;
  let pending: PagefindResult[] = [];
  let run = 0;

  const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  const load = () => (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base });
    return pf;
  }));
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
      facts.textContent = [kinds[meta.kind ?? ''], meta.lao, meta.year, meta.amount ? formatBahtShort(Number(meta.amount), lang) : ''].filter(Boolean).join(' · ');
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
      return;
    }
    const mine = ++run;
    status.textContent = messages.searching ?? '';
    try {
      const pf = await load();
      const filters = Object.fromEntries((['kind', 'province', 'type', 'year'] as const).filter((f) => values[f]).map((f) => [f, values[f]!]));
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
    if (field && params.has(f)) field.value = params.get(f)!;
  }
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).tagName === 'SELECT') void search();
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
