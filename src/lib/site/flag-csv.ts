// The rows of each red-flag summary table, as the Thai page shows them.
import { toCsv } from '../io/csv-write.ts';
import { flagDefinition } from '../flags/catalogue.ts';
import type { LaoSummary } from '../schema/site.ts';
import { flagsByYear, mostFlagged, type FlagTally } from './flag-view.ts';

/** Flags by kind: the summary and province tables. */
export function flagKindsCsv(tallies: readonly FlagTally[]): string {
  return toCsv(['indicator', 'code', 'flag', 'flags', 'laos'],
    tallies.map((r) => [flagDefinition(r.code).indicator, r.code, flagDefinition(r.code).title.th, r.flags, r.laos]));
}

/** One LAO's flags per year, for the years with any. */
export function flagYearsCsv(lao: LaoSummary): string {
  return toCsv(['lao_id', 'fiscal_year', 'flags', 'kinds'],
    flagsByYear(lao).filter((r) => r.flags > 0).map((r) => [lao.id, r.fiscalYear, r.flags, r.kinds.map((k) => `${k.code}:${k.n}`).join(' ')]));
}

/** LAOs with the most flags. */
export function mostFlaggedCsv(rows: ReturnType<typeof mostFlagged>): string {
  return toCsv(['lao_id', 'lao_name', 'province', 'flags', 'procurement_projects'], rows.map((r) => [r.lao.id, r.lao.name, r.lao.province, r.flags, r.projects]));
}

/** Flags per province: the summary page's table. */
export function flagProvincesCsv(rows: readonly { province: string; laos: number; projects: number; flags: number }[]): string {
  return toCsv(['province', 'laos', 'procurement_projects', 'flags'], rows.map((r) => [r.province, r.laos, r.projects, r.flags]));
}
