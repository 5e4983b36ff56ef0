import type { Adapter } from './adapter.ts';
import { budgetExpense, budgetTotals, paoBudgetExpense, paoBudgetRevenue, revenue } from './budget.ts';
import { egpContract } from './egp-contract.ts';
import { organisations } from './organisations.ts';
import { planIndicators, planProjects } from './plan.ts';
import { procurement } from './procurement.ts';
import { skr1 } from './skr1.ts';
import { bindHeader, type HeaderBinding } from './spec.ts';

/** Every format Prongsai reads, organisations first (other files are resolved against them). */
export const ADAPTERS: readonly Adapter[] = [
  organisations, planProjects, planIndicators, budgetExpense, revenue, budgetTotals,
  paoBudgetExpense, paoBudgetRevenue, procurement, egpContract, skr1,
];

export interface Detection {
  adapter: Adapter;
  binding: HeaderBinding;
  /** 0-based line of the header row among the file's records. */
  headerIndex: number;
}

/**
 * Recognises a file by its header row: the format whose required columns are all present and which
 * explains the most header cells. Formats with a preamble are tried on each of their first lines.
 */
export function detectFormat(firstRecords: readonly (readonly string[])[]): Detection | null {
  let best: Detection | null = null;
  for (const adapter of ADAPTERS) {
    const lines = adapter.spec.preambleLines ?? 0;
    for (let i = 0; i <= lines && i < firstRecords.length; i++) {
      const binding = bindHeader(adapter.spec, firstRecords[i]!);
      if (binding.complete && (!best || binding.score > best.binding.score)) best = { adapter, binding, headerIndex: i };
    }
  }
  return best;
}
