// What pages show from prongsai.config.yaml (title, logo, contact, languages), read from the setting
// the build puts in the environment (src/lib/config/settings.ts). Without a configuration: Prongsai's
// own name, both languages, no logo or contact.
import th from '../../i18n/th.json';
import en from '../../i18n/en.json';
import { SITE_SETTINGS_ENV, SiteSettingsSchema, type SiteSettings } from '../config/settings.ts';

type Lang = 'th' | 'en';

let settings: SiteSettings | undefined;

export function siteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  if (env !== process.env) return parse(env);
  settings ??= parse(env);
  return settings;
}

function parse(env: Record<string, string | undefined>): SiteSettings {
  const raw = env[SITE_SETTINGS_ENV];
  if (raw) return SiteSettingsSchema.parse(JSON.parse(raw));
  return { title: { th: th['site.name'], en: en['site.name'] }, logo: null, contact: null, languages: ['th', 'en'] };
}

/** The site's name in a language (the Thai one when no English is given). */
export function siteName(lang: Lang, from: SiteSettings = siteSettings()): string {
  return (lang === 'en' ? from.title.en : undefined) ?? from.title.th;
}

/** Whether the configuration names the site (the home page then leads with that name instead of Prongsai's). */
export function hasOwnTitle(from: SiteSettings = siteSettings()): boolean {
  return from.title.th !== th['site.name'];
}

/** The site's description in a language, if the configuration gives one. */
export function siteDescription(lang: Lang, from: SiteSettings = siteSettings()): string | undefined {
  if (!from.description) return undefined;
  return (lang === 'en' ? from.description.en : undefined) ?? from.description.th;
}

/** The languages the site is published in, Thai first. */
export function siteLangs(from: SiteSettings = siteSettings()): Lang[] {
  return from.languages.includes('en') ? ['th', 'en'] : ['th'];
}
