// How complete an LAO-year's published data is, as the share of a few checks it passes.
// Shown in the province comparison; each check is explained on the data-quality page.
import type { LaoYearHeadline } from '../schema/site.ts';

export interface CompletenessCheck {
  key: 'expense' | 'revenue' | 'population' | 'tax-ids' | 'contract-values' | 'budget-links';
  /** 0–1, or null when it does not apply (no contracts to check). */
  score: number | null;
}

export function completenessChecks(y: LaoYearHeadline): CompletenessCheck[] {
  const share = (part: number, whole: number) => (whole ? part / whole : null);
  return [
    { key: 'expense', score: y.expenseTotal === null ? 0 : 1 },
    { key: 'revenue', score: y.revenueTotal === null ? 0 : 1 },
    { key: 'population', score: y.population === null ? 0 : 1 },
    { key: 'tax-ids', score: share(y.contractsWithTaxId, y.contracts) },
    { key: 'contract-values', score: share(y.contracts - y.contractsWithoutValue, y.contracts) },
    { key: 'budget-links', score: share(y.procurementsWithBudgetLine, y.procurementProjects) },
  ];
}

/** Mean of the checks that apply, 0–1. */
export function completeness(y: LaoYearHeadline): number {
  const scores = completenessChecks(y).map((c) => c.score).filter((s): s is number => s !== null);
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}
