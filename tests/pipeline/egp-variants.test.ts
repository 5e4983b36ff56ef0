import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, FIXTURES, importFolder } from './helpers.ts';

const strip = (laos: unknown) => JSON.stringify(laos).replace(/"file":"[^"]*"/g, '"file":""');

describe('e-GP header variants give identical content', async () => {
  const base = await importFolder(dataFolder({ 'a.csv': { copy: join(FIXTURES, 'formats/egp-contract.csv') } }));

  it('26 header names over 28-field rows, Windows-874', async () => {
    const legacy = await importFolder(dataFolder({ 'a.csv': readFileSync(join(FIXTURES, 'egp-contract-26-windows874.csv.bin')) }));
    expect(legacy.result.report.files[0]).toMatchObject({ format: 'egp-contract', encoding: 'windows-874', rowsRead: 3, rowsImported: 3 });
    expect(legacy.result.report.issues).toEqual([]);
    expect(strip(legacy.laos)).toBe(strip(base.laos));
  });

  it('31 header names with phantom (Eng) columns', async () => {
    const wide = await importFolder(dataFolder({ 'a.csv': readFileSync(join(FIXTURES, 'egp-contract-31.csv.bin')) }));
    expect(wide.result.report.files[0]).toMatchObject({ format: 'egp-contract', rowsImported: 3 });
    expect(wide.result.report.issues.map((i) => `${i.code} ${i.column}`).sort()).toEqual([
      'UnusedColumn ชื่อโครงการ(Eng)', 'UnusedColumn ชื่อหน่วยงาน(Eng)', 'UnusedColumn ชื่อผู้ชนะ(Eng)',
    ].sort());
    expect(strip(wide.laos)).toBe(strip(base.laos));
  });
});
