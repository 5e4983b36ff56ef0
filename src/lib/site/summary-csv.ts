// CSV of exactly the rows a summary table or chart shows (for a chart, its table alternative): one
// function per table, over the same view the page draws from.
import { toCsv } from '../io/csv-write.ts';
import type { BudgetPhase } from '../schema/budget.ts';
import { treeTable } from '../charts/tree-table.ts';
import type { AmountTree } from './expense-view.ts';
import type { PlanStatsRow } from './plan-stats.ts';
import type { ContractRow, MethodShare, VendorShare } from './procurement-view.ts';
import type { ComparisonRow } from './province-view.ts';

/** The treemap's table: every ด้าน, แผนงาน and งบ with its amount and share, one row per table row. */
export function treeCsv(tree: AmountTree): string {
  const { rows } = treeTable(tree);
  return toCsv(['level', 'side', 'program', 'budget_group', 'amount', 'share'], rows.map((r) => {
    const path = [...r.ancestors, r.name];
    return [r.depth, path[0] ?? null, path[1] ?? null, path[2] ?? null, r.value, r.share === null ? null : Math.round(r.share * 10_000) / 10_000];
  }));
}

/** A label and an amount per row (budget groups, revenue sources). */
export function amountsCsv(labelColumn: string, rows: readonly { label: string; value: number }[]): string {
  return toCsv([labelColumn, 'amount'], rows.map((r) => [r.label, r.value]));
}

/** แผนงาน by budget phase. */
export function phasesCsv(table: { phases: BudgetPhase[]; rows: { name: string; amounts: (number | null)[] }[] }): string {
  return toCsv(['program', ...table.phases], table.rows.map((r) => [r.name, ...r.amounts]));
}

export function methodsCsv(mix: readonly MethodShare[]): string {
  return toCsv(['method', 'method_label', 'projects', 'contracts', 'contract_value'], mix.map((m) => [m.method, m.label, m.projects, m.contracts, m.value]));
}

export function largestContractsCsv(rows: readonly ContractRow[]): string {
  return toCsv(['procurement_id', 'name', 'contract_number', 'vendor_id', 'vendor_name', 'signed_date', 'contract_value'],
    rows.map(({ project, contract }) => [project.id, project.name, contract.number, contract.vendorId, contract.vendorName, contract.signedDate, contract.value]));
}

export function topVendorsCsv(rows: readonly VendorShare[]): string {
  return toCsv(['vendor_id', 'name', 'contracts', 'contract_value'], rows.map((v) => [v.vendorId, v.name, v.contracts, v.value]));
}

/** Plan projects per year or per strategy, and how far their money trails reached. */
export function planStatsCsv(keyColumn: string, rows: readonly PlanStatsRow[]): string {
  return toCsv([keyColumn, 'projects', 'planned_amount', 'budgeted', 'procured', 'contracted'],
    rows.map((r) => [r.key, r.projects, r.planned, r.budgeted, r.procured, r.contracted]));
}

/** A province's comparison table, in the page's order. */
export function comparisonCsv(fiscalYear: number, rows: readonly ComparisonRow[]): string {
  const round = (n: number | null, digits: number) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);
  return toCsv(['fiscal_year', 'lao_id', 'lao_name', 'district', 'expense', 'expense_per_capita', 'own_revenue_share', 'contract_value', 'specific_share', 'completeness'],
    rows.map((r) => [fiscalYear, r.lao.id, r.lao.name, r.lao.district, r.expense, round(r.perCapita, 2), round(r.ownRevenueShare, 4), r.contractValue, round(r.specificShare, 4), round(r.completeness, 4)]));
}
