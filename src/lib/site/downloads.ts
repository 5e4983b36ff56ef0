// The rows behind each page's download links, as CSV tables (header + rows). One function per table,
// named after the file it fills: years.csv, expense.csv, revenue.csv, procurement.csv, plan.csv, contracts.csv.
import { toCsv } from '../io/csv-write.ts';
import { sumBaht } from '../parse/amount.ts';
import type { ExpenseLine, RevenueLine } from '../schema/budget.ts';
import type { ProcurementProject } from '../schema/procurement.ts';
import type { LaoYearTotals, VendorContract } from '../schema/site.ts';
import type { MoneyTrail } from './money-trail.ts';

type Cell = string | number | null;

/** The fiscal years a five-year chart shows: the last five up to `upTo` (all years when absent). */
export function fiveYearsUpTo(years: Record<string, unknown>, upTo = Infinity): string[] {
  return Object.keys(years).filter((fy) => Number(fy) <= upTo).sort((a, b) => Number(a) - Number(b)).slice(-5);
}

/** An LAO's totals, one row per fiscal year (all years, or the five-year chart's). */
export function yearsCsv(laoId: string, years: Record<string, LaoYearTotals>): string {
  return toCsv(
    ['lao_id', 'fiscal_year', 'expense_total', 'expense_phase', 'published_expense_total', 'revenue_total', 'revenue_phase', 'own_revenue_total',
      'population', 'procurement_projects', 'contracts', 'contract_value', 'contracts_without_value', 'specific_contracts', 'plan_projects', 'planned_amount'],
    Object.entries(years).sort(([a], [b]) => Number(a) - Number(b)).map(([fy, y]): Cell[] => [laoId, Number(fy), y.expenseTotal, y.expensePhase, y.publishedExpenseTotal,
      y.revenueTotal, y.revenuePhase, y.ownRevenueTotal, y.population, y.procurementProjects, y.contracts, y.contractValue, y.contractsWithoutValue,
      y.specificContracts, y.planProjects, y.plannedAmount]),
  );
}

export function expenseCsv(lines: readonly ExpenseLine[]): string {
  return toCsv(
    ['id', 'lao_id', 'fiscal_year', 'phase', 'side', 'program', 'task', 'budget_group', 'category', 'expense_type', 'item', 'amount', 'plan_project_id', 'plan_link', 'plan_link_confidence', 'source_file', 'source_row'],
    lines.map((l): Cell[] => [l.id, l.laoId, l.fiscalYear, l.phase, l.side, l.program, l.task, l.budgetGroup, l.category, l.expenseType, l.item, l.amount,
      l.planProject?.id ?? null, l.planProject?.method ?? null, l.planProject?.confidence ?? null, l.source.file, l.source.row]),
  );
}

export function revenueCsv(lines: readonly RevenueLine[]): string {
  return toCsv(
    ['id', 'lao_id', 'fiscal_year', 'phase', 'revenue_type', 'category', 'item', 'amount', 'source_file', 'source_row'],
    lines.map((l): Cell[] => [l.id, l.laoId, l.fiscalYear, l.phase, l.revenueType, l.category, l.item, l.amount, l.source.file, l.source.row]),
  );
}

/** One row per contract; a project without contracts has one row with the contract columns empty. */
export function procurementCsv(projects: readonly ProcurementProject[]): string {
  return toCsv(
    ['procurement_id', 'lao_id', 'fiscal_year', 'name', 'method', 'method_text', 'announced_date', 'budget', 'reference_price', 'agreed_price', 'status',
      'contract_number', 'vendor_id', 'vendor_name', 'tax_id', 'signed_date', 'end_date', 'contract_value', 'contract_value_source',
      'budget_line_id', 'budget_line_link', 'plan_project_id', 'plan_link', 'source_file', 'source_row'],
    projects.flatMap((p) => {
      const project: Cell[] = [p.id, p.laoId, p.fiscalYear, p.name, p.method, p.methodText, p.announcedDate, p.budget, p.referencePrice, p.agreedPrice, p.status];
      const links: Cell[] = [p.budgetLine?.id ?? null, p.budgetLine?.method ?? null, p.planProject?.id ?? null, p.planProject?.method ?? null];
      if (p.contracts.length === 0) return [[...project, null, null, null, null, null, null, null, null, ...links, p.source.file, p.source.row]];
      return p.contracts.map((c): Cell[] => [...project, c.number, c.vendorId, c.vendorName, c.taxId, c.signedDate, c.endDate, c.value, c.valueSource, ...links, c.source.file, c.source.row]);
    }),
  );
}

/** One row per plan project, with how far its money trail reached. */
export function planCsv(trails: readonly MoneyTrail[]): string {
  const years = [...new Set(trails.flatMap((tr) => Object.keys(tr.plan.plannedByYear)))].sort();
  return toCsv(
    ['id', 'lao_id', 'plan_period', 'strategy', 'program', 'name', 'location', ...years.map((y) => `planned_${y}`), 'budget_line_ids', 'procurement_ids', 'contracts', 'contract_value', 'source_file', 'source_row'],
    trails.map(({ plan, budgetLines, procurements }): Cell[] => {
      const contracts = procurements.flatMap((s) => s.record.contracts);
      return [plan.id, plan.laoId, plan.planPeriod, plan.strategy, plan.program, plan.name, plan.location,
        ...years.map((y) => plan.plannedByYear[y] ?? null),
        budgetLines.map((s) => s.record.id).join(' '), procurements.map((s) => s.record.id).join(' '), contracts.length,
        sumBaht(contracts.map((c) => c.value)), plan.source.file, plan.source.row];
    }),
  );
}

export function vendorContractsCsv(vendorId: string, contracts: readonly VendorContract[]): string {
  return toCsv(
    ['vendor_id', 'lao_id', 'procurement_id', 'procurement_name', 'fiscal_year', 'method', 'contract_number', 'signed_date', 'value'],
    contracts.map((c): Cell[] => [vendorId, c.laoId, c.procurementId, c.procurementName, c.fiscalYear, c.method, c.number, c.signedDate, c.value]),
  );
}
