import { describe, expect, it } from 'vitest';
import { completeness, completenessChecks } from '../../../src/lib/site/completeness.ts';
import { comparisonRows, comparisonYear, peerPerCapita } from '../../../src/lib/site/province-view.ts';
import { bareName, datasetHeadline, indexLetter } from '../../../src/lib/site/dataset-view.ts';
import { planAnchor, procurementAnchor, procurementPath } from '../../../src/lib/site/anchors.ts';
import { provinceLabel, provinceName, provinceSlug, PROVINCES } from '../../../src/lib/geo/provinces.ts';
import type { LaoSummary } from '../../../src/lib/schema/site.ts';
import { headline } from './fixtures.ts';

function lao(over: Partial<LaoSummary>): LaoSummary {
  return { id: 'x', code: null, name: 'องค์การบริหารส่วนตำบลบ้านไร่', type: 'sao', province: 'อุทัยธานี', district: null, population: null, fiscalYears: [], years: {}, url: '/lao/x/', ...over };
}

describe('completeness(year)', () => {
  it('is the mean of the checks that apply', () => {
    expect(completeness(headline())).toBe(1);
    // no revenue (0), half the tax ids (0.5): (1 + 0 + 1 + 0.5 + 1 + 1) / 6
    expect(completeness(headline({ revenueTotal: null, contractsWithTaxId: 2 }))).toBeCloseTo(4.5 / 6);
  });
  it('leaves contract checks out when there are no contracts', () => {
    const y = headline({ contracts: 0, procurementProjects: 0, contractsWithTaxId: 0, procurementsWithBudgetLine: 0, population: null });
    expect(completenessChecks(y).filter((c) => c.score === null).map((c) => c.key)).toEqual(['tax-ids', 'contract-values', 'budget-links']);
    expect(completeness(y)).toBeCloseTo(2 / 3);
  });
});

describe('comparisonRows(laos, fiscalYear)', () => {
  it('computes per-capita expense, own-revenue share and the specific-method share', () => {
    const [row] = comparisonRows([lao({ years: { 2568: headline() } })], 2568);
    expect(row).toMatchObject({ expense: 1_000_000, perCapita: 1000, ownRevenueShare: 0.1, contractValue: 400_000, specificShare: 0.75, completeness: 1 });
  });
  it('gives nulls, not zeros, where the data is missing', () => {
    const [none, noPopulation] = comparisonRows([lao({}), lao({ years: { 2568: headline({ population: null, contracts: 0, ownRevenueTotal: null }) } })], 2568);
    expect(none).toMatchObject({ expense: null, perCapita: null, completeness: null });
    expect(noPopulation).toMatchObject({ perCapita: null, ownRevenueShare: null, contractValue: null, specificShare: null });
  });
  it('compares the year most LAOs have, the latest on a tie', () => {
    expect(comparisonYear([lao({ fiscalYears: [2567, 2568] }), lao({ fiscalYears: [2567] })])).toBe(2567);
    expect(comparisonYear([lao({ fiscalYears: [2567, 2568] })])).toBe(2568);
    expect(comparisonYear([lao({})])).toBeNull();
  });
});

describe('datasetHeadline and the name index', () => {
  it('adds up the latest year with expense data and the latest with contracts separately', () => {
    const h = datasetHeadline([
      lao({ years: { 2567: headline({ expenseTotal: 5 }), 2568: headline({ expenseTotal: null, contracts: 1, contractValue: 7 }) } }),
      lao({ province: 'ชัยนาท', years: { 2567: headline({ expenseTotal: 6, contracts: 0 }) } }),
    ]);
    expect(h).toMatchObject({ laos: 2, provinces: 2, expenseYear: 2567, expenseTotal: 11, laosWithExpense: 2, contractYear: 2568, contractValue: 7, contracts: 1 });
  });
  it('files names without their type prefix, under the first consonant', () => {
    expect(bareName('องค์การบริหารส่วนตำบลบ้านไร่')).toBe('บ้านไร่');
    expect(bareName('เทศบาลตำบลเมืองการุ้ง')).toBe('เมืองการุ้ง');
    expect(bareName('กรุงเทพมหานคร')).toBe('กรุงเทพมหานคร');
    expect(indexLetter('เทศบาลเมืองอุทัยธานี')).toBe('อ');
    expect(indexLetter('องค์การบริหารส่วนตำบลเขาขี้ฝอย')).toBe('ข');
  });
});

describe('permalinks', () => {
  it('anchor a procurement project by its e-GP number, or by a digest of its id', () => {
    expect(procurementAnchor({ id: '68019000001', sourceId: '68019000001' })).toBe('p-68019000001');
    const digest = procurementAnchor({ id: '6610601:abc', sourceId: 'สขร/1' });
    expect(digest).toMatch(/^p-[0-9a-f]{10}$/);
    expect(procurementAnchor({ id: '6610601:abc', sourceId: 'สขร/1' })).toBe(digest);
    expect(procurementPath({ id: '1', sourceId: '1', laoId: '6610601', fiscalYear: 2568 })).toBe('/lao/6610601/2568/#p-1');
    expect(planAnchor({ id: 'a' })).not.toBe(planAnchor({ id: 'b' }));
  });
  it('name provinces by their DOPA code, with English names for all 77', () => {
    expect(PROVINCES).toHaveLength(77);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(77);
    expect(provinceSlug('อุทัยธานี')).toBe('61');
    expect(provinceName('อุทัยธานี', 'en')).toBe('Uthai Thani');
    expect(provinceSlug('ไม่มีจังหวัดนี้')).toMatch(/^x-[0-9a-f]{10}$/);
  });
});

describe('peerPerCapita(laos, lao, fiscalYear)', () => {
  const peer = (id: string, expense: number, over: Partial<LaoSummary> = {}) => lao({ id, years: { 2568: headline({ expenseTotal: expense, population: 100 }) }, ...over });
  it('takes the median per-capita expense of LAOs of the same type in the same province', () => {
    const laos = [peer('a', 1000), peer('b', 3000), peer('c', 2000), peer('d', 4000), peer('e', 9e9, { type: 'pao' }), peer('f', 9e9, { province: 'ชัยนาท' })];
    expect(peerPerCapita(laos, { province: 'อุทัยธานี', type: 'sao' }, 2568)).toEqual({ median: 25, count: 4 });
  });
  it('says nothing with fewer than three peers to compare', () => {
    expect(peerPerCapita([peer('a', 1), peer('b', 2)], { province: 'อุทัยธานี', type: 'sao' }, 2568)).toBeNull();
  });
});

describe('provinceLabel(name, lang)', () => {
  it('writes จังหวัด before a province, but not before Bangkok', () => {
    expect(provinceLabel('อุทัยธานี', 'th')).toBe('จังหวัดอุทัยธานี');
    expect(provinceLabel('อุทัยธานี', 'en')).toBe('Uthai Thani province');
    expect(provinceLabel('กรุงเทพมหานคร', 'th')).toBe('กรุงเทพมหานคร');
    expect(provinceLabel('กรุงเทพมหานคร', 'en')).toBe('Bangkok');
  });
});
