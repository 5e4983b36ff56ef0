// UI strings live in src/i18n/<lang>.json (flat keys); this module picks them and builds localized paths.
// Thai is served at the root, English under /en/.
import th from '../../i18n/th.json';
import en from '../../i18n/en.json';
import { siteDescription, siteLangs, siteName } from './site-settings.ts';

/** Every language Prongsai speaks; a site publishes those its configuration lists (siteLangs). */
export const LANGS = ['th', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type UiKey = keyof typeof th;

const STRINGS: Record<Lang, Record<UiKey, string>> = { th, en };

/** A UI string with `{name}` placeholders filled: t('lao.population', { n: '1,234' }). */
export function translate(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  // The site's own name and description (prongsai.config.yaml) stand in for Prongsai's everywhere.
  if (key === 'site.name') return siteName(lang);
  if (key === 'site.description') return siteDescription(lang) ?? STRINGS[lang][key];
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A translator bound to one language. */
export function translator(lang: Lang): (key: UiKey, vars?: Record<string, string | number>) => string {
  return (key, vars) => translate(lang, key, vars);
}

/** The `lang` route parameter of a page: none for Thai (root), 'en' for English. */
export function langParam(lang: Lang): string | undefined {
  return lang === 'th' ? undefined : lang;
}

/** The language of a page from its `lang` route parameter. */
export function langOf(param: string | undefined): Lang {
  if (param === undefined || param === '') return 'th';
  if (param === 'en') return 'en';
  throw new Error(`Unknown language segment: ${param}`);
}

/** A language-neutral site path in one language: ('/lao/x/', 'en') → '/en/lao/x/'. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === 'th' ? clean : `/${lang}${clean}`;
}

/** The site's languages (prongsai.config.yaml) as getStaticPaths entries, for pages with no other parameter. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return siteLangs().map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}
