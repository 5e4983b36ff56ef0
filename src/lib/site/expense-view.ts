// Shapes an LAO-year's budget lines for the page: the ด้าน → แผนงาน → งบ tree, revenue by source, phases.
import { BUDGET_GROUPS, PROGRAMS, REVENUE_TYPES, SIDES, type Category } from '../budget/chart-of-accounts.ts';
import { sumBaht } from '../parse/amount.ts';
import type { BudgetPhase, ExpenseLine, RevenueLine } from '../schema/budget.ts';
import type { LaoYearTotals } from '../schema/site.ts';
import type { Lang } from './i18n.ts';

/**
 * Lines of the phase an LAO-year's headline and charts show (each year has one expense phase and one
 * revenue phase chosen at import): the page, its CSVs and the search index all show these.
 */
export function inShownPhase(years: Readonly<Record<string, LaoYearTotals>>, side: 'expense' | 'revenue') {
  return (line: { fiscalYear: number; phase: BudgetPhase }): boolean => {
    const year = years[String(line.fiscalYear)];
    return line.phase === (side === 'expense' ? year?.expensePhase : year?.revenuePhase);
  };
}

export interface AmountTree {
  name: string;
  value?: number;
  children?: AmountTree[];
}

export const PHASE_ORDER: readonly BudgetPhase[] = ['proposed', 'approved', 'revised', 'spent'];

function label(list: readonly Category[], key: string | null, published: string | null, lang: Lang, unnamed: string): string {
  const category = key ? list.find((c) => c.key === key) : undefined;
  return category ? category[lang] : (published ?? unnamed);
}

function rank(list: readonly Category[], key: string | null): number {
  const i = key ? list.findIndex((c) => c.key === key) : -1;
  return i < 0 ? list.length : i;
}

interface Level<T> {
  key: (item: T) => string | null;
  published: (item: T) => string | null;
  list: readonly Category[];
}

function group<T extends { amount: number }>(items: readonly T[], levels: readonly Level<T>[], lang: Lang, unnamed: string): AmountTree[] {
  const [level, ...rest] = levels;
  if (!level) return [];
  const groups = new Map<string, { name: string; order: number; items: T[] }>();
  for (const item of items) {
    const key = level.key(item);
    const name = label(level.list, key, level.published(item), lang, unnamed);
    const id = key ?? `name:${name}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { name, order: rank(level.list, key), items: [] }));
    g.items.push(item);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((g) => (rest.length
      ? { name: g.name, children: group(g.items, rest, lang, unnamed) }
      : { name: g.name, value: sumBaht(g.items.map((i) => i.amount)) }));
}

/** The expense lines of one phase as ด้าน → แผนงาน → งบ, in the order of the chart of accounts. */
export function expenseTree(lines: readonly ExpenseLine[], lang: Lang, rootName: string, unnamed: string): AmountTree {
  return {
    name: rootName,
    children: group(lines, [
      { key: (l) => l.sideKey ?? (l.programKey ? PROGRAMS.find((p) => p.key === l.programKey)?.parent ?? null : null), published: (l) => l.side, list: SIDES },
      { key: (l) => l.programKey, published: (l) => l.program, list: PROGRAMS },
      { key: (l) => l.budgetGroupKey, published: (l) => l.budgetGroup, list: BUDGET_GROUPS },
    ], lang, unnamed),
  };
}

/** The sum of a tree's leaves. */
export function treeTotal(node: AmountTree): number {
  return node.children ? sumBaht(node.children.map(treeTotal)) : (node.value ?? 0);
}

/** The largest first-level branch (the ด้าน that spends most) with its total. */
export function largestBranch(tree: AmountTree): { name: string; value: number } | null {
  const branches = (tree.children ?? []).map((n) => ({ name: n.name, value: treeTotal(n) }));
  return branches.sort((a, b) => b.value - a.value)[0] ?? null;
}

/** Revenue of one phase by source (own-source, shared taxes, grants, and any other type as published). */
export function revenueBySource(lines: readonly RevenueLine[], lang: Lang, unnamed: string): { label: string; value: number }[] {
  return group(lines, [{ key: (l) => l.revenueTypeKey, published: (l) => l.revenueType, list: REVENUE_TYPES }], lang, unnamed)
    .map((n) => ({ label: n.name, value: n.value ?? 0 }));
}

/** Expense of one phase by งบ (personnel, operations, investment, ...), in the chart-of-accounts order. */
export function expenseByBudgetGroup(lines: readonly ExpenseLine[], lang: Lang, unnamed: string): { label: string; value: number }[] {
  return group(lines, [{ key: (l) => l.budgetGroupKey, published: (l) => l.budgetGroup, list: BUDGET_GROUPS }], lang, unnamed)
    .map((n) => ({ label: n.name, value: n.value ?? 0 }));
}

/** Phases present in the lines, in budget order. */
export function phasesOf(lines: readonly { phase: BudgetPhase }[]): BudgetPhase[] {
  return PHASE_ORDER.filter((p) => lines.some((l) => l.phase === p));
}

/** Expense per แผนงาน and phase: one row per programme, one amount (or null) per phase. */
export function programsByPhase(lines: readonly ExpenseLine[], lang: Lang, unnamed: string): { phases: BudgetPhase[]; rows: { name: string; amounts: (number | null)[] }[] } {
  const phases = phasesOf(lines);
  const perPhase = phases.map((phase) => group(lines.filter((l) => l.phase === phase), [
    { key: (l) => l.programKey, published: (l) => l.program ?? l.side, list: PROGRAMS },
  ], lang, unnamed));
  const names: string[] = [];
  for (const list of perPhase) for (const n of list) if (!names.includes(n.name)) names.push(n.name);
  return {
    phases,
    rows: names.map((name) => ({ name, amounts: perPhase.map((list) => list.find((n) => n.name === name)?.value ?? null) })),
  };
}
