// One row per LAO of a province for the comparison table, for one fiscal year.
import type { LaoSummary } from '../schema/site.ts';
import { completeness } from './completeness.ts';

export interface ComparisonRow {
  lao: LaoSummary;
  expense: number | null;
  perCapita: number | null;
  /** Own-source revenue as a share of revenue, 0–1. */
  ownRevenueShare: number | null;
  contractValue: number | null;
  /** Contracts by the specific method as a share of contracts, 0–1. */
  specificShare: number | null;
  /** 0–1, see completeness.ts. */
  completeness: number | null;
}

export function comparisonRows(laos: readonly LaoSummary[], fiscalYear: number): ComparisonRow[] {
  return laos.map((lao) => {
    const y = lao.years[String(fiscalYear)];
    if (!y) return { lao, expense: null, perCapita: null, ownRevenueShare: null, contractValue: null, specificShare: null, completeness: null };
    const population = y.population ?? lao.population;
    return {
      lao,
      expense: y.expenseTotal,
      perCapita: y.expenseTotal !== null && population ? y.expenseTotal / population : null,
      ownRevenueShare: y.ownRevenueTotal !== null && y.revenueTotal ? y.ownRevenueTotal / y.revenueTotal : null,
      contractValue: y.contracts ? y.contractValue : null,
      specificShare: y.contracts ? y.specificContracts / y.contracts : null,
      completeness: completeness(y),
    };
  });
}

/** The fiscal year most of a province's LAOs have data for (the latest on a tie). */
export function comparisonYear(laos: readonly LaoSummary[]): number | null {
  const counts = new Map<number, number>();
  for (const lao of laos) for (const year of lao.fiscalYears) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

/** The median expense per person of an LAO's peers (same province and type, itself included) in a year. */
export function peerPerCapita(laos: readonly LaoSummary[], lao: Pick<LaoSummary, 'province' | 'type'>, fiscalYear: number): { median: number; count: number } | null {
  const peers = laos.filter((l) => l.province === lao.province && l.type === lao.type);
  const values = comparisonRows(peers, fiscalYear).map((r) => r.perCapita).filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (values.length < 3) return null;
  const mid = values.length >> 1;
  return { median: values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2, count: values.length };
}
