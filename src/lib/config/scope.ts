// Which LAOs a site publishes (the `scope` of prongsai.config.yaml): a data folder often holds a whole
// province's e-GP export while the site is one LAO's.
import { findProvince, PROVINCES } from '../geo/provinces.ts';
import { normaliseProvince, parseLaoName } from '../parse/lao-name.ts';
import type { SiteConfig } from './site-config.ts';

export type Scope = NonNullable<SiteConfig['scope']>;

/** What the scope is checked against: an LAO, or an organisations-file row before it is one. */
export interface ScopedLao {
  code: string | null;
  name: string;
  province: string;
  otherNames?: readonly string[];
}

const THAI_BY_ENGLISH = new Map(PROVINCES.map((p) => [p.en.toLowerCase(), p.th]));

/** The Thai name of a province written in Thai (with or without จังหวัด) or in English; null when it is not one of the 77. */
export function provinceOf(name: string): string | null {
  const thai = THAI_BY_ENGLISH.get(name.trim().toLowerCase()) ?? normaliseProvince(name);
  return findProvince(thai) ? thai : null;
}

const thaiProvince = (name: string): string => provinceOf(name) ?? normaliseProvince(name);

/** A code without its type digit (the first): it goes stale when an LAO is upgraded (อบต. → เทศบาล). */
function placeOfCode(code: string): string {
  return code.slice(1);
}

/** A scope entry as it is matched: by the place of its code, or by its name's key and its province. */
type Matcher = (lao: ScopedLao) => boolean;

function entryMatcher(entry: Scope['laos'][number]): Matcher {
  if ('code' in entry) {
    const place = placeOfCode(entry.code);
    return (lao) => lao.code !== null && placeOfCode(lao.code) === place;
  }
  const province = entry.province ? thaiProvince(entry.province) : null;
  const key = parseLaoName(entry.name).key;
  return (lao) =>
    (province === null || province === normaliseProvince(lao.province)) &&
    [lao.name, ...(lao.otherNames ?? [])].some((name) => parseLaoName(name).key === key);
}

/**
 * A test of whether an LAO is in scope, or null when the site publishes every LAO in its data. The
 * import asks it for every row: the entries are read once, here.
 */
export function scopeTest(scope: Scope | undefined): ((lao: ScopedLao) => boolean) | null {
  if (!scope || (scope.laos.length === 0 && scope.provinces.length === 0)) return null;
  const provinces = new Set(scope.provinces.map(thaiProvince));
  const matchers = scope.laos.map(entryMatcher);
  return (lao) => provinces.has(normaliseProvince(lao.province)) || matchers.some((matches) => matches(lao));
}

/** The scope's entries that name no LAO of the data: a misspelt name publishes nothing, so it is reported. */
export function unmatchedScope(scope: Scope | undefined, laos: readonly ScopedLao[]): string[] {
  if (!scope) return [];
  const places = new Set(laos.map((l) => normaliseProvince(l.province)));
  return [
    ...scope.laos.filter((entry) => !laos.some(entryMatcher(entry)))
      .map((entry) => ('code' in entry ? entry.code : entry.province ? `${entry.name} (${entry.province})` : entry.name)),
    ...scope.provinces.filter((p) => !places.has(thaiProvince(p))),
  ];
}
