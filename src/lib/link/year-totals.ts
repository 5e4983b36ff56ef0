import { PROGRAMS, findCategory } from '../budget/chart-of-accounts.ts';
import { sumBaht } from '../parse/amount.ts';
import type { BudgetPhase, BudgetTotal, ExpenseLine, RevenueLine } from '../schema/budget.ts';
import type { PlanProject } from '../schema/plan.ts';
import type { ProcurementProject } from '../schema/procurement.ts';
import type { LaoYearTotals } from '../schema/site.ts';

/** Which phase stands for "the budget" of a year: the approved one when published. */
export const HEADLINE_PHASES: readonly BudgetPhase[] = ['approved', 'revised', 'proposed', 'spent'];

function headlinePhase(lines: readonly { phase: BudgetPhase }[]): BudgetPhase | null {
  return HEADLINE_PHASES.find((phase) => lines.some((l) => l.phase === phase)) ?? null;
}

function byProgram(lines: readonly ExpenseLine[]): LaoYearTotals['expenseByProgram'] {
  const groups = new Map<string, { key: string | null; name: string; amounts: number[] }>();
  for (const line of lines) {
    const category = line.programKey ? findCategory(PROGRAMS, line.program) : null;
    const name = category?.th ?? line.program ?? line.side ?? 'ไม่ระบุแผนงาน';
    const id = line.programKey ?? `name:${name}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { key: line.programKey, name, amounts: [] }));
    group.amounts.push(line.amount);
  }
  const order = (key: string | null) => (key ? PROGRAMS.findIndex((p) => p.key === key) : PROGRAMS.length);
  return [...groups.values()]
    .map((g) => ({ key: g.key, name: g.name, amount: sumBaht(g.amounts) }))
    .sort((a, b) => order(a.key) - order(b.key) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Totals per fiscal year of one LAO; a year appears when any record falls in it. */
export function yearTotals(records: {
  planProjects: readonly PlanProject[];
  expenseLines: readonly ExpenseLine[];
  revenueLines: readonly RevenueLine[];
  budgetTotals: readonly BudgetTotal[];
  procurements: readonly ProcurementProject[];
}): Record<string, LaoYearTotals> {
  const years = new Set<number>();
  for (const l of records.expenseLines) years.add(l.fiscalYear);
  for (const l of records.revenueLines) years.add(l.fiscalYear);
  for (const t of records.budgetTotals) years.add(t.fiscalYear);
  for (const p of records.procurements) years.add(p.fiscalYear);
  const out: Record<string, LaoYearTotals> = {};
  for (const year of [...years].sort()) {
    const expense = records.expenseLines.filter((l) => l.fiscalYear === year);
    const expensePhase = headlinePhase(expense);
    const headlineExpense = expense.filter((l) => l.phase === expensePhase);
    const revenue = records.revenueLines.filter((l) => l.fiscalYear === year);
    const revenuePhase = headlinePhase(revenue);
    const headlineRevenue = revenue.filter((l) => l.phase === revenuePhase);
    const total = records.budgetTotals.find((t) => t.fiscalYear === year);
    const procurements = records.procurements.filter((p) => p.fiscalYear === year);
    const contracts = procurements.flatMap((p) => p.contracts);
    const planned = records.planProjects.filter((p) => String(year) in p.plannedByYear);
    out[String(year)] = {
      expenseTotal: expensePhase ? sumBaht(headlineExpense.map((l) => l.amount)) : null,
      expensePhase,
      expenseByProgram: byProgram(headlineExpense),
      publishedExpenseTotal: total?.totalExpense ?? null,
      revenueTotal: revenuePhase ? sumBaht(headlineRevenue.map((l) => l.amount)) : null,
      revenuePhase,
      ownRevenueTotal: headlineRevenue.some((l) => l.revenueTypeKey)
        ? sumBaht(headlineRevenue.filter((l) => l.revenueTypeKey === 'own-source').map((l) => l.amount))
        : null,
      population: total?.population ?? null,
      procurementProjects: procurements.length,
      contracts: contracts.length,
      contractValue: sumBaht(contracts.map((c) => c.value)),
      contractsWithoutValue: contracts.filter((c) => c.value === null).length,
      specificContracts: procurements.filter((p) => p.method === 'specific').reduce((n, p) => n + p.contracts.length, 0),
      contractsWithTaxId: contracts.filter((c) => c.taxIdStatus === 'valid').length,
      procurementsWithBudgetLine: procurements.filter((p) => p.budgetLine).length,
      planProjects: planned.length,
      plannedAmount: sumBaht(planned.map((p) => p.plannedByYear[String(year)])),
      flags: {},
    };
  }
  return out;
}
