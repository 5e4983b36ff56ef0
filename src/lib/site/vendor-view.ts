// A vendor's contracts summed by fiscal year, by LAO and by method.
import { sumBaht } from '../parse/amount.ts';
import type { VendorContract } from '../schema/site.ts';

export interface VendorGroup<K> {
  key: K;
  contracts: number;
  value: number;
}

function groupBy<K>(contracts: readonly VendorContract[], keyOf: (c: VendorContract) => K): VendorGroup<K>[] {
  const groups = new Map<K, VendorContract[]>();
  for (const c of contracts) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  return [...groups.entries()].map(([key, list]) => ({ key, contracts: list.length, value: sumBaht(list.map((c) => c.value)) }));
}

/** Per fiscal year, oldest first. */
export function byFiscalYear(contracts: readonly VendorContract[]): VendorGroup<number>[] {
  return groupBy(contracts, (c) => c.fiscalYear).sort((a, b) => a.key - b.key);
}

/** Per LAO, largest value first. */
export function byLao(contracts: readonly VendorContract[]): VendorGroup<string>[] {
  return groupBy(contracts, (c) => c.laoId).sort((a, b) => b.value - a.value || b.contracts - a.contracts || (a.key < b.key ? -1 : 1));
}

/** Per method, most contracts first. */
export function byMethod(contracts: readonly VendorContract[]): VendorGroup<VendorContract['method']>[] {
  return groupBy(contracts, (c) => c.method).sort((a, b) => b.contracts - a.contracts || b.value - a.value);
}
