// Where the downloads come from and under which licence. The licence is configurable for each site
// (PRONGSAI_LICENCE, PRONGSAI_LICENCE_URL); the default is the source data's own: Creative Commons
// Attribution 4.0. The import date is SOURCE_DATE_EPOCH when set (reproducible builds), else today.
export interface Licence {
  name: string;
  title: string;
  url: string;
}

export const DEFAULT_LICENCE: Licence = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export function licenceFrom(env: Record<string, string | undefined>): Licence {
  if (!env.PRONGSAI_LICENCE) return DEFAULT_LICENCE;
  return { name: env.PRONGSAI_LICENCE, title: env.PRONGSAI_LICENCE_TITLE ?? env.PRONGSAI_LICENCE, url: env.PRONGSAI_LICENCE_URL ?? '' };
}

/** The date of this import, ISO 8601: from SOURCE_DATE_EPOCH (seconds) when set, so builds can be reproduced. */
export function importDate(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}

/** How pages name the licence: the short form of Prongsai's default, else the configured title. */
export function licenceLabel(licence: Licence): string {
  return licence === DEFAULT_LICENCE ? 'CC BY 4.0' : licence.title;
}
