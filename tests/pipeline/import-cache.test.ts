// The import's file cache: a file unchanged since an earlier import is replayed from what reading it
// gave, and the import's result (every LAO, vendor, issue and reconciled total) is exactly the result
// of reading the files again — for clean files, real files and files full of mistakes.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LaoData } from '../../src/lib/schema/site.ts';
import { BuildCache } from '../../src/pipeline/build-cache.ts';
import { runImport } from '../../src/pipeline/import.ts';
import { dataFolder, FIXTURES, REAL } from './helpers.ts';

const SAMPLE = new URL('../../data/sample/', import.meta.url).pathname;

async function importWith(dataDir: string, store?: BuildCache): Promise<string> {
  const laos: LaoData[] = [];
  const result = await runImport({
    dataDir, sink: { lao: (d) => laos.push(d), finish: () => {} }, log: () => {},
    ...(store ? { cache: { store, salt: 'code' } } : {}),
  });
  return JSON.stringify({ result, laos });
}

/** A folder with mistakes of most kinds: rows naming no LAO, LAOs not in the organisations file, missing values, extra fields, a broken quote, an sขร.1 file, Windows-874. */
function messyFolder(): string {
  const header = readFileSync(join(SAMPLE, 'procurement.csv'), 'utf8').split('\n')[0]!;
  const row = (lao: string, province: string, id: string, name: string, extra = '') =>
    `${lao ? '3610101' : ''},${lao},${province},2568,${id},${name},เฉพาะเจาะจง,1500.5,,,,0993061050835,ร้าน ก,1000,001/2568,12/11/2567,,1000,แล้วเสร็จตามสัญญา,,${extra}`;
  return dataFolder({
    'organisations.csv': { copy: join(SAMPLE, 'organisations.csv') },
    'skr1.csv': { copy: join(SAMPLE, 'skr1-5610401-2568-08.csv') },
    'egp-26.csv': { copy: join(FIXTURES, 'egp-contract-26-windows874.csv.bin') },
    'egp-31.csv': { copy: join(FIXTURES, 'egp-contract-31.csv.bin') },
    'procurement-bad.csv': [
      header,
      row('เทศบาลนครสะแกกรัง', 'อุทัยธานี', '68010000001', 'ซ่อมถนน'),
      row('', '', '68010000002', 'ซ่อมท่อ'),
      row('เทศบาลตำบลที่ไม่อยู่ในรายชื่อ', 'อุทัยธานี', '68010000006', 'ซ่อมท่อ'),
      row('เทศบาลนครสะแกกรัง', 'อุทัยธานี', '68010000003', ''),
      '',
      row('เทศบาลนครสะแกกรัง', 'อุทัยธานี', '68010000004', 'ซื้อวัสดุ', ',เกิน,มา'),
      `${row('เทศบาลนครสะแกกรัง', 'อุทัยธานี', '68010000005', '"ปิดไม่ครบ')}`,
    ].join('\n') + '\n',
  });
}

describe('the import’s file cache', () => {
  const folders: [string, () => string][] = [['the sample', () => SAMPLE], ['files full of mistakes', messyFolder]];
  if (existsSync(REAL)) folders.push(['the real files', () => REAL]);

  for (const [name, folder] of folders) {
    it(`gives exactly the result of reading the files again: ${name}`, async () => {
      const dataDir = folder();
      const root = mkdtempSync(join(tmpdir(), 'prongsai-import-cache-'));
      const plain = await importWith(dataDir);
      const filling = new BuildCache(root, 'import');
      expect(await importWith(dataDir, filling)).toBe(plain);
      expect(filling.hits).toBe(0);
      const replaying = new BuildCache(root, 'import');
      expect(await importWith(dataDir, replaying)).toBe(plain);
      expect(replaying.misses).toBe(0);
      expect(replaying.hits).toBe(filling.misses);
      expect(replaying.hits).toBeGreaterThan(0);
      if (folder === messyFolder) {
        const codes = new Set((JSON.parse(plain) as { result: { report: { issues: { code: string }[] } } }).result.report.issues.map((i) => i.code));
        for (const code of ['MissingLao', 'MissingRequired', 'ExtraFields', 'UnreadableCsv']) expect(codes).toContain(code);
      }
    }, 120_000);
  }

  it('reads a changed file again and replays the others', async () => {
    const dataDir = dataFolder({
      'organisations.csv': { copy: join(SAMPLE, 'organisations.csv') },
      'procurement.csv': { copy: join(SAMPLE, 'procurement.csv') },
      'plan-projects.csv': { copy: join(SAMPLE, 'plan-projects.csv') },
    });
    const root = mkdtempSync(join(tmpdir(), 'prongsai-import-cache-'));
    await importWith(dataDir, new BuildCache(root, 'import'));
    const text = readFileSync(join(dataDir, 'procurement.csv'), 'utf8').replace(/\r?\n$/, '');
    writeFileSync(join(dataDir, 'procurement.csv'), `${text.slice(0, text.lastIndexOf('\n'))}\n`);
    const store = new BuildCache(root, 'import');
    const replayed = await importWith(dataDir, store);
    expect([store.hits, store.misses]).toEqual([1, 1]);
    expect(replayed).toBe(await importWith(dataDir));
  }, 60_000);
});
