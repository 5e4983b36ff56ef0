import { describe, expect, it } from 'vitest';
import { generateSampleData } from '../../../src/lib/sample/default-sample.ts';
import { selectLaos } from '../../../src/lib/sample/dataset-writer.ts';
import { buildNationalRegistry, stratifiedSelection } from '../../../src/lib/sample/lao-registry.ts';
import { LAO_TYPE_INFO, NATIONAL_TYPE_COUNTS } from '../../../src/lib/sample/lao-types.ts';
import type { LaoTypeKey, SampleLao } from '../../../src/lib/sample/model.ts';
import { PROVINCES } from '../../../src/lib/sample/provinces.ts';
import { sampleLaos } from '../../../src/lib/sample/sample-laos.ts';

function mix(laos: readonly SampleLao[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const lao of laos) out[lao.type] = (out[lao.type] ?? 0) + 1;
  return out;
}

function checkCodes(laos: readonly SampleLao[]): void {
  const provinceCodes = new Set(PROVINCES.map((p) => p.code));
  for (const lao of laos) {
    expect(lao.code, lao.name).toMatch(/^[2-6]\d{6}$/);
    expect(lao.code[0]).toBe(LAO_TYPE_INFO[lao.type].codeDigit);
    expect(lao.code.slice(1, 3)).toBe(lao.provinceCode);
    expect(provinceCodes.has(lao.provinceCode)).toBe(true);
    if (lao.type !== 'bangkok' && lao.type !== 'pattaya') expect(lao.name.startsWith(LAO_TYPE_INFO[lao.type].prefix)).toBe(true);
  }
  expect(new Set(laos.map((l) => l.code)).size).toBe(laos.length);
  expect(new Set(laos.map((l) => `${l.name}|${l.province}`)).size).toBe(laos.length);
}

describe('LAO type mix', () => {
  it('the default sample has 1 อบจ., 1 เทศบาลนคร, 1 เทศบาลเมือง, 2 เทศบาลตำบล and 2 อบต. in two provinces', () => {
    const laos = sampleLaos();
    expect(mix(laos)).toEqual({ pao: 1, city: 1, town: 1, subdistrict: 2, sao: 2 });
    expect(new Set(laos.map((l) => l.province)).size).toBe(2);
    checkCodes(laos);
    expect(generateSampleData(2568).map((d) => d.lao.code)).toEqual(laos.map((l) => l.code));
  });

  it('the national registry has the real type counts, 7,850 LAOs and 77 provinces', () => {
    const registry = buildNationalRegistry(20250101);
    expect(registry).toHaveLength(7850);
    expect(mix(registry)).toEqual({ ...NATIONAL_TYPE_COUNTS });
    expect(new Set(registry.map((l) => l.provinceCode)).size).toBe(77);
    for (const p of PROVINCES.filter((p) => p.code !== '10')) {
      expect(registry.filter((l) => l.provinceCode === p.code && l.type === 'pao'), p.name).toHaveLength(1);
    }
    checkCodes(registry);
  });

  it('a small national-like run keeps the national proportions', () => {
    const registry = buildNationalRegistry(20250101);
    const picked = stratifiedSelection(registry, 300);
    expect(picked).toHaveLength(300);
    const counts = mix(picked);
    for (const [type, n] of Object.entries(NATIONAL_TYPE_COUNTS) as [LaoTypeKey, number][]) {
      expect(Math.abs((counts[type] ?? 0) - (300 * n) / 7850), type).toBeLessThan(1);
    }
    expect(new Set(picked.map((l) => l.provinceCode)).size).toBeGreaterThan(50);
  });

  it('the province scale covers about 200 LAOs of two provinces', () => {
    const { laos } = selectLaos({ scale: 'province', seed: 20250101 });
    expect(laos.length).toBeGreaterThan(180);
    expect(laos.length).toBeLessThan(230);
    expect(new Set(laos.map((l) => l.province))).toEqual(new Set(['นครสวรรค์', 'อุทัยธานี']));
    expect(mix(laos).pao).toBe(2);
  });
});
