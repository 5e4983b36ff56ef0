// Helpers for the red-flag tests: the shipped configuration, single-threshold overrides, a minimal
// LaoData around a list of procurement projects, and "clean" records that raise no flag on their own.
import { readFileSync } from 'node:fs';
import { parseFlagConfig } from '../../../src/lib/flags/config.ts';
import type { FlagConfig, ThresholdKey, ThresholdVersion } from '../../../src/lib/schema/flags.ts';
import type { ExpenseLine } from '../../../src/lib/schema/budget.ts';
import type { PlanProject } from '../../../src/lib/schema/plan.ts';
import type { Bidder, Contract, ProcurementProject } from '../../../src/lib/schema/procurement.ts';
import type { LaoData } from '../../../src/lib/schema/site.ts';
import { contract, procurement } from '../site/fixtures.ts';

export const CONFIG_FILE = 'config/red-flags.json';
export const CONFIG_URL = new URL('../../../config/red-flags.json', import.meta.url);

/** The raw JSON of the shipped configuration (a fresh copy each call, free to break). */
export function shippedConfigJson(): { thresholds: Record<string, unknown[]> } & Record<string, unknown> {
  return JSON.parse(readFileSync(CONFIG_URL, 'utf8'));
}

/** The shipped configuration, parsed as the pipeline does. */
export function loadConfig(): FlagConfig {
  return parseFlagConfig(shippedConfigJson(), CONFIG_FILE);
}

export const config: FlagConfig = loadConfig();

const testBasis = { th: 'ค่าทดสอบ', en: 'Test value' };

/** The config with one threshold replaced by a single version (in force since long before any test date). */
export function withThreshold(base: FlagConfig, key: ThresholdKey, value: number): FlagConfig {
  return { ...base, thresholds: { ...base.thresholds, [key]: [{ value, from: '2000-01-01', basis: testBasis }] } };
}

/** The config with one more dated version of a threshold. */
export function withVersion(base: FlagConfig, key: ThresholdKey, value: number, from: string): FlagConfig {
  const added: ThresholdVersion = { value, from, basis: testBasis };
  return { ...base, thresholds: { ...base.thresholds, [key]: [...base.thresholds[key], added] } };
}

export const LAO_ID = '5300107';

/** A minimal LaoData of one LAO with the given procurement, budget lines and plan projects. */
export function laoData(
  procurements: ProcurementProject[],
  { expenseLines = [], planProjects = [] }: { expenseLines?: ExpenseLine[]; planProjects?: PlanProject[] } = {},
): LaoData {
  return {
    lao: {
      id: LAO_ID, code: LAO_ID, name: 'องค์การบริหารส่วนตำบลทดสอบ', type: 'sao', province: 'อุตรดิตถ์', district: 'เมืองอุตรดิตถ์',
      population: 5000, areaKm2: null, households: null, website: null, lat: null, lon: null, otherNames: [],
    },
    years: {}, planProjects, planIndicators: [], expenseLines, revenueLines: [], budgetTotals: [], procurements, flags: [],
  };
}

/** A contract that raises nothing by itself: valid tax id, both dates, a stated value. */
export function goodContract(over: Partial<Contract> = {}): Contract {
  return contract({
    vendorId: '0105551234567', vendorName: 'บริษัท ทดสอบ จำกัด', taxId: '0105551234567', taxIdRaw: '0105551234567', taxIdStatus: 'valid',
    signedDate: '2025-03-01', endDate: '2025-06-01', value: 1000, valueSource: 'contract', ...over,
  });
}

/** A procurement project of the test LAO in FY2568 that raises nothing by itself. */
export function buy(over: Partial<ProcurementProject> = {}): ProcurementProject {
  return procurement({ laoId: LAO_ID, contracts: [goodContract()], ...over });
}

export function bidders(n: number): Bidder[] {
  return Array.from({ length: n }, (_, i) => ({ name: `บริษัท ผู้เสนอ ${i + 1} จำกัด`, vendorKey: `bidder${i + 1}`, price: null }));
}

/** Project ids that sort in creation order. */
export const pid = (i: number) => `680190${String(i).padStart(5, '0')}`;
