// Red flags as pages show them: what a flag links to, and flags counted by
// kind across LAO-years for the summary, province and LAO pages.
import type { FlagCode } from '../schema/flags.ts';
import type { LaoData, LaoSummary } from '../schema/site.ts';
import { FLAGS } from '../flags/catalogue.ts';
import { procurementPath } from './anchors.ts';

/** The headline figures of an LAO's years: all of them, or the one given. */
function yearsOf(lao: LaoSummary, fiscalYear?: number): LaoSummary['years'][string][] {
  return Object.entries(lao.years).filter(([fy]) => fiscalYear === undefined || Number(fy) === fiscalYear).map(([, y]) => y);
}

/** Procurement projects of LAOs, in all years or in one. */
export function procurementProjectsOf(laos: readonly LaoSummary[], fiscalYear?: number): number {
  return laos.reduce((n, lao) => n + yearsOf(lao, fiscalYear).reduce((m, y) => m + y.procurementProjects, 0), 0);
}

/** Names and paths of what an LAO's flags point to: its procurement projects and its vendors. */
export function flagTargets(data: LaoData): { projects: Map<string, { name: string; path: string }>; vendors: Map<string, string> } {
  const projects = new Map(data.procurements.map((p) => [p.id, { name: p.name, path: procurementPath(p) }]));
  const vendors = new Map<string, string>();
  for (const p of data.procurements) for (const c of p.contracts) if (c.vendorId && c.vendorName && !vendors.has(c.vendorId)) vendors.set(c.vendorId, c.vendorName);
  return { projects, vendors };
}

export interface FlagTally {
  code: FlagCode;
  /** Flags raised. */
  flags: number;
  /** LAOs with at least one. */
  laos: number;
}

/** Flags of the given LAOs (all years, or one), counted by kind, in the catalogue's order. */
export function tallyFlags(laos: readonly LaoSummary[], fiscalYear?: number): FlagTally[] {
  return FLAGS.map(({ code }) => {
    let flags = 0;
    let withIt = 0;
    for (const lao of laos) {
      const n = yearsOf(lao, fiscalYear).reduce((sum, y) => sum + (y.flags[code] ?? 0), 0);
      flags += n;
      if (n) withIt++;
    }
    return { code, flags, laos: withIt };
  });
}

/** All flags of one LAO-year headline, or of every year of an LAO. */
export function flagTotal(lao: LaoSummary, fiscalYear?: number): number {
  return yearsOf(lao, fiscalYear).reduce((sum, y) => sum + Object.values(y.flags).reduce((a, b) => a + (b ?? 0), 0), 0);
}

/** One LAO's flags per fiscal year, newest first: how many, and of which kinds. */
export function flagsByYear(lao: LaoSummary): { fiscalYear: number; flags: number; kinds: { code: FlagCode; n: number }[] }[] {
  return Object.entries(lao.years)
    .map(([fy, y]) => ({
      fiscalYear: Number(fy),
      flags: flagTotal(lao, Number(fy)),
      kinds: FLAGS.filter(({ code }) => y.flags[code]).map(({ code }) => ({ code, n: y.flags[code]! })),
    }))
    .sort((a, b) => b.fiscalYear - a.fiscalYear);
}

/** LAOs with the most flags in a year (all years when none is given), most first; none without flags. */
export function mostFlagged(laos: readonly LaoSummary[], limit: number, fiscalYear?: number): { lao: LaoSummary; flags: number; projects: number }[] {
  return laos
    .map((lao) => ({
      lao, flags: flagTotal(lao, fiscalYear),
      projects: procurementProjectsOf([lao], fiscalYear),
    }))
    .filter((r) => r.flags > 0)
    .sort((a, b) => b.flags - a.flags || (a.lao.id < b.lao.id ? -1 : 1))
    .slice(0, limit);
}

/** Flags per province, in province order. */
export function flagsByProvince(laos: readonly LaoSummary[], order: (a: string, b: string) => number): { province: string; laos: number; projects: number; flags: number }[] {
  return [...Map.groupBy(laos, (l) => l.province)]
    .map(([province, list]) => ({
      province, laos: list.length,
      projects: procurementProjectsOf(list),
      flags: list.reduce((n, l) => n + flagTotal(l), 0),
    }))
    .sort((a, b) => order(a.province, b.province));
}

/** How many of the most flagged LAOs the summary and province pages list. */
export const MOST_FLAGGED_SHOWN = 20;
