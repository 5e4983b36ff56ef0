// Figures over many LAOs, from the index alone: the whole dataset, a province, a directory by name.
import { LAO_TYPE_PREFIX } from '../parse/lao-name.ts';
import { sumBaht } from '../parse/amount.ts';
import type { LaoSummary, LaoYearHeadline } from '../schema/site.ts';

/** The latest fiscal year in which `has` holds for some LAO. */
export function latestYear(laos: readonly LaoSummary[], has: (y: LaoYearHeadline) => boolean): number | null {
  let latest: number | null = null;
  for (const lao of laos) {
    for (const [year, y] of Object.entries(lao.years)) if (has(y) && (latest === null || Number(year) > latest)) latest = Number(year);
  }
  return latest;
}

export interface DatasetHeadline {
  laos: number;
  provinces: number;
  expenseYear: number | null;
  expenseTotal: number;
  laosWithExpense: number;
  contractYear: number | null;
  contractValue: number;
  contracts: number;
}

export function datasetHeadline(laos: readonly LaoSummary[]): DatasetHeadline {
  const expenseYear = latestYear(laos, (y) => y.expenseTotal !== null);
  const contractYear = latestYear(laos, (y) => y.contracts > 0);
  const at = (year: number | null) => (year === null ? [] : laos.map((l) => l.years[String(year)]).filter((y): y is LaoYearHeadline => !!y));
  const expense = at(expenseYear).filter((y) => y.expenseTotal !== null);
  const contracts = at(contractYear);
  return {
    laos: laos.length,
    provinces: new Set(laos.map((l) => l.province)).size,
    expenseYear,
    expenseTotal: sumBaht(expense.map((y) => y.expenseTotal)),
    laosWithExpense: expense.length,
    contractYear,
    contractValue: sumBaht(contracts.map((y) => y.contractValue)),
    contracts: contracts.reduce((n, y) => n + y.contracts, 0),
  };
}

const PREFIXES = Object.values(LAO_TYPE_PREFIX).filter(Boolean).sort((a, b) => b.length - a.length);

/** An LAO's name without its type prefix, for ordering and indexing by name. */
export function bareName(name: string): string {
  const prefix = PREFIXES.find((p) => name.startsWith(p) && name.length > p.length);
  return prefix ? name.slice(prefix.length) : name;
}

/** The letter a name is filed under: its first Thai consonant (leading vowels เ แ โ ใ ไ skipped), or first character. */
export function indexLetter(name: string): string {
  const bare = bareName(name);
  const match = /[ก-ฮ]/.exec(bare.replace(/^[เแโใไ]/, ''));
  return match ? match[0] : (bare[0] ?? '?').toUpperCase();
}

