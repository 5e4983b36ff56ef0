// What an LAO's staff can do to make its data more complete: one item per check below full marks and
// per field some records lack, over all fiscal years, the ones that raise the completeness score most
// first. The words (a concrete action per key, in Thai and English) are in src/i18n/*.json under
// laoQuality.advice.<key>.
import { checkShare, isUncheckedField, type CheckedFieldKey, type CheckUnit, type FieldKey, type LaoQualityYear, type QualityCheckKey, type RecordKind } from './lao-quality.ts';

/** Links that exist, but were guessed from the names rather than given by an id. */
type InferredKey = 'budget-links-inferred' | 'plan-budget-inferred';

/** A field a scored check counts is advised on through the check. */
export type AdviceKey = QualityCheckKey | InferredKey | Exclude<FieldKey, CheckedFieldKey>;

export interface Advice {
  key: AdviceKey;
  /** What `missing` and `total` count. */
  unit: CheckUnit | RecordKind;
  /** Fiscal years where it falls short, oldest first. */
  years: number[];
  /** Records lacking in those years; for a 'published' check, the number of years it is missing. */
  missing: number;
  /** Records checked in those years; for a 'published' check, the number of those years. */
  total: number;
  /** What doing it adds to the completeness scores of those years, summed (0–1 a year; 0 for what the score does not count). */
  gain: number;
}

/** Ties are broken in this order: the checks as the page lists them, then the fields. */
const ORDER: readonly AdviceKey[] = [
  'expense', 'revenue', 'population', 'tax-ids', 'contract-values', 'budget-links', 'plan-budget', 'budget-links-inferred', 'plan-budget-inferred',
  'method', 'budget', 'reference-price', 'announced-date', 'contract-number', 'signed-date', 'end-date', 'vendor-name', 'line-id', 'plan-id', 'kpi', 'responsible-unit',
];

interface Shortfall {
  key: AdviceKey;
  unit: Advice['unit'];
  year: number;
  missing: number;
  total: number;
  gain: number;
}

function shortfallsOf(year: LaoQualityYear): Shortfall[] {
  const scoredThatApply = year.checks.filter((c) => c.scored && c.total > 0).length;
  const out: Shortfall[] = [];
  for (const check of year.checks) {
    const share = checkShare(check);
    if (share !== null && share < 1) {
      out.push({
        key: check.key, unit: check.unit, year: year.fiscalYear, missing: check.total - check.passed, total: check.total,
        gain: check.scored ? (1 - share) / scoredThatApply : 0,
      });
    }
    if (check.inferred > 0 && (check.key === 'budget-links' || check.key === 'plan-budget')) {
      out.push({ key: `${check.key}-inferred`, unit: check.unit, year: year.fiscalYear, missing: check.inferred, total: check.passed, gain: 0 });
    }
  }
  for (const field of year.fields) {
    if (field.missing > 0 && isUncheckedField(field.key)) {
      out.push({ key: field.key, unit: field.record, year: year.fiscalYear, missing: field.missing, total: field.total, gain: 0 });
    }
  }
  return out;
}

/** One item per shortfall over all years; most score gained first, then most records to fix, then the page's order. Empty when all is complete. */
export function qualityAdvice(years: readonly LaoQualityYear[]): Advice[] {
  const byKey = new Map<AdviceKey, Advice>();
  for (const s of years.flatMap(shortfallsOf)) {
    const advice = byKey.get(s.key);
    if (!advice) byKey.set(s.key, { key: s.key, unit: s.unit, years: [s.year], missing: s.missing, total: s.total, gain: s.gain });
    else {
      advice.years.push(s.year);
      advice.missing += s.missing;
      advice.total += s.total;
      advice.gain += s.gain;
    }
  }
  for (const a of byKey.values()) a.years.sort((x, y) => x - y);
  // Gains are sums of fractions: round before comparing, so that equal gains stay ties whatever the order they were added in.
  const gain = (a: Advice) => Math.round(a.gain * 1e9);
  return [...byKey.values()].sort((a, b) => gain(b) - gain(a) || b.missing - a.missing || ORDER.indexOf(a.key) - ORDER.indexOf(b.key));
}
