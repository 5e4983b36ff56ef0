// Which LAOs a site publishes (the `scope` of prongsai.config.yaml): a data folder often holds a whole
// province's e-GP export while the site is one LAO's.
import { PROVINCES } from '../geo/provinces.ts';
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

function thaiProvince(name: string): string {
  return THAI_BY_ENGLISH.get(name.trim().toLowerCase()) ?? normaliseProvince(name);
}

/** A code without its type digit (the first): it goes stale when an LAO is upgraded (อบต. → เทศบาล). */
function placeOfCode(code: string): string {
  return code.slice(1);
}

/** Whether an LAO is one a scope entry names. */
function matchesEntry(lao: ScopedLao, entry: Scope['laos'][number]): boolean {
  if ('code' in entry) return lao.code !== null && placeOfCode(lao.code) === placeOfCode(entry.code);
  if (entry.province && thaiProvince(entry.province) !== normaliseProvince(lao.province)) return false;
  const key = parseLaoName(entry.name).key;
  return [lao.name, ...(lao.otherNames ?? [])].some((name) => parseLaoName(name).key === key);
}

/** A test of whether an LAO is in scope, or null when the site publishes every LAO in its data. */
export function scopeTest(scope: Scope | undefined): ((lao: ScopedLao) => boolean) | null {
  if (!scope || (scope.laos.length === 0 && scope.provinces.length === 0)) return null;
  const provinces = new Set(scope.provinces.map(thaiProvince));
  return (lao) => provinces.has(normaliseProvince(lao.province)) || scope.laos.some((entry) => matchesEntry(lao, entry));
}

/** The scope's entries that name no LAO of the data: a misspelt name publishes nothing, so it is reported. */
export function unmatchedScope(scope: Scope | undefined, laos: readonly ScopedLao[]): string[] {
  if (!scope) return [];
  const places = new Set(laos.map((l) => normaliseProvince(l.province)));
  return [
    ...scope.laos.filter((entry) => !laos.some((lao) => matchesEntry(lao, entry)))
      .map((entry) => ('code' in entry ? entry.code : entry.province ? `${entry.name} (${entry.province})` : entry.name)),
    ...scope.provinces.filter((p) => !places.has(thaiProvince(p))),
  ];
}
