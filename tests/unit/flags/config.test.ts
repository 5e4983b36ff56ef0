import { describe, expect, it } from 'vitest';
import { bunchingBelowCeiling, nearReferencePrice, possibleSplitting, specificOverCeiling } from '../../../src/lib/flags/compute.ts';
import { parseFlagConfig, threshold, thresholdVersion } from '../../../src/lib/flags/config.ts';
import { FlagConfigSchema, type FlagConfig, type ThresholdKey } from '../../../src/lib/schema/flags.ts';
import type { ProcurementProject } from '../../../src/lib/schema/procurement.ts';
import { CONFIG_FILE, buy, config, goodContract, laoData, loadConfig, pid, shippedConfigJson, withVersion } from './fixtures.ts';

const KEYS = Object.keys(FlagConfigSchema.shape.thresholds.shape) as ThresholdKey[];
const HEADER_TH = 'ไฟล์ตั้งค่าสัญญาณเตือนไม่ถูกต้อง';
const HEADER_EN = 'The red-flag configuration is not valid';

/** The shipped config with a second ceiling: 1,000,000 baht from 1 January 2026. */
const raised = withVersion(config, 'specificCeiling', 1_000_000, '2026-01-01');

const onProjects = (check: typeof specificOverCeiling, projects: ProcurementProject[], cfg: FlagConfig) => check(laoData(projects), projects, cfg);

/** The message parseFlagConfig throws for the shipped JSON after `breakIt`. */
function errorFor(breakIt: (json: ReturnType<typeof shippedConfigJson>) => void, file = CONFIG_FILE): string {
  const json = shippedConfigJson();
  breakIt(json);
  try {
    parseFlagConfig(json, file);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error('parseFlagConfig accepted a broken config');
}

describe('thresholdVersion / threshold', () => {
  it('picks the version in force on a date: the latest one starting on or before it', () => {
    expect(threshold(raised, 'specificCeiling', '2017-08-23')).toBe(500_000);
    expect(threshold(raised, 'specificCeiling', '2025-12-31')).toBe(500_000);
    expect(threshold(raised, 'specificCeiling', '2026-01-01')).toBe(1_000_000);
    expect(threshold(raised, 'specificCeiling', '2026-01-02')).toBe(1_000_000);
    expect(threshold(raised, 'specificCeiling', '2040-01-01')).toBe(1_000_000);
  });

  it('falls back to the earliest version before any version starts', () => {
    expect(threshold(raised, 'specificCeiling', '2017-08-22')).toBe(500_000);
    expect(threshold(raised, 'specificCeiling', '2000-01-01')).toBe(500_000);
  });

  it('returns the whole version, basis and source included', () => {
    const before = thresholdVersion(raised, 'specificCeiling', '2025-06-01');
    expect(before).toEqual(config.thresholds.specificCeiling[0]);
    expect(before.basis.th).toContain('500,000');
    expect(thresholdVersion(raised, 'specificCeiling', '2026-06-01')).toEqual({ value: 1_000_000, from: '2026-01-01', basis: { th: 'ค่าทดสอบ', en: 'Test value' } });
  });

  it('does not depend on the order of the versions in the file, and leaves that order alone', () => {
    const versions = [
      { value: 3, from: '2030-01-01', basis: { th: 'ค', en: 'c' } },
      { value: 1, from: '2017-08-23', basis: { th: 'ก', en: 'a' } },
      { value: 2, from: '2026-01-01', basis: { th: 'ข', en: 'b' } },
    ];
    const shuffled: FlagConfig = { ...config, thresholds: { ...config.thresholds, repeatWins: versions } };
    const before = structuredClone(versions);
    expect(['2017-01-01', '2017-08-23', '2025-12-31', '2026-01-01', '2029-12-31', '2030-01-01', '2031-01-01'].map((d) => threshold(shuffled, 'repeatWins', d)))
      .toEqual([1, 1, 1, 2, 2, 3, 3]);
    expect(versions).toEqual(before);
  });

  it('leaves the other thresholds alone', () => {
    for (const key of KEYS.filter((k) => k !== 'specificCeiling')) {
      expect(threshold(raised, key, '2026-06-01'), key).toBe(config.thresholds[key][0]!.value);
    }
  });
});

describe('dated thresholds in the checks', () => {
  const specific = (id: string, agreedPrice: number, announcedDate: string | null, over: Partial<ProcurementProject> = {}) =>
    buy({ id, method: 'specific', agreedPrice, announcedDate, ...over });

  it('specificOverCeiling judges a procurement announced before the change by 500,000 and one after by 1,000,000', () => {
    const [before] = onProjects(specificOverCeiling, [specific('B', 600_000, '2025-12-31')], raised);
    expect(before?.values).toEqual({ amount: 600_000, ceiling: 500_000 });
    expect(onProjects(specificOverCeiling, [specific('A', 600_000, '2026-01-01')], raised)).toEqual([]);
    expect(onProjects(specificOverCeiling, [specific('A', 1_000_000, '2026-01-01')], raised)).toEqual([]);
    const [after] = onProjects(specificOverCeiling, [specific('A', 1_000_000.01, '2026-01-01')], raised);
    expect(after?.values).toEqual({ amount: 1_000_000.01, ceiling: 1_000_000 });
  });

  it('dates an unannounced procurement by its earliest contract signing, else the first day of its fiscal year', () => {
    const signed = (date: string) => specific('S', 600_000, null, { fiscalYear: 2569, contracts: [goodContract({ signedDate: '2026-03-01' }), goodContract({ signedDate: date })] });
    expect(onProjects(specificOverCeiling, [signed('2026-02-01')], raised)).toEqual([]);
    expect(onProjects(specificOverCeiling, [signed('2025-12-15')], raised)[0]?.values.ceiling).toBe(500_000);
    const undated = (fiscalYear: number) => specific('U', 600_000, null, { fiscalYear, contracts: [goodContract({ signedDate: null })] });
    // FY2569 starts on 1 October 2025 (old ceiling), FY2570 on 1 October 2026 (new ceiling).
    expect(onProjects(specificOverCeiling, [undated(2569)], raised)[0]?.values.ceiling).toBe(500_000);
    expect(onProjects(specificOverCeiling, [undated(2570)], raised)).toEqual([]);
  });

  it('the shipped config, with one version only, uses 500,000 on both sides of the date', () => {
    expect(onProjects(specificOverCeiling, [specific('A', 600_000, '2026-01-01')], config)[0]?.values.ceiling).toBe(500_000);
  });

  it('possibleSplitting takes the ceiling in force on the first purchase of the group', () => {
    const part = (id: string, agreedPrice: number, announcedDate: string) =>
      specific(id, agreedPrice, announcedDate, { name: 'จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 4', contracts: [goodContract({ vendorId: 'V1', value: agreedPrice })] });
    expect(onProjects(possibleSplitting, [part('A', 400_000, '2025-12-01'), part('B', 400_000, '2025-12-10')], raised)[0]?.values)
      .toMatchObject({ total: 800_000, ceiling: 500_000 });
    expect(onProjects(possibleSplitting, [part('A', 400_000, '2026-01-05'), part('B', 400_000, '2026-01-10')], raised)).toEqual([]);
    // Under the new ceiling a 600,000 purchase may be specific, and two of them are a possible split.
    expect(onProjects(possibleSplitting, [part('A', 600_000, '2026-01-05'), part('B', 600_000, '2026-01-10')], raised)[0]?.values)
      .toMatchObject({ total: 1_200_000, ceiling: 1_000_000 });
    expect(onProjects(possibleSplitting, [part('A', 600_000, '2025-12-05'), part('B', 600_000, '2025-12-10')], raised)).toEqual([]);
  });

  it('bunchingBelowCeiling takes the ceiling in force on the first day of the fiscal year', () => {
    const year = (fiscalYear: number, agreedPrice: number, announcedDate: string) =>
      Array.from({ length: 30 }, (_, i) => specific(pid(i), agreedPrice, announcedDate, { fiscalYear, contracts: [goodContract({ vendorId: `V${i}` })] }));
    expect(onProjects(bunchingBelowCeiling, year(2570, 990_000, '2027-03-01'), raised)[0]?.values)
      .toEqual({ inBand: 30, below: 0, bandFrom: 900_000, ceiling: 1_000_000, sample: 30 });
    expect(onProjects(bunchingBelowCeiling, year(2570, 499_000, '2027-03-01'), raised)).toEqual([]);
    // FY2569 began on 1 October 2025, under the old ceiling, though these purchases came after the change.
    expect(onProjects(bunchingBelowCeiling, year(2569, 499_000, '2026-03-01'), raised)[0]?.values).toMatchObject({ inBand: 30, ceiling: 500_000 });
  });

  it('any threshold may be dated: nearReferenceShare lowered to 95% from 2026', () => {
    const lowered = withVersion(config, 'nearReferenceShare', 0.95, '2026-01-01');
    const near = (announcedDate: string) => buy({ id: 'N', announcedDate, referencePrice: 1_000_000, agreedPrice: 960_000 });
    expect(onProjects(nearReferencePrice, [near('2025-12-31')], lowered)).toEqual([]);
    expect(onProjects(nearReferencePrice, [near('2026-01-01')], lowered)[0]?.values.ratio).toBe(0.96);
  });
});

describe('parseFlagConfig', () => {
  it('accepts the shipped config as it is', () => {
    const json = shippedConfigJson();
    expect(parseFlagConfig(json, CONFIG_FILE)).toEqual(json);
  });

  it('rejects a missing threshold, naming the file and the field, in Thai and English', () => {
    const message = errorFor((json) => delete json.thresholds.specificCeiling);
    expect(message).toContain(HEADER_TH);
    expect(message).toContain(HEADER_EN);
    expect(message).toMatch(/^ {2}config\/red-flags\.json: thresholds\.specificCeiling: /m);
  });

  it.each<[string, (json: ReturnType<typeof shippedConfigJson>) => void, string]>([
    ['a negative value', (j) => ((j.thresholds.minimumBidders![0] as { value: number }).value = -1), 'thresholds.minimumBidders.0.value'],
    ['a value that is not a number', (j) => ((j.thresholds.concentrationShare![0] as { value: unknown }).value = '0.3'), 'thresholds.concentrationShare.0.value'],
    ['a date not in ISO form', (j) => ((j.thresholds.rushFactor![0] as { from: string }).from = '23/08/2017'), 'thresholds.rushFactor.0.from'],
    ['a basis without English', (j) => delete (j.thresholds.bunchingBand![0] as { basis: { en?: string } }).basis.en, 'thresholds.bunchingBand.0.basis.en'],
    ['a basis with empty Thai', (j) => ((j.thresholds.bunchingRatio![0] as { basis: { th: string } }).basis.th = ''), 'thresholds.bunchingRatio.0.basis.th'],
    ['a threshold without any version', (j) => (j.thresholds.repeatWins = []), 'thresholds.repeatWins'],
    ['a source that is not a URL', (j) => ((j.thresholds.rushMinimumSample![0] as { url: string }).url = 'gprocurement'), 'thresholds.rushMinimumSample.0.url'],
    ['an unknown threshold (a misspelt name)', (j) => (j.thresholds.specificCeilling = j.thresholds.specificCeiling!), 'thresholds'],
  ])('rejects %s, naming the field path', (_, breakIt, path) => {
    const message = errorFor(breakIt, 'my/flags.json');
    expect(message).toContain(HEADER_TH);
    expect(message).toContain(HEADER_EN);
    const lines = message.split('\n').slice(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`  my/flags.json: ${path}: `)).toBe(true);
  });

  it('names the misspelt threshold', () => {
    expect(errorFor((j) => (j.thresholds.specificCeilling = j.thresholds.specificCeiling!))).toContain('specificCeilling');
  });

  it('lists every problem, one line each, not only the first', () => {
    const message = errorFor((j) => {
      delete j.thresholds.specificCeiling;
      (j.thresholds.minimumBidders![0] as { value: number }).value = -3;
      (j.thresholds.rushFactor![0] as { from: string }).from = '2017-8-23';
    });
    const lines = message.split('\n').slice(1);
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.split(': ')[1])).toEqual(expect.arrayContaining(['thresholds.specificCeiling', 'thresholds.minimumBidders.0.value', 'thresholds.rushFactor.0.from']));
  });

  it('says (root) when the file is not an object, and names the missing thresholds object', () => {
    expect(() => parseFlagConfig(null, 'x.json')).toThrow(/ {2}x\.json: \(root\): /);
    expect(() => parseFlagConfig([], 'x.json')).toThrow(/ {2}x\.json: \(root\): /);
    expect(() => parseFlagConfig({}, 'x.json')).toThrow(/ {2}x\.json: thresholds: /);
  });

  // Otherwise thresholdVersion would pick one of them by list order, not by any rule.
  it('rejects two versions of one threshold from the same day', () => {
    errorFor((j) => j.thresholds.specificCeiling!.push({ ...(j.thresholds.specificCeiling![0] as object), value: 1_000_000 }));
  });
});

describe('the shipped config/red-flags.json', () => {
  const shipped = loadConfig();
  const json = shippedConfigJson();

  it('has every threshold the schema knows, and nothing else', () => {
    expect(Object.keys(json.thresholds).sort()).toEqual([...KEYS].sort());
  });

  it('gives every version a basis in Thai and in English', () => {
    for (const key of KEYS) {
      for (const version of shipped.thresholds[key]) {
        expect(version.basis.th, key).toMatch(/[\u0E01-\u0E5B]{3}/);
        expect(version.basis.en, key).toMatch(/[A-Za-z]{3}/);
        expect(version.basis.en, key).not.toMatch(/[\u0E00-\u0E7F]/);
        expect(version.basis.th.trim().length, key).toBeGreaterThan(10);
        expect(version.basis.en.trim().length, key).toBeGreaterThan(10);
      }
    }
  });

  it('dates every version on a real calendar day, at most one version per day', () => {
    for (const key of KEYS) {
      const froms = shipped.thresholds[key].map((v) => v.from);
      for (const from of froms) expect(new Date(`${from}T00:00:00Z`).toISOString().slice(0, 10), key).toBe(from);
      expect(new Set(froms).size, key).toBe(froms.length);
    }
  });

  it('holds the values the indicators are documented with, from the day the Procurement Act 2017 took effect', () => {
    const today = Object.fromEntries(KEYS.map((key) => [key, threshold(shipped, key, '2025-06-01')]));
    expect(today).toEqual({
      specificCeiling: 500_000, nearReferenceShare: 0.99, nearReferenceMinimum: 100_000, minimumBidders: 3, splittingWindowDays: 30,
      splittingSimilarity: 0.6, bunchingBand: 0.1, bunchingRatio: 2, bunchingMinimumSample: 30, concentrationShare: 0.3,
      concentrationMinimumContracts: 10, repeatWins: 12, rushFactor: 2, rushMinimumSample: 24, rushMinimumSeptember: 5, referencePriceRequiredAbove: 100_000,
    });
    expect(thresholdVersion(shipped, 'specificCeiling', '2025-06-01').from).toBe('2017-08-23');
  });

  it('keeps shares between 0 and 1 and counts as whole numbers of at least one', () => {
    const shares: ThresholdKey[] = ['nearReferenceShare', 'splittingSimilarity', 'bunchingBand', 'concentrationShare'];
    const counts: ThresholdKey[] = ['minimumBidders', 'splittingWindowDays', 'bunchingMinimumSample', 'concentrationMinimumContracts', 'repeatWins', 'rushMinimumSample', 'rushMinimumSeptember'];
    for (const key of shares) for (const v of shipped.thresholds[key]) expect(v.value > 0 && v.value <= 1, key).toBe(true);
    for (const key of counts) for (const v of shipped.thresholds[key]) expect(Number.isInteger(v.value) && v.value >= 1, key).toBe(true);
  });
});
