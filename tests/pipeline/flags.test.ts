// Red flags through the whole pipeline: computed on import, counted per LAO-year, carried to vendors
// and downloads; on the real files in ../shared/real their counts are kept as a golden file and a
// few were checked by hand against the rows that raised them.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { FlagCodeSchema, type Flag } from '../../src/lib/schema/flags.ts';
import type { LaoData, VendorContracts } from '../../src/lib/schema/site.ts';
import { loadFlagConfig } from '../../src/pipeline/flag-config.ts';
import { runImport, type ImportResult } from '../../src/pipeline/import.ts';
import { importAndExport, REAL } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const config = loadFlagConfig(join(ROOT, 'config/red-flags.json'));

async function importWithFlags(dataDir: string): Promise<{ result: ImportResult; laos: LaoData[] }> {
  const laos: LaoData[] = [];
  const result = await runImport({ dataDir, sink: { lao: (d) => laos.push(d), finish: () => {} }, flagConfig: config, log: () => {} });
  return { result, laos };
}

function countByCode(flags: readonly Flag[]): Record<string, number> {
  return Object.fromEntries(FlagCodeSchema.options.map((code) => [code, flags.filter((f) => f.code === code).length]));
}

describe('red flags of the sample', () => {
  let laos: LaoData[];
  let result: ImportResult;
  beforeAll(async () => ({ result, laos } = await importWithFlags(join(ROOT, 'data/sample'))));

  it('are counted per LAO-year as the LAO data lists them, and each names only projects of its LAO and year', () => {
    const flags = laos.flatMap((d) => d.flags);
    expect(flags.length).toBeGreaterThan(50);
    for (const data of laos) {
      for (const [fy, totals] of Object.entries(data.years)) {
        const mine = data.flags.filter((f) => f.fiscalYear === Number(fy));
        expect(totals.flags, `${data.lao.id} ${fy}`).toEqual(Object.fromEntries(Object.entries(countByCode(mine)).filter(([, n]) => n > 0)));
      }
      const projects = new Map(data.procurements.map((p) => [p.id, p]));
      for (const flag of data.flags) {
        for (const id of flag.procurementIds) expect(projects.get(id)?.fiscalYear, flag.id).toBe(flag.fiscalYear);
      }
    }
    // The headline the index keeps carries the counts too.
    const summary = result.laos.find((l) => l.id === laos[0]!.lao.id)!;
    expect(Object.fromEntries(Object.entries(summary.years).map(([fy, y]) => [fy, y.flags]))).toEqual(
      Object.fromEntries(Object.entries(laos[0]!.years).map(([fy, y]) => [fy, y.flags])));
  });

  it('reach vendors: flag codes on their contracts, and vendor-level flags on the vendor', () => {
    const contracts = result.vendorContracts.flatMap((v) => v.contracts);
    expect(contracts.some((c) => c.flags.length > 0)).toBe(true);
    const concentration = laos.flatMap((d) => d.flags).filter((f) => f.code === 'vendor-concentration');
    expect(concentration.length).toBeGreaterThan(0);
    for (const flag of concentration) {
      const vendor = result.vendorContracts.find((v) => v.vendorId === flag.vendorId) as VendorContracts;
      expect(vendor.flags.map((f) => f.id)).toContain(flag.id);
    }
  });

  it('fail the build with every broken field named when the configuration is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prongsai-flags-'));
    const broken = JSON.parse(readFileSync(join(ROOT, 'config/red-flags.json'), 'utf8'));
    broken.thresholds.specificCeiling[0].from = '23/08/2560';
    delete broken.thresholds.minimumBidders;
    writeFileSync(join(dir, 'red-flags.json'), JSON.stringify(broken));
    expect(() => loadFlagConfig(join(dir, 'red-flags.json'))).toThrow(/thresholds\.specificCeiling\.0\.from[\s\S]*thresholds\.minimumBidders|thresholds\.minimumBidders[\s\S]*thresholds\.specificCeiling\.0\.from/);
    expect(() => loadFlagConfig(join(dir, 'red-flags.json'))).toThrow(/ไฟล์ตั้งค่าสัญญาณเตือนไม่ถูกต้อง/);
  });

  it('are a download table whose rows are the flags, with Thai and English sentences', async () => {
    const { generated, out } = await importAndExport(join(ROOT, 'data/sample'));
    const rows = parse(readFileSync(join(out, 'all/flags.csv'), 'utf8').slice(1), { columns: true }) as Record<string, string>[];
    const flags = laos.flatMap((d) => d.flags);
    expect(rows.map((r) => r.flag_id).sort()).toEqual(flags.map((f) => f.id).sort());
    const row = rows.find((r) => r.code === 'specific-over-ceiling')!;
    expect(row.description).toMatch(/^ซื้อหรือจ้างด้วยวิธีเฉพาะเจาะจง .+ สูงกว่าเพดาน 500,000\u00a0บาท$/);
    expect(row.description_en).toMatch(/above the 500,000\u00a0baht ceiling$/);
    expect(JSON.parse(row.trigger_values!)).toMatchObject({ ceiling: 500000 });
    expect(JSON.parse(readFileSync(join(generated, 'flag-config.json'), 'utf8'))).toEqual(config);
  }, 60_000);
});

describe.skipIf(!existsSync(REAL))('red flags of the real files in ../shared/real', () => {
  let laos: LaoData[];
  beforeAll(async () => ({ laos } = await importWithFlags(REAL)), 120_000);
  const byLaoName = (name: string) => laos.find((d) => d.lao.name === name)!;

  it('are counted per kind as the golden file says', async () => {
    const flags = laos.flatMap((d) => d.flags);
    const golden = { procurementProjects: laos.reduce((n, d) => n + d.procurements.length, 0), flags: flags.length, byCode: countByCode(flags) };
    await expect(JSON.stringify(golden, null, 1) + '\n').toMatchFileSnapshot('./golden/real-flags.json');
  });

  // Checked by hand against ../shared/real/egp-contract-2568-phangnga-lamphun.csv.
  it('raise specific-over-ceiling on row 54: อบจ.ลำพูน bought ballots for 1,031,792 baht by the specific method', () => {
    const flag = byLaoName('องค์การบริหารส่วนจังหวัดลำพูน').flags.find((f) => f.code === 'specific-over-ceiling' && f.procurementIds[0] === '68019212030')!;
    expect(flag.values).toEqual({ amount: 1031792, ceiling: 500000 });
  });

  it('raise possible-splitting on rows 87 and 119: two street-light repairs from one partnership two days apart, 358,000 + 168,900 baht', () => {
    const flag = byLaoName('องค์การบริหารส่วนจังหวัดลำพูน').flags.find((f) => f.code === 'possible-splitting' && f.procurementIds.includes('67109298901'))!;
    expect(flag.procurementIds).toEqual(['67109298901', '67119163436']);
    expect(flag.vendorId).toBe('0513552000092');
    expect(flag.values).toEqual({ purchases: 2, total: 526900, ceiling: 500000, from: '2024-11-27', to: '2024-11-29', windowDays: 30 });
  });

  it('raise possible-splitting on rows 367 and 384: sports clothes and uniforms from one company six days apart', () => {
    const flag = byLaoName('องค์การบริหารส่วนจังหวัดพังงา').flags.find((f) => f.code === 'possible-splitting' && f.procurementIds.includes('68089585726'))!;
    expect(flag.procurementIds).toEqual(['68089585726', '68099207818']);
    expect(flag.values).toMatchObject({ purchases: 2, total: 736087 });
  });

  it('raise near-reference-price on the budget, since the e-GP export leaves every reference price blank', () => {
    const flags = laos.flatMap((d) => d.flags).filter((f) => f.code === 'near-reference-price');
    expect(flags.length).toBeGreaterThan(100);
    expect(flags.every((f) => f.values.baseKind === 'budget' && Number(f.values.ratio) >= 0.99 && Number(f.values.agreedPrice) >= 100_000)).toBe(true);
  });

  it('do not count people\'s and shops\' blank tax ids (e-GP hides citizen ids), only registered businesses\'', () => {
    const flagged = new Set(laos.flatMap((d) => d.flags).filter((f) => f.code === 'invalid-tax-id').flatMap((f) => f.procurementIds));
    const names = laos.flatMap((d) => d.procurements).filter((p) => flagged.has(p.id)).flatMap((p) => p.contracts.filter((c) => c.taxIdStatus !== 'valid').map((c) => c.vendorName ?? ''));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /บริษัท|ห้างหุ้นส่วนจำกัด|หจก|บจก|สหกรณ์|จำกัด/.test(n))).toBe(true);
  });
});
