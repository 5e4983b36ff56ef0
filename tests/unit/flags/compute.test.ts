import { describe, expect, it } from 'vitest';
import {
  bunchingBelowCeiling, computeFlags, contractAbovePrice, fewBidders, isCancelled, missingData, nearReferencePrice, possibleSplitting,
  procurementAmount, procurementDate, specificOverCeiling, unmatchedProcurement, vendorConcentration, yearEndRush,
} from '../../../src/lib/flags/compute.ts';
import { dice, subjectGrams } from '../../../src/lib/link/similarity.ts';
import { FlagCodeSchema, FlagSchema, type Flag, type FlagConfig } from '../../../src/lib/schema/flags.ts';
import type { ProcurementMethod, ProcurementProject } from '../../../src/lib/schema/procurement.ts';
import type { LaoData } from '../../../src/lib/schema/site.ts';
import { expenseLine, planProject } from '../site/fixtures.ts';
import { LAO_ID, bidders, buy, config, goodContract, laoData, pid, withThreshold } from './fixtures.ts';

type Check = (data: LaoData, live: readonly ProcurementProject[], config: FlagConfig) => Flag[];

/** Runs one check over projects that are all live (the check itself does not filter cancelled ones). */
function run(check: Check, projects: ProcurementProject[], cfg: FlagConfig = config, extra?: Parameters<typeof laoData>[1]): Flag[] {
  return check(laoData(projects, extra), projects, cfg);
}

const codesOf = (flags: Flag[]) => flags.map((f) => f.code);

/** Calendar month `month` (1–12) of a BE fiscal year, as 'YYYY-MM' (Oct–Dec belong to the year before). */
const fyMonth = (fy: number, month: number) => `${month >= 10 ? fy - 544 : fy - 543}-${String(month).padStart(2, '0')}`;
const NON_SEPTEMBER = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];

const SPECIFIC_METHODS: ProcurementMethod[] = ['specific', 'consultant-specific', 'design-specific'];
const COMPETITIVE_METHODS: ProcurementMethod[] = [
  'e-bidding', 'e-market', 'selection', 'open', 'consultant-selection', 'consultant-open', 'design-selection', 'design-open', 'design-contest',
];

describe('baseline fixtures', () => {
  it('a clean procurement raises no flag at all, so every negative case below is meaningful', () => {
    expect(computeFlags(laoData([buy()]), config)).toEqual([]);
  });
});

describe('helpers', () => {
  it('isCancelled: a status with ยกเลิก, or every contract cancelled', () => {
    expect(isCancelled(buy({ status: 'ยกเลิกประกาศเชิญชวน' }))).toBe(true);
    expect(isCancelled(buy({ status: 'ระหว่างดำเนินการ' }))).toBe(false);
    expect(isCancelled(buy({ status: null }))).toBe(false);
    expect(isCancelled(buy({ contracts: [goodContract({ status: 'ยกเลิกสัญญา' }), goodContract({ status: 'ยกเลิก' })] }))).toBe(true);
    expect(isCancelled(buy({ contracts: [goodContract({ status: 'ยกเลิกสัญญา' }), goodContract({ status: 'ลงนามแล้ว' })] }))).toBe(false);
    expect(isCancelled(buy({ contracts: [goodContract({ status: 'ยกเลิกสัญญา' }), goodContract({ status: null })] }))).toBe(false);
    expect(isCancelled(buy({ contracts: [] }))).toBe(false);
  });

  it('procurementDate: announced, else the earliest signing, else the first day of the fiscal year', () => {
    expect(procurementDate(buy({ announcedDate: '2025-02-02' }))).toBe('2025-02-02');
    const contracts = [goodContract({ signedDate: '2025-05-05' }), goodContract({ signedDate: null }), goodContract({ signedDate: '2025-04-04' })];
    expect(procurementDate(buy({ announcedDate: null, contracts }))).toBe('2025-04-04');
    expect(procurementDate(buy({ announcedDate: null, contracts: [goodContract({ signedDate: null })] }))).toBe('2024-10-01');
    expect(procurementDate(buy({ announcedDate: null, fiscalYear: 2570, contracts: [] }))).toBe('2026-10-01');
  });

  it('procurementAmount: agreed price, else the sum of contract values, else the budget', () => {
    expect(procurementAmount(buy({ agreedPrice: 5, budget: 9, contracts: [goodContract({ value: 7 })] }))).toBe(5);
    expect(procurementAmount(buy({ agreedPrice: null, budget: 9, contracts: [goodContract({ value: 0.1 }), goodContract({ value: 0.2 }), goodContract({ value: null })] }))).toBe(0.3);
    expect(procurementAmount(buy({ agreedPrice: null, budget: 9, contracts: [goodContract({ value: null })] }))).toBe(9);
    expect(procurementAmount(buy({ agreedPrice: null, budget: null, contracts: [] }))).toBeNull();
  });
});

describe('nearReferencePrice (indicator 1)', () => {
  it('raises at exactly 99% of the reference price, with the values that triggered it', () => {
    expect(run(nearReferencePrice, [buy({ id: 'P1', referencePrice: 1_000_000, agreedPrice: 990_000 })])).toEqual([{
      id: 'near-reference-price:P1', code: 'near-reference-price', subject: 'procurement', laoId: LAO_ID, fiscalYear: 2568,
      procurementIds: ['P1'], vendorId: null, values: { agreedPrice: 990_000, base: 1_000_000, baseKind: 'reference-price', ratio: 0.99 },
    }]);
  });

  it('does not raise at 98.99%', () => {
    expect(run(nearReferencePrice, [buy({ referencePrice: 1_000_000, agreedPrice: 989_900 })])).toEqual([]);
  });

  it('raises above the reference price too, with the ratio rounded to four places', () => {
    const [flag] = run(nearReferencePrice, [buy({ referencePrice: 300_000, agreedPrice: 310_000 })]);
    expect(flag?.values).toEqual({ agreedPrice: 310_000, base: 300_000, baseKind: 'reference-price', ratio: 1.0333 });
  });

  it('falls back to the budget when no reference price is published', () => {
    const [flag] = run(nearReferencePrice, [buy({ referencePrice: null, budget: 200_000, agreedPrice: 200_000 })]);
    expect(flag?.values).toEqual({ agreedPrice: 200_000, base: 200_000, baseKind: 'budget', ratio: 1 });
  });

  it('prefers the reference price to the budget', () => {
    // 985,000 is 99.5% of the budget but only 98.5% of the reference price.
    expect(run(nearReferencePrice, [buy({ referencePrice: 1_000_000, budget: 990_000, agreedPrice: 985_000 })])).toEqual([]);
  });

  it('starts at nearReferenceMinimum: 100,000 is checked, 99,999.99 is not', () => {
    expect(codesOf(run(nearReferencePrice, [buy({ referencePrice: 100_000, agreedPrice: 100_000 })]))).toEqual(['near-reference-price']);
    expect(run(nearReferencePrice, [buy({ referencePrice: 99_999.99, agreedPrice: 99_999.99 })])).toEqual([]);
  });

  it('needs an agreed price and a positive base', () => {
    expect(run(nearReferencePrice, [buy({ referencePrice: 1_000_000, agreedPrice: null })])).toEqual([]);
    expect(run(nearReferencePrice, [buy({ referencePrice: null, budget: null, agreedPrice: 1_000_000 })])).toEqual([]);
    expect(run(nearReferencePrice, [buy({ referencePrice: 0, budget: null, agreedPrice: 1_000_000 })])).toEqual([]);
  });

  it('follows the configured share', () => {
    const strict = withThreshold(config, 'nearReferenceShare', 0.995);
    expect(run(nearReferencePrice, [buy({ referencePrice: 1_000_000, agreedPrice: 994_999 })], strict)).toEqual([]);
    expect(run(nearReferencePrice, [buy({ referencePrice: 1_000_000, agreedPrice: 995_000 })], strict)).toHaveLength(1);
  });
});

describe('fewBidders (indicator 2)', () => {
  it('raises for two bidders in e-bidding', () => {
    expect(run(fewBidders, [buy({ id: 'P2', method: 'e-bidding', bidders: bidders(2) })])).toEqual([{
      id: 'few-bidders:P2', code: 'few-bidders', subject: 'procurement', laoId: LAO_ID, fiscalYear: 2568,
      procurementIds: ['P2'], vendorId: null, values: { bidders: 2, minimum: 3 },
    }]);
  });

  it('does not raise at exactly three bidders', () => {
    expect(run(fewBidders, [buy({ method: 'e-bidding', bidders: bidders(3) })])).toEqual([]);
  });

  it('raises for one bidder in every competitive method', () => {
    const projects = COMPETITIVE_METHODS.map((method, i) => buy({ id: pid(i), method, bidders: bidders(1) }));
    const flags = run(fewBidders, projects);
    expect(flags.map((f) => f.procurementIds[0])).toEqual(projects.map((p) => p.id));
    expect(flags.every((f) => f.values.bidders === 1)).toBe(true);
  });

  it('ignores the specific method, other methods and an unknown method', () => {
    for (const method of [...SPECIFIC_METHODS, 'other', null] as (ProcurementMethod | null)[]) {
      expect(run(fewBidders, [buy({ method, bidders: bidders(1) })])).toEqual([]);
    }
  });

  it('says nothing when the data does not name the bidders', () => {
    expect(run(fewBidders, [buy({ method: 'e-bidding', bidders: [] })])).toEqual([]);
  });

  it('follows the configured minimum', () => {
    const [flag] = run(fewBidders, [buy({ method: 'selection', bidders: bidders(4) })], withThreshold(config, 'minimumBidders', 5));
    expect(flag?.values).toEqual({ bidders: 4, minimum: 5 });
  });
});

describe('specificOverCeiling (indicator 3)', () => {
  it('raises at 500,000.01 baht', () => {
    expect(run(specificOverCeiling, [buy({ id: 'P3', method: 'specific', agreedPrice: 500_000.01 })])).toEqual([{
      id: 'specific-over-ceiling:P3', code: 'specific-over-ceiling', subject: 'procurement', laoId: LAO_ID, fiscalYear: 2568,
      procurementIds: ['P3'], vendorId: null, values: { amount: 500_000.01, ceiling: 500_000 },
    }]);
  });

  it('does not raise at exactly 500,000 baht', () => {
    expect(run(specificOverCeiling, [buy({ method: 'specific', agreedPrice: 500_000 })])).toEqual([]);
  });

  it('covers the consultant and design specific methods', () => {
    for (const method of SPECIFIC_METHODS) {
      expect(codesOf(run(specificOverCeiling, [buy({ method, agreedPrice: 600_000 })]))).toEqual(['specific-over-ceiling']);
    }
  });

  it('ignores other methods, however large', () => {
    for (const method of [...COMPETITIVE_METHODS, 'other', null] as (ProcurementMethod | null)[]) {
      expect(run(specificOverCeiling, [buy({ method, agreedPrice: 50_000_000 })])).toEqual([]);
    }
  });

  it('uses the budget when there is no agreed price nor contract value, and the agreed price before the budget', () => {
    const [flag] = run(specificOverCeiling, [buy({ method: 'specific', agreedPrice: null, budget: 600_000, contracts: [goodContract({ value: null })] })]);
    expect(flag?.values).toEqual({ amount: 600_000, ceiling: 500_000 });
    expect(run(specificOverCeiling, [buy({ method: 'specific', agreedPrice: 450_000, budget: 600_000 })])).toEqual([]);
  });

  it('says nothing without an amount', () => {
    expect(run(specificOverCeiling, [buy({ method: 'specific', agreedPrice: null, budget: null, contracts: [goodContract({ value: null })] })])).toEqual([]);
  });

  // A specific purchase known only by its contract value is judged by it (possibleSplitting leaves it out).
  it('raises for a specific purchase known only by its contract value above the ceiling', () => {
    const p = buy({ method: 'specific', agreedPrice: null, budget: null, contracts: [goodContract({ value: 900_000 })] });
    expect(procurementAmount(p)).toBe(900_000);
    expect(codesOf(run(specificOverCeiling, [p]))).toEqual(['specific-over-ceiling']);
  });
});

describe('possibleSplitting (indicator 4)', () => {
  const road4 = 'จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 4';
  const road5 = 'จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 5';
  const split = (id: string, announcedDate: string, agreedPrice: number, over: Partial<ProcurementProject> = {}) =>
    buy({ id, name: road4, method: 'specific', announcedDate, agreedPrice, referencePrice: agreedPrice, contracts: [goodContract({ vendorId: 'V1', value: agreedPrice, valueSource: 'agreed-price' })], ...over });

  it('raises once for two similar specific purchases from one vendor, 30 days apart, together above the ceiling', () => {
    const flags = run(possibleSplitting, [split('A', '2025-03-01', 300_000), split('B', '2025-03-31', 300_000, { name: road5 })]);
    expect(flags).toEqual([{
      id: 'possible-splitting:A', code: 'possible-splitting', subject: 'procurement', laoId: LAO_ID, fiscalYear: 2568,
      procurementIds: ['A', 'B'], vendorId: 'V1',
      values: { purchases: 2, total: 600_000, ceiling: 500_000, from: '2025-03-01', to: '2025-03-31', windowDays: 30 },
    }]);
  });

  it('does not group purchases 31 days apart', () => {
    expect(run(possibleSplitting, [split('A', '2025-03-01', 300_000), split('B', '2025-04-01', 300_000)])).toEqual([]);
  });

  it('does not group dissimilar names', () => {
    expect(dice(subjectGrams(road4), subjectGrams('ซื้อวัสดุสำนักงาน กระดาษ'))).toBeLessThan(0.6);
    expect(run(possibleSplitting, [split('A', '2025-03-01', 300_000), split('B', '2025-03-02', 300_000, { name: 'ซื้อวัสดุสำนักงาน กระดาษ' })])).toEqual([]);
  });

  it('groups at exactly the similarity threshold and not just above it', () => {
    const score = dice(subjectGrams(road4), subjectGrams(road5));
    expect(score).toBeGreaterThan(0.6);
    expect(score).toBeLessThan(1);
    const projects = [split('A', '2025-03-01', 300_000), split('B', '2025-03-02', 300_000, { name: road5 })];
    expect(run(possibleSplitting, projects, withThreshold(config, 'splittingSimilarity', score))).toHaveLength(1);
    expect(run(possibleSplitting, projects, withThreshold(config, 'splittingSimilarity', score + 1e-9))).toEqual([]);
  });

  it('does not group purchases from different vendors', () => {
    const b = split('B', '2025-03-02', 300_000, { contracts: [goodContract({ vendorId: 'V2', value: 300_000 })] });
    expect(run(possibleSplitting, [split('A', '2025-03-01', 300_000), b])).toEqual([]);
  });

  it('does not raise when the total is exactly the ceiling; raises one satang above it', () => {
    expect(run(possibleSplitting, [split('A', '2025-03-01', 250_000), split('B', '2025-03-02', 250_000)])).toEqual([]);
    const [flag] = run(possibleSplitting, [split('A', '2025-03-01', 250_000), split('B', '2025-03-02', 250_000.01)]);
    expect(flag?.values.total).toBe(500_000.01);
  });

  it('leaves out a purchase already above the ceiling, and purchases by other methods', () => {
    expect(run(possibleSplitting, [split('A', '2025-03-01', 300_000), split('B', '2025-03-02', 600_000)])).toEqual([]);
    expect(run(possibleSplitting, [split('A', '2025-03-01', 300_000), split('B', '2025-03-02', 300_000, { method: 'e-bidding' })])).toEqual([]);
    expect(run(possibleSplitting, [split('A', '2025-03-01', 300_000, { method: 'e-market' }), split('B', '2025-03-02', 300_000, { method: 'e-market' })])).toEqual([]);
  });

  it('leaves out a purchase with contracts to more than one vendor', () => {
    const two = split('B', '2025-03-02', 300_000, { contracts: [goodContract({ vendorId: 'V1', value: 150_000 }), goodContract({ vendorId: 'V2', value: 150_000 })] });
    expect(run(possibleSplitting, [split('A', '2025-03-01', 300_000), two])).toEqual([]);
  });

  it('chains purchases that are each within the window of the next, and flags the chain once, in date order', () => {
    // 1 March – 26 March – 20 April: the ends are 50 days apart but each neighbour within 30.
    const projects = [split('C', '2025-04-20', 200_000), split('A', '2025-03-01', 200_000), split('B', '2025-03-26', 200_000, { name: road5 })];
    const flags = run(possibleSplitting, projects);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.procurementIds).toEqual(['A', 'B', 'C']);
    expect(flags[0]!.values).toMatchObject({ purchases: 3, total: 600_000, from: '2025-03-01', to: '2025-04-20' });
  });

  it('flags each vendor\'s group separately', () => {
    const v2 = (id: string, date: string) => split(id, date, 300_000, { contracts: [goodContract({ vendorId: 'V2', value: 300_000 })] });
    const flags = run(possibleSplitting, [split('A1', '2025-03-01', 300_000), v2('B1', '2025-03-01'), split('A2', '2025-03-05', 300_000), v2('B2', '2025-03-05')]);
    expect(flags.map((f) => [f.vendorId, f.procurementIds])).toEqual([['V1', ['A1', 'A2']], ['V2', ['B1', 'B2']]]);
  });

  it('dates a purchase by its contract signing when there is no announcement, and sums contract values when there is no agreed price', () => {
    const bySigning = (id: string, signedDate: string) => buy({
      id, name: road4, method: 'specific', announcedDate: null, agreedPrice: null, referencePrice: 300_000,
      contracts: [goodContract({ vendorId: 'V1', value: 300_000, signedDate })],
    });
    const [flag] = run(possibleSplitting, [bySigning('A', '2025-05-01'), bySigning('B', '2025-05-20')]);
    expect(flag?.values).toMatchObject({ total: 600_000, from: '2025-05-01', to: '2025-05-20' });
    expect(run(possibleSplitting, [bySigning('A', '2025-05-01'), bySigning('B', '2025-07-20')])).toEqual([]);
  });

  it('follows the configured window', () => {
    const projects = [split('A', '2025-03-01', 300_000), split('B', '2025-04-01', 300_000)];
    const [flag] = run(possibleSplitting, projects, withThreshold(config, 'splittingWindowDays', 31));
    expect(flag?.values.windowDays).toBe(31);
  });
});

describe('bunchingBelowCeiling (indicator 4)', () => {
  const specific = (i: number, agreedPrice: number, over: Partial<ProcurementProject> = {}) =>
    buy({ id: pid(i), method: 'specific', agreedPrice, referencePrice: 600_000, ...over });
  /** `sample` specific purchases in FY2568: the given amounts, the rest small. */
  const year = (amounts: number[], sample = 30, over: Partial<ProcurementProject> = {}) =>
    Array.from({ length: sample }, (_, i) => specific(i, amounts[i] ?? 20_000, over));

  it('raises for four purchases just under the ceiling against two in the band below', () => {
    expect(run(bunchingBelowCeiling, year([460_000, 470_000, 480_000, 500_000, 420_000, 450_000]))).toEqual([{
      id: `bunching-below-ceiling:${LAO_ID}:2568`, code: 'bunching-below-ceiling', subject: 'lao-year', laoId: LAO_ID, fiscalYear: 2568,
      procurementIds: [], vendorId: null, values: { inBand: 4, below: 2, bandFrom: 450_000, ceiling: 500_000, sample: 30 },
    }]);
  });

  it('does not raise below the ratio (three against two)', () => {
    expect(run(bunchingBelowCeiling, year([460_000, 470_000, 480_000, 420_000, 450_000]))).toEqual([]);
  });

  it('counts 450,000 in the band below and 450,000.01 in the band; above the ceiling in neither', () => {
    const [flag] = run(bunchingBelowCeiling, year([450_000.01, 470_000, 500_000, 500_000.01]));
    expect(flag?.values).toMatchObject({ inBand: 3, below: 0 });
    expect(run(bunchingBelowCeiling, year([450_000, 470_000, 500_000, 500_000.01]))).toEqual([]);
  });

  it('needs at least three in the band, even with none below', () => {
    expect(run(bunchingBelowCeiling, year([480_000, 490_000]))).toEqual([]);
  });

  it('says nothing below the minimum sample, however extreme the pattern', () => {
    const all = (n: number) => Array.from({ length: n }, () => 499_000);
    expect(run(bunchingBelowCeiling, year(all(29), 29))).toEqual([]);
    const [flag] = run(bunchingBelowCeiling, year(all(30), 30));
    expect(flag?.values).toMatchObject({ inBand: 30, below: 0, sample: 30 });
  });

  it('counts only specific purchases with an amount in the sample', () => {
    const projects = year(Array.from({ length: 30 }, () => 499_000));
    projects[0] = { ...projects[0]!, method: 'e-bidding' };
    expect(run(bunchingBelowCeiling, projects)).toEqual([]);
    projects[0] = { ...projects[0]!, method: 'specific', agreedPrice: null, budget: null, contracts: [goodContract({ value: null })] };
    expect(run(bunchingBelowCeiling, projects)).toEqual([]);
  });

  it('takes each fiscal year on its own', () => {
    const projects = Array.from({ length: 30 }, (_, i) => specific(i, 499_000, { fiscalYear: i < 15 ? 2567 : 2568 }));
    expect(run(bunchingBelowCeiling, projects)).toEqual([]);
  });
});

describe('vendorConcentration (indicator 5)', () => {
  /** One project per contract: [vendor id, value]. */
  const contracts = (rows: [string | null, number | null][], fiscalYear = 2568) =>
    rows.map(([vendorId, value], i) => buy({ id: pid(i), fiscalYear, contracts: [goodContract({ vendorId, value })] }));
  const spread = (n: number, value: number): [string, number][] => Array.from({ length: n }, (_, i) => [`other${i}`, value]);

  it('raises vendor-concentration for a vendor holding 40% of the year\'s contract value', () => {
    const rows: [string, number][] = [['A', 100], ['A', 100], ['A', 100], ['A', 100], ...spread(6, 100)];
    expect(run(vendorConcentration, contracts(rows))).toEqual([{
      id: `vendor-concentration:${LAO_ID}:2568:A`, code: 'vendor-concentration', subject: 'vendor', laoId: LAO_ID, fiscalYear: 2568,
      procurementIds: [pid(0), pid(1), pid(2), pid(3)], vendorId: 'A',
      values: { share: 0.4, vendorValue: 400, totalValue: 1000, limit: 0.3, contracts: 4 },
    }]);
  });

  it('does not raise at exactly 30%', () => {
    expect(run(vendorConcentration, contracts([['A', 100], ['A', 100], ['A', 100], ...spread(7, 100)]))).toEqual([]);
  });

  it('says nothing below ten contracts, even for a vendor holding everything', () => {
    expect(run(vendorConcentration, contracts(Array.from({ length: 9 }, (): [string, number] => ['A', 1_000_000])))).toEqual([]);
  });

  it('raises repeat-winner at twelve contracts, not at eleven', () => {
    const wins = (n: number): [string, number][] => Array.from({ length: n }, () => ['A', 10]);
    const twelve = run(vendorConcentration, contracts([...wins(12), ...spread(10, 100)]));
    expect(twelve).toEqual([{
      id: `repeat-winner:${LAO_ID}:2568:A`, code: 'repeat-winner', subject: 'vendor', laoId: LAO_ID, fiscalYear: 2568,
      procurementIds: Array.from({ length: 12 }, (_, i) => pid(i)), vendorId: 'A', values: { wins: 12, limit: 12, contracts: 22 },
    }]);
    expect(run(vendorConcentration, contracts([...wins(11), ...spread(10, 100)]))).toEqual([]);
  });

  it('raises both for one vendor holding all twelve contracts, and names each project once', () => {
    const project = buy({ id: 'BIG', contracts: Array.from({ length: 12 }, (_, i) => goodContract({ number: `${i + 1}/2568`, vendorId: 'A', value: 10 })) });
    const flags = run(vendorConcentration, [project]);
    expect(codesOf(flags)).toEqual(['vendor-concentration', 'repeat-winner']);
    expect(flags.map((f) => f.procurementIds)).toEqual([['BIG'], ['BIG']]);
    expect(flags[0]!.values).toMatchObject({ share: 1, vendorValue: 120, totalValue: 120, contracts: 12 });
  });

  it('counts contracts without a vendor id in the sample and the total, and flags no one for them', () => {
    // A holds 300 of 1,000 among ten contracts (exactly 30%); unnamed winners hold the rest, two without a value.
    const rows: [string | null, number | null][] = [['A', 300], ...Array.from({ length: 7 }, (): [null, number] => [null, 100]), [null, null], [null, null]];
    expect(run(vendorConcentration, contracts(rows))).toEqual([]);
    expect(run(vendorConcentration, contracts(rows.slice(0, 9)))).toEqual([]);
    rows[0] = ['A', 301];
    const [flag] = run(vendorConcentration, contracts(rows));
    expect(flag?.vendorId).toBe('A');
    expect(flag?.values.contracts).toBe(1);
  });

  it('takes each fiscal year on its own', () => {
    const rows: [string, number][] = Array.from({ length: 12 }, () => ['A', 10]);
    const projects = [...contracts(rows.slice(0, 6), 2567), ...contracts(rows.slice(6), 2568).map((p) => ({ ...p, id: `${p.id}b` }))];
    expect(run(vendorConcentration, projects)).toEqual([]);
  });

  it('follows the configured share and wins', () => {
    const rows: [string, number][] = [['A', 250], ...spread(9, 750 / 9)];
    expect(run(vendorConcentration, contracts(rows))).toEqual([]);
    expect(codesOf(run(vendorConcentration, contracts(rows), withThreshold(config, 'concentrationShare', 0.2)))).toEqual(['vendor-concentration']);
    expect(codesOf(run(vendorConcentration, contracts(rows), withThreshold(config, 'repeatWins', 1))).filter((c) => c === 'repeat-winner')).toHaveLength(10);
  });
});

describe('yearEndRush (indicator 6)', () => {
  /** Specific purchases of FY2568: `september` announced in September, `others` spread over the other eleven months. */
  const year = (september: number, others: number, over: Partial<ProcurementProject> = {}) => [
    ...Array.from({ length: september }, (_, i) => buy({ id: pid(i), method: 'specific', announcedDate: `${fyMonth(2568, 9)}-${String(i + 1).padStart(2, '0')}`, ...over })),
    ...Array.from({ length: others }, (_, i) => buy({
      id: pid(100 + i), method: 'specific', announcedDate: `${fyMonth(2568, NON_SEPTEMBER[i % 11]!)}-${String(1 + Math.floor(i / 11)).padStart(2, '0')}`, ...over,
    })),
  ];

  it('raises for five September purchases among twenty-four', () => {
    expect(run(yearEndRush, year(5, 19))).toEqual([{
      id: `year-end-rush:${LAO_ID}:2568`, code: 'year-end-rush', subject: 'lao-year', laoId: LAO_ID, fiscalYear: 2568,
      procurementIds: [], vendorId: null, values: { september: 5, monthlyAverage: 1.7, factor: 2, sample: 24 },
    }]);
  });

  it('says nothing below the minimum sample, however extreme the pattern', () => {
    expect(run(yearEndRush, year(23, 0))).toEqual([]);
    expect(run(yearEndRush, year(24, 0))[0]?.values).toMatchObject({ september: 24, monthlyAverage: 0 });
  });

  it('needs at least five in September', () => {
    // 4 ≥ 2 × 20/11, but fewer than rushMinimumSeptember.
    expect(run(yearEndRush, year(4, 20))).toEqual([]);
  });

  it('raises at exactly twice the other months\' average, not below it', () => {
    expect(run(yearEndRush, year(6, 33))[0]?.values).toEqual({ september: 6, monthlyAverage: 3, factor: 2, sample: 39 });
    expect(run(yearEndRush, year(6, 34))).toEqual([]);
  });

  it('counts only specific purchases that have a date', () => {
    const projects = year(5, 19);
    projects[10] = { ...projects[10]!, method: 'e-bidding' };
    expect(run(yearEndRush, projects)).toEqual([]);
    projects[10] = { ...projects[10]!, method: 'specific', announcedDate: null, contracts: [goodContract({ signedDate: null })] };
    expect(run(yearEndRush, projects)).toEqual([]);
  });

  it('dates a purchase by its contract signing when there is no announcement', () => {
    const projects = year(5, 19).map((p) => ({ ...p, announcedDate: null, contracts: [goodContract({ signedDate: p.announcedDate })] }));
    expect(run(yearEndRush, projects)[0]?.values).toMatchObject({ september: 5, sample: 24 });
  });
});

describe('contractAbovePrice (indicator 7)', () => {
  it('raises for a contract one baht above the agreed price', () => {
    expect(run(contractAbovePrice, [buy({ id: 'P7', agreedPrice: 1_000_000, contracts: [goodContract({ value: 1_000_001 })] })])).toEqual([{
      id: 'contract-above-price:P7', code: 'contract-above-price', subject: 'procurement', laoId: LAO_ID, fiscalYear: 2568,
      procurementIds: ['P7'], vendorId: null, values: { contractValue: 1_000_001, agreedPrice: 1_000_000, above: 'agreed-price' },
    }]);
  });

  it('does not raise for a contract equal to the agreed price and the budget', () => {
    expect(run(contractAbovePrice, [buy({ agreedPrice: 1_000_000, budget: 1_000_000, contracts: [goodContract({ value: 1_000_000 })] })])).toEqual([]);
  });

  it('says which it is above: the budget, or both', () => {
    const [budget] = run(contractAbovePrice, [buy({ agreedPrice: null, budget: 500_000, contracts: [goodContract({ value: 500_000.01 })] })]);
    expect(budget?.values).toEqual({ contractValue: 500_000.01, budget: 500_000, above: 'budget' });
    const [both] = run(contractAbovePrice, [buy({ agreedPrice: 400_000, budget: 450_000, contracts: [goodContract({ value: 460_000 })] })]);
    expect(both?.values).toEqual({ contractValue: 460_000, agreedPrice: 400_000, budget: 450_000, above: 'both' });
    const [agreed] = run(contractAbovePrice, [buy({ agreedPrice: 400_000, budget: 450_000, contracts: [goodContract({ value: 420_000 })] })]);
    expect(agreed?.values.above).toBe('agreed-price');
  });

  it('ignores contract values taken from the agreed price', () => {
    expect(run(contractAbovePrice, [buy({ agreedPrice: 1_000_000, budget: 1_000_000, contracts: [goodContract({ value: 2_000_000, valueSource: 'agreed-price' })] })])).toEqual([]);
    // Only the stated contract value counts: 600,000 of the 1,200,000.
    const mixed = [goodContract({ value: 600_000 }), goodContract({ value: 600_000, valueSource: 'agreed-price' })];
    expect(run(contractAbovePrice, [buy({ agreedPrice: 1_000_000, contracts: mixed })])).toEqual([]);
  });

  it('sums the stated contract values of a project', () => {
    const [flag] = run(contractAbovePrice, [buy({ agreedPrice: 1_000_000, contracts: [goodContract({ value: 600_000 }), goodContract({ value: 600_000 }), goodContract({ value: null })] })]);
    expect(flag?.values).toEqual({ contractValue: 1_200_000, agreedPrice: 1_000_000, above: 'agreed-price' });
  });

  it('says nothing without an agreed price or budget, or without a stated value', () => {
    expect(run(contractAbovePrice, [buy({ agreedPrice: null, budget: null, contracts: [goodContract({ value: 9_000_000 })] })])).toEqual([]);
    expect(run(contractAbovePrice, [buy({ agreedPrice: 1, contracts: [goodContract({ value: null })] })])).toEqual([]);
    expect(run(contractAbovePrice, [buy({ agreedPrice: 1, contracts: [goodContract({ value: 5, valueSource: null })] })])).toEqual([]);
  });

  // A cancelled contract is not summed with the one that replaced it at the same price.
  it('leaves out a cancelled contract that was replaced', () => {
    const contracts = [goodContract({ number: '1/2568', value: 800_000, status: 'ยกเลิกสัญญา' }), goodContract({ number: '2/2568', value: 800_000, status: null })];
    expect(run(contractAbovePrice, [buy({ agreedPrice: 800_000, budget: 900_000, contracts })])).toEqual([]);
  });
});

describe('unmatchedProcurement (indicator 8)', () => {
  const budget2568 = { expenseLines: [expenseLine({ laoId: LAO_ID, fiscalYear: 2568 })] };
  const plan2568 = { planProjects: [planProject({ laoId: LAO_ID, plannedByYear: { 2568: 500_000 } })] };

  it('raises for a project linked to nothing when budget lines were published for its year', () => {
    expect(run(unmatchedProcurement, [buy({ id: 'P8' })], config, budget2568)).toEqual([{
      id: 'unmatched-procurement:P8', code: 'unmatched-procurement', subject: 'procurement', laoId: LAO_ID, fiscalYear: 2568,
      procurementIds: ['P8'], vendorId: null, values: { budgetLines: 'published', planProjects: 'none' },
    }]);
  });

  it('raises when only plan projects were published for its year, or both', () => {
    expect(run(unmatchedProcurement, [buy()], config, plan2568)[0]?.values).toEqual({ budgetLines: 'none', planProjects: 'published' });
    expect(run(unmatchedProcurement, [buy()], config, { ...budget2568, ...plan2568 })[0]?.values).toEqual({ budgetLines: 'published', planProjects: 'published' });
  });

  it('says nothing when the LAO published neither for that fiscal year', () => {
    expect(run(unmatchedProcurement, [buy()])).toEqual([]);
    const otherYears = {
      expenseLines: [expenseLine({ laoId: LAO_ID, fiscalYear: 2567 })],
      planProjects: [planProject({ laoId: LAO_ID, plannedByYear: { 2569: 1 }, budgetedByYear: { 2568: 1 } })],
    };
    expect(run(unmatchedProcurement, [buy()], config, otherYears)).toEqual([]);
  });

  it('does not raise for a project linked to a budget line or a plan project', () => {
    const both = { ...budget2568, ...plan2568 };
    expect(run(unmatchedProcurement, [buy({ budgetLine: { id: 'e1', method: 'inferred', confidence: 0.7 } })], config, both)).toEqual([]);
    expect(run(unmatchedProcurement, [buy({ planProject: { id: 'L:P1', method: 'explicit', confidence: 1 } })], config, both)).toEqual([]);
  });

  it('judges each project by its own fiscal year', () => {
    const flags = run(unmatchedProcurement, [buy({ id: 'in2568' }), buy({ id: 'in2567', fiscalYear: 2567 })], config, budget2568);
    expect(flags.map((f) => f.procurementIds[0])).toEqual(['in2568']);
  });
});

describe('missingData (indicator 9)', () => {
  describe('missing-reference-price', () => {
    it('raises above 100,000 baht without a reference price', () => {
      expect(run(missingData, [buy({ id: 'P9', agreedPrice: 100_000.01 })])).toEqual([{
        id: 'missing-reference-price:P9', code: 'missing-reference-price', subject: 'procurement', laoId: LAO_ID, fiscalYear: 2568,
        procurementIds: ['P9'], vendorId: null, values: { amount: 100_000.01, requiredAbove: 100_000 },
      }]);
    });

    it('does not raise at exactly 100,000 baht, nor with a reference price', () => {
      expect(run(missingData, [buy({ agreedPrice: 100_000 })])).toEqual([]);
      expect(run(missingData, [buy({ agreedPrice: 5_000_000, referencePrice: 5_000_000 })])).toEqual([]);
    });

    it('takes the amount from the contract values, else the budget; none without an amount', () => {
      expect(run(missingData, [buy({ agreedPrice: null, contracts: [goodContract({ value: 150_000 })] })])[0]?.values).toEqual({ amount: 150_000, requiredAbove: 100_000 });
      expect(run(missingData, [buy({ agreedPrice: null, budget: 200_000, contracts: [] })])[0]?.values).toEqual({ amount: 200_000, requiredAbove: 100_000 });
      expect(run(missingData, [buy({ agreedPrice: null, budget: null, contracts: [] })])).toEqual([]);
    });
  });

  describe('invalid-tax-id', () => {
    const missingId = (vendorName: string | null) => buy({ id: 'T', contracts: [goodContract({ vendorName, taxId: null, taxIdRaw: null, taxIdStatus: 'missing' })] });

    it('raises for a registered business without a tax id', () => {
      for (const name of ['บริษัท ทดสอบ จำกัด', 'ห้างหุ้นส่วนจำกัด ทดสอบ', 'หจก. ทดสอบ', 'บริษัท ทดสอบ จำกัด (มหาชน)', 'สหกรณ์การเกษตรทดสอบ จำกัด']) {
        expect(run(missingData, [missingId(name)]), name).toEqual([{
          id: 'invalid-tax-id:T', code: 'invalid-tax-id', subject: 'procurement', laoId: LAO_ID, fiscalYear: 2568,
          procurementIds: ['T'], vendorId: null, values: { contracts: 1, status: 'missing' },
        }]);
      }
    });

    it('does not raise for a person, a shop or an unnamed winner without a tax id (e-GP leaves citizen ids blank)', () => {
      for (const name of ['นายสมชาย ใจดี', 'นางสาวสมหญิง ดีใจ', 'ร้านทดสอบการค้า', null]) {
        expect(run(missingData, [missingId(name)]), String(name)).toEqual([]);
      }
    });

    it('always raises for an id that is present but invalid, whoever the winner is', () => {
      for (const taxIdStatus of ['bad-check-digit', 'bad-length', 'excel-damaged'] as const) {
        const p = buy({ contracts: [goodContract({ vendorName: 'นายสมชาย ใจดี', taxId: null, taxIdRaw: '1234567890123', taxIdStatus })] });
        expect(run(missingData, [p])[0]?.values, taxIdStatus).toEqual({ contracts: 1, status: taxIdStatus });
      }
    });

    it('counts the bad contracts of a project and lists their statuses once, sorted', () => {
      const p = buy({ contracts: [
        goodContract({ vendorName: 'บริษัท ก จำกัด', taxIdStatus: 'missing' }),
        goodContract({ vendorName: 'นายสมชาย ใจดี', taxIdStatus: 'bad-length' }),
        goodContract({ vendorName: 'บริษัท ข จำกัด', taxIdStatus: 'missing' }),
        goodContract({ vendorName: 'นายสมศักดิ์ ใจดี', taxIdStatus: 'missing' }),
        goodContract(),
      ] });
      expect(run(missingData, [p])[0]?.values).toEqual({ contracts: 3, status: 'bad-length missing' });
    });

    it('does not raise for a valid id', () => {
      expect(run(missingData, [buy({ contracts: [goodContract({ vendorName: 'บริษัท ทดสอบ จำกัด', taxIdStatus: 'valid' })] })])).toEqual([]);
    });
  });

  describe('missing-contract-dates', () => {
    it('raises for a contract without an end date', () => {
      expect(run(missingData, [buy({ id: 'D', contracts: [goodContract({ endDate: null })] })])).toEqual([{
        id: 'missing-contract-dates:D', code: 'missing-contract-dates', subject: 'procurement', laoId: LAO_ID, fiscalYear: 2568,
        procurementIds: ['D'], vendorId: null, values: { contracts: 1, missing: 'end' },
      }]);
    });

    it('says which dates are missing and in how many contracts', () => {
      expect(run(missingData, [buy({ contracts: [goodContract({ signedDate: null })] })])[0]?.values).toEqual({ contracts: 1, missing: 'signed' });
      const contracts = [goodContract({ signedDate: null }), goodContract({ endDate: null }), goodContract()];
      expect(run(missingData, [buy({ contracts })])[0]?.values).toEqual({ contracts: 2, missing: 'signed end' });
    });

    it('does not raise for dated contracts or a project without contracts', () => {
      expect(run(missingData, [buy()])).toEqual([]);
      expect(run(missingData, [buy({ contracts: [] })])).toEqual([]);
    });
  });

  it('raises all three for one project, each with its own id', () => {
    const p = buy({ id: 'ALL', agreedPrice: 200_000, contracts: [goodContract({ value: 200_000, taxIdStatus: 'bad-check-digit', endDate: null })] });
    expect(run(missingData, [p]).map((f) => f.id)).toEqual(['missing-reference-price:ALL', 'invalid-tax-id:ALL', 'missing-contract-dates:ALL']);
  });
});

describe('computeFlags', () => {
  /** One LAO with data that raises every code: single-project checks in FY2568, statistical ones in their own years. */
  function everything(): LaoData {
    let n = 0;
    const id = () => pid(n++);
    const projects: ProcurementProject[] = [
      // FY2568: one project per procurement-level code, each linked to a budget line.
      buy({ id: id(), method: 'e-bidding', bidders: bidders(5), budget: 1_000_000, referencePrice: 1_000_000, agreedPrice: 995_000, contracts: [goodContract({ value: 995_000, valueSource: 'agreed-price' })] }),
      buy({ id: id(), method: 'e-bidding', bidders: bidders(2), referencePrice: 2_000_000, agreedPrice: 1_500_000, contracts: [goodContract({ value: 1_500_000 })] }),
      buy({ id: id(), method: 'specific', referencePrice: 700_000, agreedPrice: 600_000, contracts: [goodContract({ value: 600_000 })] }),
      buy({ id: id(), name: 'จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 4', method: 'specific', announcedDate: '2025-03-01', referencePrice: 350_000, agreedPrice: 300_000, contracts: [goodContract({ vendorId: 'V-SPLIT', value: 300_000 })] }),
      buy({ id: id(), name: 'จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 5', method: 'specific', announcedDate: '2025-03-10', referencePrice: 350_000, agreedPrice: 300_000, contracts: [goodContract({ vendorId: 'V-SPLIT', value: 300_000 })] }),
      buy({ id: id(), agreedPrice: 50_000, contracts: [goodContract({ value: 60_000 })] }),
      buy({ id: id(), agreedPrice: 200_000, contracts: [goodContract({ value: 200_000 })] }),
      buy({ id: id(), contracts: [goodContract({ taxIdStatus: 'bad-check-digit' })] }),
      buy({ id: id(), contracts: [goodContract({ endDate: null })] }),
      // FY2564: budget lines published, project linked to none.
      buy({ id: id(), fiscalYear: 2564, contracts: [goodContract({ signedDate: '2021-03-01', endDate: '2021-04-01' })] }),
      // FY2565: one vendor wins all twelve contracts.
      ...Array.from({ length: 12 }, () => buy({ id: id(), fiscalYear: 2565, contracts: [goodContract({ vendorId: 'V-REPEAT', signedDate: '2022-03-01', endDate: '2022-04-01' })] })),
      // FY2566: thirty specific purchases just under the ceiling, each from its own vendor.
      ...Array.from({ length: 30 }, (_, i) => buy({
        id: id(), fiscalYear: 2566, method: 'specific', announcedDate: `${fyMonth(2566, NON_SEPTEMBER[i % 11]!)}-10`, referencePrice: 600_000, agreedPrice: 499_000,
        contracts: [goodContract({ vendorId: `V-B${i}`, value: 499_000, valueSource: 'agreed-price', signedDate: '2023-01-01', endDate: '2023-02-01' })],
      })),
      // FY2567: six of twenty-four specific purchases in September, each from its own vendor.
      ...Array.from({ length: 24 }, (_, i) => buy({
        id: id(), fiscalYear: 2567, method: 'specific', announcedDate: `${i < 6 ? fyMonth(2567, 9) : fyMonth(2567, NON_SEPTEMBER[i % 11]!)}-15`,
        contracts: [goodContract({ vendorId: `V-R${i}`, signedDate: '2024-01-01', endDate: '2024-02-01' })],
      })),
    ];
    const linked = projects.map((p) => (p.fiscalYear === 2564 ? p : { ...p, budgetLine: { id: 'e1', method: 'explicit' as const, confidence: 1 } }));
    return laoData(linked, { expenseLines: [expenseLine({ laoId: LAO_ID, fiscalYear: 2564 }), expenseLine({ id: 'e2', laoId: LAO_ID, fiscalYear: 2568 })] });
  }

  it('raises every one of the thirteen codes, each flag valid against the schema', () => {
    const flags = computeFlags(everything(), config);
    expect(new Set(codesOf(flags))).toEqual(new Set(FlagCodeSchema.options));
    for (const flag of flags) expect(FlagSchema.parse(flag)).toEqual(flag);
  });

  it('raises exactly the expected flags', () => {
    const flags = computeFlags(everything(), config);
    expect(flags.map((f) => `${f.fiscalYear} ${f.code} ${f.procurementIds.join(',')} ${f.vendorId ?? ''}`.trim())).toEqual([
      `2564 unmatched-procurement ${pid(9)}`,
      `2565 repeat-winner ${Array.from({ length: 12 }, (_, i) => pid(10 + i)).join(',')} V-REPEAT`,
      `2565 vendor-concentration ${Array.from({ length: 12 }, (_, i) => pid(10 + i)).join(',')} V-REPEAT`,
      '2566 bunching-below-ceiling',
      '2567 year-end-rush',
      `2568 contract-above-price ${pid(5)}`,
      `2568 few-bidders ${pid(1)}`,
      `2568 invalid-tax-id ${pid(7)}`,
      `2568 missing-contract-dates ${pid(8)}`,
      `2568 missing-reference-price ${pid(6)}`,
      `2568 near-reference-price ${pid(0)}`,
      `2568 possible-splitting ${pid(3)},${pid(4)} V-SPLIT`,
      `2568 specific-over-ceiling ${pid(2)}`,
    ]);
  });

  it('orders flags by fiscal year, then code, then id', () => {
    const flags = computeFlags(everything(), config);
    const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const sorted = [...flags].sort((a, b) => a.fiscalYear - b.fiscalYear || cmp(a.code, b.code) || cmp(a.id, b.id));
    expect(flags.map((f) => f.fiscalYear)).toEqual([2564, 2565, 2565, 2566, 2567, 2568, 2568, 2568, 2568, 2568, 2568, 2568, 2568]);
    expect(flags).toEqual(sorted);
    // Within one code and year, by id.
    const data = laoData([buy({ id: 'Z', method: 'e-bidding', agreedPrice: 200_000 }), buy({ id: 'A', method: 'e-bidding', agreedPrice: 200_000 }), buy({ id: 'M', method: 'e-bidding', agreedPrice: 200_000, fiscalYear: 2567 })]);
    expect(computeFlags(data, config).map((f) => f.id)).toEqual(['missing-reference-price:M', 'missing-reference-price:A', 'missing-reference-price:Z']);
  });

  it('is deterministic: the same input twice gives deep-equal output in the same order', () => {
    const first = computeFlags(everything(), config);
    const second = computeFlags(everything(), config);
    expect(second).toEqual(first);
    expect(second.map((f) => f.id)).toEqual(first.map((f) => f.id));
    const data = everything();
    expect(computeFlags(structuredClone(data), config)).toEqual(computeFlags(data, config));
  });

  it('does not change its input', () => {
    const data = everything();
    const before = structuredClone(data);
    computeFlags(data, config);
    expect(data).toEqual(before);
  });

  it('gives every flag a unique id', () => {
    const flags = computeFlags(everything(), config);
    expect(new Set(flags.map((f) => f.id)).size).toBe(flags.length);
  });

  describe('cancelled procurement', () => {
    /** A project that raises seven codes when live. */
    const troubled = (over: Partial<ProcurementProject> = {}) => buy({
      id: 'X', method: 'specific', bidders: bidders(1), budget: 550_000, agreedPrice: 600_000,
      contracts: [goodContract({ value: 700_000, taxIdStatus: 'bad-check-digit', endDate: null })], ...over,
    });
    const published = { expenseLines: [expenseLine({ laoId: LAO_ID, fiscalYear: 2568 })] };

    it('the same project, live, raises many flags', () => {
      expect(codesOf(computeFlags(laoData([troubled()], published), config))).toEqual([
        'contract-above-price', 'invalid-tax-id', 'missing-contract-dates', 'missing-reference-price', 'near-reference-price', 'specific-over-ceiling', 'unmatched-procurement',
      ]);
    });

    it('raises no flag when its status says ยกเลิก', () => {
      for (const status of ['ยกเลิกประกาศเชิญชวน', 'ยกเลิก', 'ยกเลิกโครงการ']) {
        expect(computeFlags(laoData([troubled({ status })], published), config), status).toEqual([]);
      }
    });

    it('raises no flag when every contract is cancelled', () => {
      const contracts = [goodContract({ value: 700_000, taxIdStatus: 'bad-check-digit', endDate: null, status: 'ยกเลิกสัญญา' })];
      expect(computeFlags(laoData([troubled({ contracts })], published), config)).toEqual([]);
    });

    it('is left out of bunching-below-ceiling', () => {
      const projects = Array.from({ length: 30 }, (_, i) => buy({ id: pid(i), method: 'specific', referencePrice: 600_000, agreedPrice: 499_000, contracts: [goodContract({ vendorId: `V${i}` })] }));
      expect(codesOf(computeFlags(laoData(projects), config))).toEqual(['bunching-below-ceiling']);
      projects[0] = { ...projects[0]!, status: 'ยกเลิกประกาศเชิญชวน' };
      expect(computeFlags(laoData(projects), config)).toEqual([]);
    });

    it('is left out of vendor-concentration and repeat-winner, sample and share', () => {
      const projects = Array.from({ length: 12 }, (_, i) => buy({ id: pid(i), contracts: [goodContract({ vendorId: 'A' })] }));
      expect(codesOf(computeFlags(laoData(projects), config))).toEqual(['repeat-winner', 'vendor-concentration']);
      // Eleven live contracts: A has fewer than twelve wins.
      projects[0] = { ...projects[0]!, status: 'ยกเลิก' };
      expect(codesOf(computeFlags(laoData(projects), config))).toEqual(['vendor-concentration']);
      // The share: with ten contracts of 100 from others, A's 300 is 30% only if a cancelled 1,000,000 contract is left out of the total.
      const share = [
        ...Array.from({ length: 3 }, (_, i) => buy({ id: `A${i}`, contracts: [goodContract({ vendorId: 'A', value: 100 })] })),
        ...Array.from({ length: 7 }, (_, i) => buy({ id: `O${i}`, contracts: [goodContract({ vendorId: `O${i}`, value: 100 })] })),
        buy({ id: 'CANCELLED', status: 'ยกเลิก', contracts: [goodContract({ vendorId: 'A', value: 1_000_000 })] }),
      ];
      expect(computeFlags(laoData(share), config)).toEqual([]);
    });

    it('is left out of year-end-rush', () => {
      const projects = Array.from({ length: 24 }, (_, i) => buy({ id: pid(i), method: 'specific', announcedDate: `2025-09-${String(1 + i).padStart(2, '0')}`, contracts: [goodContract({ vendorId: `V${i}` })] }));
      expect(codesOf(computeFlags(laoData(projects), config))).toEqual(['year-end-rush']);
      projects[0] = { ...projects[0]!, status: 'ยกเลิก' };
      expect(computeFlags(laoData(projects), config)).toEqual([]);
    });

    it('is left out of possible-splitting', () => {
      const part = (id: string, status: string | null) => buy({
        id, status, name: 'จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 4', method: 'specific', announcedDate: '2025-03-01', referencePrice: 300_000, agreedPrice: 300_000,
        contracts: [goodContract({ vendorId: 'V1', value: 300_000 })],
      });
      expect(codesOf(computeFlags(laoData([part('A', null), part('B', null)]), config))).toEqual(['near-reference-price', 'near-reference-price', 'possible-splitting']);
      expect(codesOf(computeFlags(laoData([part('A', null), part('B', 'ยกเลิก')]), config))).toEqual(['near-reference-price']);
    });
  });

  it('returns nothing for an LAO without procurement', () => {
    expect(computeFlags(laoData([], { expenseLines: [expenseLine({ laoId: LAO_ID })] }), config)).toEqual([]);
  });
});
