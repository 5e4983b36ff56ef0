import type { Adapter } from './adapter.ts';
import { budgetExpense, budgetTotals, paoBudgetExpense, paoBudgetRevenue, revenue } from './budget.ts';
import { egpContract } from './egp-contract.ts';
import { organisations } from './organisations.ts';
import { planIndicators, planProjects } from './plan.ts';
import { procurement } from './procurement.ts';
import { prongsaiBudgetLines, prongsaiContracts, prongsaiPlanIndicators, prongsaiPlanProjects, prongsaiProcurement } from './prongsai.ts';
import { skr1 } from './skr1.ts';
import { bindHeader, type HeaderBinding } from './spec.ts';

/** Every format Prongsai reads, organisations first (other files are resolved against them). */
export const ADAPTERS: readonly Adapter[] = [
  organisations, planProjects, planIndicators, budgetExpense, revenue, budgetTotals,
  paoBudgetExpense, paoBudgetRevenue, procurement, egpContract, skr1,
  prongsaiPlanProjects, prongsaiPlanIndicators, prongsaiBudgetLines, prongsaiProcurement, prongsaiContracts,
];

export interface Detection {
  adapter: Adapter;
  binding: HeaderBinding;
  /** 0-based line of the header row among the file's records. */
  headerIndex: number;
}

/** True when binding `a` describes a header better than `b`: more cells explained, then a larger share of its columns. */
export function betterBinding(a: HeaderBinding, b: HeaderBinding): boolean {
  return a.explained !== b.explained ? a.explained > b.explained : a.score > b.score;
}

/**
 * Recognises a file by its header row: of the formats whose required columns are all present, the
 * one that explains the most header cells; on a tie, the one whose columns are most fully present
 * (so the 8-column อบจ. summary wins its own layout, and a detailed budget file with LAO names stays
 * canonical). Formats with a preamble are tried on each of their first lines.
 */
export function detectFormat(firstRecords: readonly (readonly string[])[]): Detection | null {
  let best: Detection | null = null;
  for (const adapter of ADAPTERS) {
    const lines = adapter.spec.preambleLines ?? 0;
    for (let i = 0; i <= lines && i < firstRecords.length; i++) {
      const binding = bindHeader(adapter.spec, firstRecords[i]!);
      if (binding.complete && (!best || betterBinding(binding, best.binding))) best = { adapter, binding, headerIndex: i };
    }
  }
  return best;
}
