import { shortDigest } from '../digest.ts';
import type { StagedContract } from '../formats/staged.ts';
import { flagsByProject } from '../flags/by-project.ts';
import type { Flag } from '../schema/flags.ts';
import type { ProcurementProject } from '../schema/procurement.ts';
import type { VendorContract, VendorContracts } from '../schema/site.ts';
import type { Vendor } from '../schema/vendor.ts';

interface VendorTally {
  taxId: string | null;
  names: Map<string, number>;
  legalForm: string;
  contracts: number;
  valueSatang: number;
  withoutValue: number;
  laoIds: Set<string>;
  years: Set<number>;
  contractList: VendorContract[];
  flags: Flag[];
}

/**
 * Identifies vendors and adds up their contracts across LAOs. A vendor is its tax id; a contract
 * without a valid id joins the vendor whose name it carries when exactly one tax id goes with that
 * name, and otherwise stands as a vendor of its own, keyed by its normalised name.
 */
export class VendorLedger {
  readonly #taxIdsByName = new Map<string, Set<string>>();
  readonly #tallies = new Map<string, VendorTally>();

  /** Learns which tax ids go with a name (call for every contract before any vendorIdOf). */
  observe(contract: Pick<StagedContract, 'taxId' | 'vendorKey'>): void {
    if (!contract.taxId || !contract.vendorKey) return;
    let ids = this.#taxIdsByName.get(contract.vendorKey);
    if (!ids) this.#taxIdsByName.set(contract.vendorKey, (ids = new Set()));
    if (ids.size < 2) ids.add(contract.taxId);
  }

  vendorIdOf(contract: Pick<StagedContract, 'taxId' | 'vendorKey'>): string | null {
    if (contract.taxId) return contract.taxId;
    if (!contract.vendorKey) return null;
    const ids = this.#taxIdsByName.get(contract.vendorKey);
    if (ids?.size === 1) return [...ids][0]!;
    return `n-${shortDigest(contract.vendorKey)}`;
  }

  /** Adds the contracts of one LAO's procurement projects, and the red flags on them and on their vendors. */
  record(procurements: readonly ProcurementProject[], legalFormOf: (name: string) => string, flags: readonly Flag[] = []): void {
    const projectFlags = flagsByProject(flags);
    for (const project of procurements) {
      for (const contract of project.contracts) {
        if (!contract.vendorId) continue;
        let tally = this.#tallies.get(contract.vendorId);
        if (!tally) {
          tally = {
            taxId: /^\d{13}$/.test(contract.vendorId) ? contract.vendorId : null, names: new Map(),
            legalForm: contract.vendorName ? legalFormOf(contract.vendorName) : 'other',
            contracts: 0, valueSatang: 0, withoutValue: 0, laoIds: new Set(), years: new Set(), contractList: [], flags: [],
          };
          this.#tallies.set(contract.vendorId, tally);
        }
        if (contract.vendorName) tally.names.set(contract.vendorName, (tally.names.get(contract.vendorName) ?? 0) + 1);
        tally.contracts++;
        if (contract.value === null) tally.withoutValue++;
        else tally.valueSatang += Math.round(contract.value * 100);
        tally.laoIds.add(project.laoId);
        tally.years.add(project.fiscalYear);
        tally.contractList.push({
          laoId: project.laoId, procurementId: project.id, procurementSourceId: project.sourceId, procurementName: project.name, fiscalYear: project.fiscalYear,
          method: project.method, number: contract.number, signedDate: contract.signedDate, value: contract.value,
          flags: [...new Set((projectFlags.get(project.id) ?? []).map((f) => f.code))].sort(),
        });
      }
    }
    for (const flag of flags) {
      if (flag.vendorId) this.#tallies.get(flag.vendorId)?.flags.push(flag);
    }
  }

  /** Each vendor's contracts, oldest first, vendors sorted by id. */
  contracts(): VendorContracts[] {
    // An undated contract goes at the end of its fiscal year (30 September).
    const when = (c: VendorContract) => c.signedDate ?? `${c.fiscalYear - 543}-09-30~`;
    return this.#sorted().map(([vendorId, t]) => ({
      vendorId,
      contracts: [...t.contractList].sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0)),
      flags: t.flags,
    }));
  }

  #sorted(): [string, VendorTally][] {
    return [...this.#tallies.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Every vendor, sorted by id. */
  vendors(): Vendor[] {
    return this.#sorted()
      .map(([id, t]) => {
        const names = [...t.names.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
        return {
          id, taxId: t.taxId, name: names[0] ?? id, otherNames: names.slice(1).sort(), legalForm: t.legalForm,
          contracts: t.contracts, contractValue: t.valueSatang / 100, contractsWithoutValue: t.withoutValue,
          laoIds: [...t.laoIds].sort(), fiscalYears: [...t.years].sort(),
        };
      });
  }
}
