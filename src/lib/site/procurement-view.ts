// Summaries of one LAO-year's procurement: method mix, largest contracts, top vendors.
import { METHOD_NAMES } from '../procurement/methods.ts';
import { sumBaht } from '../parse/amount.ts';
import type { Contract, ProcurementMethod, ProcurementProject } from '../schema/procurement.ts';
import type { Lang } from './i18n.ts';

export interface MethodShare {
  method: ProcurementMethod | null;
  label: string;
  projects: number;
  contracts: number;
  value: number;
}

/** Procurement by method: projects, contracts and contract value, largest value first. */
export function methodMix(projects: readonly ProcurementProject[], lang: Lang, unknown: string): MethodShare[] {
  const byMethod = new Map<ProcurementMethod | null, ProcurementProject[]>();
  for (const p of projects) byMethod.set(p.method, [...(byMethod.get(p.method) ?? []), p]);
  return [...byMethod.entries()]
    .map(([method, list]) => ({
      method,
      label: method ? METHOD_NAMES[method][lang] : unknown,
      projects: list.length,
      contracts: list.reduce((n, p) => n + p.contracts.length, 0),
      value: sumBaht(list.flatMap((p) => p.contracts.map((c) => c.value))),
    }))
    .sort((a, b) => b.value - a.value || b.projects - a.projects || a.label.localeCompare(b.label));
}

/** The vendors of some contracts, each once, in order of first appearance: [vendor id, name as published]. */
export function contractVendors(contracts: readonly Contract[]): [string, string][] {
  const vendors = new Map<string, string>();
  for (const c of contracts) if (c.vendorId && !vendors.has(c.vendorId)) vendors.set(c.vendorId, c.vendorName ?? c.vendorId);
  return [...vendors.entries()];
}

export interface ContractRow {
  project: ProcurementProject;
  contract: Contract;
}

/** The largest contracts by value (ties by project id, so the order is stable). */
export function largestContracts(projects: readonly ProcurementProject[], count: number): ContractRow[] {
  return projects
    .flatMap((project) => project.contracts.filter((c) => c.value !== null).map((contract) => ({ project, contract })))
    .sort((a, b) => b.contract.value! - a.contract.value! || (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0))
    .slice(0, count);
}

export interface VendorShare {
  vendorId: string;
  name: string;
  contracts: number;
  value: number;
}

/** Vendors by total contract value in these projects, largest first. */
export function topVendors(projects: readonly ProcurementProject[], count: number): VendorShare[] {
  const byVendor = new Map<string, { name: string; values: (number | null)[] }>();
  for (const p of projects) {
    for (const c of p.contracts) {
      if (!c.vendorId) continue;
      let v = byVendor.get(c.vendorId);
      if (!v) byVendor.set(c.vendorId, (v = { name: c.vendorName ?? c.vendorId, values: [] }));
      v.values.push(c.value);
    }
  }
  return [...byVendor.entries()]
    .map(([vendorId, v]) => ({ vendorId, name: v.name, contracts: v.values.length, value: sumBaht(v.values) }))
    .sort((a, b) => b.value - a.value || b.contracts - a.contracts || (a.vendorId < b.vendorId ? -1 : 1))
    .slice(0, count);
}
