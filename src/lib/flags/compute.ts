// The red flags of one LAO, computed from its assembled data: pure functions, one per indicator.
// A flag is a reason to look closer, never a finding; cancelled procurement raises none, and the
// statistical indicators need a minimum sample before they say anything.
import { sumBaht } from '../parse/amount.ts';
import { fiscalYearRange } from '../parse/dates.ts';
import { normaliseVendorName, type LegalForm } from '../parse/vendor-name.ts';
import { dice, subjectGrams } from '../link/similarity.ts';
import type { Contract, ProcurementMethod, ProcurementProject } from '../schema/procurement.ts';
import type { Flag, FlagCode, FlagConfig, FlagSubject, ThresholdKey } from '../schema/flags.ts';
import type { LaoData } from '../schema/site.ts';
import { threshold } from './config.ts';

const SPECIFIC: ReadonlySet<ProcurementMethod> = new Set(['specific', 'consultant-specific', 'design-specific']);
/** Methods meant to make suppliers compete (e-market included: it is an open auction). */
const COMPETITIVE: ReadonlySet<ProcurementMethod> = new Set([
  'e-bidding', 'e-market', 'selection', 'open', 'consultant-selection', 'consultant-open', 'design-selection', 'design-open', 'design-contest',
]);

const CANCELLED = /ยกเลิก/;

export function isCancelled(p: ProcurementProject): boolean {
  if (p.status && CANCELLED.test(p.status)) return true;
  return p.contracts.length > 0 && p.contracts.every((c) => c.status !== null && CANCELLED.test(c.status));
}

/** A project's contracts that were not cancelled (a cancelled contract may have been replaced by another). */
export function liveContracts(p: ProcurementProject): Contract[] {
  return p.contracts.filter((c) => c.status === null || !CANCELLED.test(c.status));
}

/** The day a procurement is known by: announced, else first signed; null when the data gives neither. */
export function knownDate(p: ProcurementProject): string | null {
  return p.announcedDate ?? liveContracts(p).map((c) => c.signedDate).filter((d): d is string => d !== null).sort()[0] ?? null;
}

/** The day a procurement is judged on: its known date, else the start of its fiscal year. */
export function procurementDate(p: ProcurementProject): string {
  return knownDate(p) ?? fiscalYearRange(p.fiscalYear).start;
}

/** What the procurement costs: the agreed price, else its contract values, else its budget. */
export function procurementAmount(p: ProcurementProject): number | null {
  if (p.agreedPrice !== null) return p.agreedPrice;
  const contracts = liveContracts(p);
  if (contracts.some((c) => c.value !== null)) return sumBaht(contracts.map((c) => c.value));
  return p.budget;
}

const JURISTIC: ReadonlySet<LegalForm> = new Set(['company', 'public-company', 'limited-partnership', 'cooperative']);
const isJuristic = (name: string | null) => name !== null && JURISTIC.has(normaliseVendorName(name).legalForm);

const round = (share: number) => Math.round(share * 10_000) / 10_000;

function flag(code: FlagCode, subject: FlagSubject, data: LaoData, fiscalYear: number, parts: { procurementIds?: string[]; vendorId?: string | null; values: Flag['values'] }): Flag {
  const key = parts.procurementIds?.[0] ?? parts.vendorId ?? data.lao.id;
  return {
    id: `${code}:${subject === 'procurement' ? key : `${data.lao.id}:${fiscalYear}${parts.vendorId ? `:${parts.vendorId}` : ''}`}`,
    code, subject, laoId: data.lao.id, fiscalYear,
    procurementIds: parts.procurementIds ?? [], vendorId: parts.vendorId ?? null, values: parts.values,
  };
}

type Check = (data: LaoData, live: readonly ProcurementProject[], config: FlagConfig) => Flag[];
const on = (config: FlagConfig, key: ThresholdKey, p: ProcurementProject) => threshold(config, key, procurementDate(p));
const yearStart = (fy: number) => fiscalYearRange(fy).start;

/** 1. Agreed price at or above 99% of the reference price, or of the budget when no reference price is published. */
export const nearReferencePrice: Check = (data, live, config) => live.flatMap((p) => {
  // A reference price of 0 is a blank written as a number.
  const base = p.referencePrice ? p.referencePrice : p.budget;
  if (p.agreedPrice === null || base === null || base <= 0) return [];
  if (p.agreedPrice < on(config, 'nearReferenceMinimum', p)) return [];
  const ratio = p.agreedPrice / base;
  if (ratio < on(config, 'nearReferenceShare', p)) return [];
  return [flag('near-reference-price', 'procurement', data, p.fiscalYear, {
    procurementIds: [p.id], values: { agreedPrice: p.agreedPrice, base, baseKind: p.referencePrice ? 'reference-price' : 'budget', ratio: round(ratio) },
  })];
});

/** 2. Fewer than three bidders in a competitive method, where the data names the bidders. */
export const fewBidders: Check = (data, live, config) => live.flatMap((p) => {
  if (!p.method || !COMPETITIVE.has(p.method) || p.bidders.length === 0) return [];
  const minimum = on(config, 'minimumBidders', p);
  if (p.bidders.length >= minimum) return [];
  return [flag('few-bidders', 'procurement', data, p.fiscalYear, { procurementIds: [p.id], values: { bidders: p.bidders.length, minimum } })];
});

/** 3. The specific method used above its ceiling. */
export const specificOverCeiling: Check = (data, live, config) => live.flatMap((p) => {
  const amount = procurementAmount(p);
  if (!p.method || !SPECIFIC.has(p.method) || amount === null) return [];
  const ceiling = on(config, 'specificCeiling', p);
  if (amount <= ceiling) return [];
  return [flag('specific-over-ceiling', 'procurement', data, p.fiscalYear, { procurementIds: [p.id], values: { amount, ceiling } })];
});

interface Purchase { project: ProcurementProject; vendorId: string; value: number; date: string; grams: Set<string> }

/**
 * 4a. Possible splitting: specific purchases each under the ceiling, from one LAO to one vendor, with
 * similar names, within the window of each other, together above the ceiling. Purchases chained by
 * similarity and dates form one group, flagged once.
 */
export const possibleSplitting: Check = (data, live, config) => {
  const purchases: Purchase[] = [];
  for (const p of live) {
    const amount = procurementAmount(p);
    if (!p.method || !SPECIFIC.has(p.method) || amount === null || amount > on(config, 'specificCeiling', p)) continue;
    const vendors = [...new Set(liveContracts(p).map((c) => c.vendorId).filter((v): v is string => v !== null))];
    if (vendors.length !== 1) continue;
    purchases.push({ project: p, vendorId: vendors[0]!, value: amount, date: procurementDate(p), grams: subjectGrams(p.name) });
  }
  const flags: Flag[] = [];
  for (const group of Map.groupBy(purchases, (x) => x.vendorId).values()) {
    group.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.project.id < b.project.id ? -1 : 1));
    // Union-find over pairs that are close in time and alike in name.
    const parent = group.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    for (let i = 0; i < group.length; i++) {
      const a = group[i]!;
      const window = threshold(config, 'splittingWindowDays', a.date);
      const similarity = threshold(config, 'splittingSimilarity', a.date);
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j]!;
        if (daysBetween(a.date, b.date) > window) break;
        if (dice(a.grams, b.grams) >= similarity) parent[root(j)] = root(i);
      }
    }
    const clusters = Map.groupBy(group.map((x, i) => ({ x, i })), ({ i }) => root(i));
    for (const members of clusters.values()) {
      if (members.length < 2) continue;
      const projects = members.map(({ x }) => x);
      const total = sumBaht(projects.map((x) => x.value));
      const ceiling = threshold(config, 'specificCeiling', projects[0]!.date);
      if (total <= ceiling) continue;
      const first = projects[0]!;
      flags.push(flag('possible-splitting', 'procurement', data, first.project.fiscalYear, {
        procurementIds: projects.map((x) => x.project.id), vendorId: first.vendorId,
        values: { purchases: projects.length, total, ceiling, from: first.date, to: projects.at(-1)!.date, windowDays: threshold(config, 'splittingWindowDays', first.date) },
      }));
    }
  }
  return flags;
};

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

const byYear = (live: readonly ProcurementProject[]) => [...Map.groupBy(live, (p) => p.fiscalYear)].sort(([a], [b]) => a - b);

/** 4b. Bunching: many more specific purchases just under the ceiling than in the band below it. */
export const bunchingBelowCeiling: Check = (data, live, config) => byYear(live).flatMap(([fy, projects]) => {
  const date = yearStart(fy);
  const amounts = projects.filter((p) => p.method && SPECIFIC.has(p.method)).map(procurementAmount).filter((a): a is number => a !== null);
  const sample = threshold(config, 'bunchingMinimumSample', date);
  if (amounts.length < sample) return [];
  const ceiling = threshold(config, 'specificCeiling', date);
  const width = ceiling * threshold(config, 'bunchingBand', date);
  const inBand = amounts.filter((a) => a > ceiling - width && a <= ceiling).length;
  const below = amounts.filter((a) => a > ceiling - 2 * width && a <= ceiling - width).length;
  const ratio = threshold(config, 'bunchingRatio', date);
  // At least three in the band, so that one or two purchases never make a pattern.
  if (inBand < 3 || inBand < ratio * Math.max(1, below)) return [];
  return [flag('bunching-below-ceiling', 'lao-year', data, fy, { values: { inBand, below, bandFrom: ceiling - width, ceiling, sample: amounts.length } })];
});

/** 5. One vendor holding a large share of an LAO-year's contract value, or winning many of its contracts. */
export const vendorConcentration: Check = (data, live, config) => byYear(live).flatMap(([fy, projects]) => {
  const date = yearStart(fy);
  const contracts = projects.flatMap((p) => liveContracts(p).map((c) => ({ p, c })));
  if (contracts.length < threshold(config, 'concentrationMinimumContracts', date)) return [];
  const total = sumBaht(contracts.map(({ c }) => c.value));
  const flags: Flag[] = [];
  const byVendor = [...Map.groupBy(contracts.filter(({ c }) => c.vendorId !== null), ({ c }) => c.vendorId!)].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [vendorId, mine] of byVendor) {
    const value = sumBaht(mine.map(({ c }) => c.value));
    const ids = [...new Set(mine.map(({ p }) => p.id))];
    const shareLimit = threshold(config, 'concentrationShare', date);
    if (total > 0 && value / total > shareLimit) {
      flags.push(flag('vendor-concentration', 'vendor', data, fy, {
        procurementIds: ids, vendorId, values: { share: round(value / total), vendorValue: value, totalValue: total, limit: shareLimit, contracts: mine.length },
      }));
    }
    const wins = threshold(config, 'repeatWins', date);
    if (mine.length >= wins) {
      flags.push(flag('repeat-winner', 'vendor', data, fy, { procurementIds: ids, vendorId, values: { wins: mine.length, limit: wins, contracts: contracts.length } }));
    }
  }
  return flags;
});

/** 6. A spike of specific purchases in September, the last month of the fiscal year. */
export const yearEndRush: Check = (data, live, config) => byYear(live).flatMap(([fy, projects]) => {
  const date = yearStart(fy);
  const dates = projects.filter((p) => p.method && SPECIFIC.has(p.method))
    .map(knownDate)
    .filter((d): d is string => d !== null);
  if (dates.length < threshold(config, 'rushMinimumSample', date)) return [];
  const september = dates.filter((d) => d.slice(5, 7) === '09').length;
  const average = (dates.length - september) / 11;
  const factor = threshold(config, 'rushFactor', date);
  if (september < threshold(config, 'rushMinimumSeptember', date) || september < factor * average) return [];
  return [flag('year-end-rush', 'lao-year', data, fy, { values: { september, monthlyAverage: Math.round(average * 10) / 10, factor, sample: dates.length } })];
});

/** 7. Contract value above the agreed price or the budget (values taken from the agreed price excluded). */
export const contractAbovePrice: Check = (data, live) => live.flatMap((p) => {
  const stated = liveContracts(p).filter((c) => c.valueSource === 'contract' && c.value !== null);
  if (stated.length === 0) return [];
  const value = sumBaht(stated.map((c) => c.value));
  const aboveAgreed = p.agreedPrice !== null && value > p.agreedPrice;
  const aboveBudget = p.budget !== null && value > p.budget;
  if (!aboveAgreed && !aboveBudget) return [];
  return [flag('contract-above-price', 'procurement', data, p.fiscalYear, {
    procurementIds: [p.id],
    values: { contractValue: value, ...(p.agreedPrice !== null ? { agreedPrice: p.agreedPrice } : {}), ...(p.budget !== null ? { budget: p.budget } : {}), above: aboveAgreed && aboveBudget ? 'both' : aboveAgreed ? 'agreed-price' : 'budget' },
  })];
});

/** 8. Procurement that matches no budget line and no plan project, where the LAO published them for that year. */
export const unmatchedProcurement: Check = (data, live) => {
  const budgetYears = new Set(data.expenseLines.map((l) => l.fiscalYear));
  const planYears = new Set(data.planProjects.flatMap((p) => Object.keys(p.plannedByYear).map(Number)));
  return live.flatMap((p) => {
    if (!budgetYears.has(p.fiscalYear) && !planYears.has(p.fiscalYear)) return [];
    if (p.budgetLine || p.planProject) return [];
    return [flag('unmatched-procurement', 'procurement', data, p.fiscalYear, {
      procurementIds: [p.id], values: { budgetLines: budgetYears.has(p.fiscalYear) ? 'published' : 'none', planProjects: planYears.has(p.fiscalYear) ? 'published' : 'none' },
    })];
  });
};

/** 9. Missing or invalid data: no reference price, a missing or invalid tax id, a contract without dates. */
export const missingData: Check = (data, live, config) => live.flatMap((p) => {
  const flags: Flag[] = [];
  const amount = procurementAmount(p);
  const required = on(config, 'referencePriceRequiredAbove', p);
  if (p.referencePrice === null && amount !== null && amount > required) {
    flags.push(flag('missing-reference-price', 'procurement', data, p.fiscalYear, { procurementIds: [p.id], values: { amount, requiredAbove: required } }));
  }
  // e-GP leaves people's and shops' ids blank (they are citizen ids); a registered business has a public one.
  const badIds = liveContracts(p).filter((c) => c.taxIdStatus !== 'valid' && (c.taxIdStatus !== 'missing' || isJuristic(c.vendorName)));
  if (badIds.length) {
    flags.push(flag('invalid-tax-id', 'procurement', data, p.fiscalYear, {
      procurementIds: [p.id], values: { contracts: badIds.length, status: [...new Set(badIds.map((c) => c.taxIdStatus))].sort().join(' ') },
    }));
  }
  const undated = liveContracts(p).filter((c) => c.signedDate === null || c.endDate === null);
  if (undated.length) {
    flags.push(flag('missing-contract-dates', 'procurement', data, p.fiscalYear, {
      procurementIds: [p.id], values: { contracts: undated.length, missing: [undated.some((c) => c.signedDate === null) && 'signed', undated.some((c) => c.endDate === null) && 'end'].filter(Boolean).join(' ') },
    }));
  }
  return flags;
});

const CHECKS: readonly Check[] = [
  nearReferencePrice, fewBidders, specificOverCeiling, possibleSplitting, bunchingBelowCeiling,
  vendorConcentration, yearEndRush, contractAbovePrice, unmatchedProcurement, missingData,
];

/** Every flag of one LAO, in a stable order: by fiscal year, code, then id. */
export function computeFlags(data: LaoData, config: FlagConfig): Flag[] {
  const live = data.procurements.filter((p) => !isCancelled(p));
  return CHECKS.flatMap((check) => check(data, live, config))
    .sort((a, b) => a.fiscalYear - b.fiscalYear || (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
