// From a checked prongsai.config.yaml to what the build reads: the PRONGSAI_ settings the scripts and
// Astro already take from the environment (a setting given in the environment wins over the file, so CI
// can pass the Pages address), and the site settings pages show, carried as one JSON setting so that
// the pages' cache keys (shown-settings.ts) cover them.
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import type { SiteConfig } from './site-config.ts';

const Bilingual = z.object({ th: z.string(), en: z.string().optional() });

/** What pages show from the configuration. */
export const SiteSettingsSchema = z.object({
  title: Bilingual,
  description: Bilingual.optional(),
  /** The logo's file name in the built site, e.g. `logo.svg`. */
  logo: z.string().nullable(),
  contact: z.object({
    name: z.string(),
    email: z.string().optional(),
    phone: z.string().optional(),
    address: z.string().optional(),
    url: z.string().optional(),
  }).nullable(),
  languages: z.array(z.enum(['th', 'en'])).min(1),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

/** The environment variable carrying SiteSettings to the pages. */
export const SITE_SETTINGS_ENV = 'PRONGSAI_SITE_SETTINGS';

/** A site address split as Astro takes it: origin (`site`) and path (`base`). */
export function splitSiteUrl(address: string): { site: string; base: string } {
  const parsed = new URL(address);
  const base = `${parsed.pathname.replace(/\/+$/, '')}/`;
  return { site: parsed.origin, base };
}

/**
 * The settings a configuration gives, as environment variables, for those the environment does not
 * already set. Paths in the file are relative to the folder it is in.
 */
export function configEnv(config: SiteConfig, configDir: string, env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (name: string, value: string | undefined) => {
    if (value !== undefined && env[name] === undefined) out[name] = value;
  };
  // PRONGSAI_URL (the whole address, as GitLab's CI_PAGES_URL gives it) or the file's url.
  const address = env.PRONGSAI_URL ?? config.url;
  if (address && env.PRONGSAI_SITE === undefined && env.PRONGSAI_BASE === undefined) {
    const { site, base } = splitSiteUrl(address);
    put('PRONGSAI_SITE', site);
    put('PRONGSAI_BASE', base);
  }
  put('PRONGSAI_DATA', resolve(configDir, config.data));
  put('PRONGSAI_LICENCE', config.licence?.id);
  put('PRONGSAI_LICENCE_TITLE', config.licence?.title);
  put('PRONGSAI_LICENCE_URL', config.licence?.url);
  put('PRONGSAI_PUBLISHER', config.publisher);
  put('PRONGSAI_FLAGS_CONFIG', config.redFlags?.file ? resolve(configDir, config.redFlags.file) : undefined);
  put('PRONGSAI_FLAG_THRESHOLDS', config.redFlags?.thresholds ? JSON.stringify(config.redFlags.thresholds) : undefined);
  put('PRONGSAI_SCOPE', config.scope ? JSON.stringify(config.scope) : undefined);
  put('PRONGSAI_LOGO_FILE', config.logo ? resolve(configDir, config.logo) : undefined);
  const settings: SiteSettings = {
    title: config.title,
    ...(config.description ? { description: config.description } : {}),
    logo: config.logo ? `logo${config.logo.slice(config.logo.lastIndexOf('.')).toLowerCase()}` : null,
    contact: config.contact ?? null,
    languages: config.languages,
  };
  put(SITE_SETTINGS_ENV, JSON.stringify(settings));
  return out;
}
