// What the search index holds: one record per LAO, plan project, budget line, procurement project,
// vendor and explainer, each with the URL of its page or row, words to match (Thai cut into words,
// see thai-words.ts), what a result shows (meta), and filters and sort keys.
import { bareVendorName } from '../parse/vendor-name.ts';
import { sumBaht } from '../parse/amount.ts';
import type { LaoData, LaoSummary } from '../schema/site.ts';
import type { Vendor } from '../schema/vendor.ts';
import { budgetLineAnchor, laoYearPath, planProjectPath, procurementPath } from '../site/anchors.ts';
import { inShownPhase } from '../site/expense-view.ts';
import { budgetLineName } from '../site/labels.ts';
import { flagsByProject } from '../flags/by-project.ts';
import { indexText } from './thai-words.ts';

export const RECORD_KINDS = ['lao', 'plan', 'budget', 'procurement', 'vendor', 'explainer'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface SearchRecord {
  /** Site path (Thai); the English search page puts /en in front. */
  url: string;
  /** The words to match, already cut. */
  content: string;
  meta: {
    title: string;
    kind: RecordKind;
    /** Plain decimal baht, when the record has an amount. */
    amount?: string;
    lao?: string;
    year?: string;
    /** Red flags on the record, when it has any. */
    flags?: string;
  };
  /** `flagged: ['yes']` marks records with red flags (the "only flagged" filter). */
  filters: { kind: string[]; province?: string[]; type?: string[]; year?: string[]; flagged?: string[] };
  sort: { amount?: string; date?: string };
}

/** A sort key that orders as text the way the numbers order (Pagefind sorts strings). */
export function amountSortKey(amount: number): string {
  return Math.round(amount * 100).toString().padStart(16, '0');
}

function placeFilters(lao: LaoSummary | LaoData['lao']): Pick<SearchRecord['filters'], 'province' | 'type'> {
  return { province: [lao.province], ...(lao.type ? { type: [lao.type] } : {}) };
}

function money(amount: number | null | undefined): Pick<SearchRecord['meta'], 'amount'> {
  return amount === null || amount === undefined ? {} : { amount: String(Math.round(amount * 100) / 100) };
}

export function laoRecord(lao: LaoSummary): SearchRecord {
  const latest = lao.fiscalYears.at(-1);
  const expense = latest ? lao.years[String(latest)]?.expenseTotal : null;
  return {
    url: lao.url,
    content: indexText([lao.name, lao.code, lao.district, lao.province].filter(Boolean).join(' ')),
    meta: { title: lao.name, kind: 'lao', lao: lao.province, ...money(expense), ...(latest ? { year: String(latest) } : {}) },
    filters: { kind: ['lao'], ...placeFilters(lao), year: lao.fiscalYears.map(String) },
    sort: expense ? { amount: amountSortKey(expense) } : {},
  };
}

/** Records of one LAO's rows: plan projects, budget lines and procurement projects. */
export function laoRowRecords(data: LaoData): SearchRecord[] {
  const { lao } = data;
  const place = placeFilters(lao);
  const plans = data.planProjects.map((p): SearchRecord => {
    const planned = sumBaht(Object.values(p.plannedByYear));
    const years = Object.keys(p.plannedByYear).sort();
    return {
      url: planProjectPath(p),
      content: indexText([p.name, p.location, p.strategy, p.program, p.target, lao.name].filter(Boolean).join(' ')),
      meta: { title: p.name, kind: 'plan', lao: lao.name, ...money(planned), ...(years.length ? { year: years.length > 1 ? `${years[0]}–${years.at(-1)}` : years[0]! } : {}) },
      filters: { kind: ['plan'], ...place, year: years },
      sort: { amount: amountSortKey(planned) },
    };
  });
  // The lines of the phase each LAO-year page shows (the others would be the same items again).
  const shown = data.expenseLines.filter(inShownPhase(data.years, 'expense'));
  const budget = shown.map((l): SearchRecord => ({
    url: `${laoYearPath(lao.id, l.fiscalYear)}#${budgetLineAnchor(l)}`,
    content: indexText([budgetLineName(l), l.expenseType, l.category, l.task, l.program, lao.name].filter(Boolean).join(' ')),
    meta: { title: budgetLineName(l), kind: 'budget', lao: lao.name, year: String(l.fiscalYear), ...money(l.amount) },
    filters: { kind: ['budget'], ...place, year: [String(l.fiscalYear)] },
    sort: { amount: amountSortKey(l.amount) },
  }));
  const flagsOf = flagsByProject(data.flags);
  const procurement = data.procurements.map((p): SearchRecord => {
    const flags = flagsOf.get(p.id)?.length ?? 0;
    const vendors = p.contracts.flatMap((c) => (c.vendorName ? [c.vendorName, bareVendorName(c.vendorName)] : []));
    const value = sumBaht(p.contracts.map((c) => c.value)) || p.agreedPrice || p.budget;
    const date = p.announcedDate ?? p.contracts.map((c) => c.signedDate).find(Boolean) ?? null;
    return {
      url: procurementPath(p),
      content: indexText([p.name, p.sourceId, ...vendors, ...p.contracts.map((c) => c.taxId), ...p.contracts.map((c) => c.number), p.subdistrict, p.district, lao.name].filter(Boolean).join(' ')),
      meta: { title: p.name, kind: 'procurement', lao: lao.name, year: String(p.fiscalYear), ...money(value), ...(flags ? { flags: String(flags) } : {}) },
      filters: { kind: ['procurement'], ...place, year: [String(p.fiscalYear)], ...(flags ? { flagged: ['yes'] } : {}) },
      sort: { ...(value ? { amount: amountSortKey(value) } : {}), ...(date ? { date } : {}) },
    };
  });
  return [...plans, ...budget, ...procurement];
}

/** A vendor, filed under the provinces (of the LAOs it has contracts with) that the area at hand covers. */
export function vendorRecord(vendor: Vendor, provinces: readonly string[] = []): SearchRecord {
  const names = [vendor.name, ...vendor.otherNames];
  return {
    url: `/vendor/${vendor.id}/`,
    content: indexText([...names, ...names.map(bareVendorName), vendor.taxId].filter(Boolean).join(' ')),
    meta: { title: vendor.name, kind: 'vendor', ...money(vendor.contractValue), ...(vendor.fiscalYears.length ? { year: vendor.fiscalYears.join(', ') } : {}) },
    filters: { kind: ['vendor'], ...(provinces.length ? { province: [...provinces] } : {}), year: vendor.fiscalYears.map(String) },
    sort: { amount: amountSortKey(vendor.contractValue) },
  };
}

export function explainerRecord(slug: string, title: string, body: string): SearchRecord {
  return {
    url: `/explain/${slug}/`,
    content: indexText(`${title} ${body}`),
    meta: { title, kind: 'explainer' },
    filters: { kind: ['explainer'] },
    sort: {},
  };
}
