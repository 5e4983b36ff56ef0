import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DEFAULT_LICENCE } from '../../src/lib/export/provenance.ts';
import type { DownloadIndex } from '../../src/lib/schema/downloads.ts';
import type { LaoData } from '../../src/lib/schema/site.ts';
import { importToDisk } from '../../src/pipeline/import-to-disk.ts';
import { runImport, type ImportResult } from '../../src/pipeline/import.ts';
import { writeDownloads } from '../../src/pipeline/write-downloads.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
export const REAL = new URL('../../../shared/real/', import.meta.url).pathname;
/** The provenance the download tests write. */
export const PROVENANCE = { imported: '2026-11-24', licence: DEFAULT_LICENCE };

/** Writes the downloads of an import folder into its downloads/ folder. */
export function exportDownloads(generated: string): { out: string; index: DownloadIndex } {
  const out = join(generated, 'downloads');
  return { out, index: writeDownloads(generated, out, PROVENANCE) };
}

/** Imports a data folder to disk, as the build does, and writes its downloads. */
export async function importAndExport(dataDir: string): Promise<{ generated: string; out: string; index: DownloadIndex }> {
  const generated = join(mkdtempSync(join(tmpdir(), 'prongsai-dl-')), 'g');
  await importToDisk({ dataDir, outDir: generated, strict: false, projectRoot: ROOT, log: () => {} });
  return { generated, ...exportDownloads(generated) };
}

/** A procurement file whose project names and winners a spreadsheet would run as formulas. */
export function formulaProcurementFolder(): string {
  const header = readFileSync(join(ROOT, 'data/sample/procurement.csv'), 'utf8').split('\n')[0]!;
  const row = (id: string, name: string, winner: string) =>
    `3610101,เทศบาลนครสะแกกรัง,อุทัยธานี,2567,${id},"${name}",เฉพาะเจาะจง,1500.5,,,,0993061050835,"${winner}",1000,001/2567,12/11/2566,,1000,แล้วเสร็จตามสัญญา,,`;
  return dataFolder({
    'procurement.csv': [header,
      row('66109672831', '=HYPERLINK(""http://evil.example"",""คลิก"")', '@SUM(1+1)'),
      row('66109672832', '+66 ซ่อมถนน', '-บริษัท ทดสอบ จำกัด'),
    ].join('\n') + '\n',
  });
}

/** Runs the real import on a folder, keeping the output in memory. */
export async function importFolder(dataDir: string): Promise<{ result: ImportResult; laos: LaoData[] }> {
  const laos: LaoData[] = [];
  const result = await runImport({ dataDir, sink: { lao: (d) => laos.push(d), finish: () => {} } });
  return { result, laos };
}

/** A temporary data folder holding the given files (name → text, bytes, or a path to copy). */
export function dataFolder(files: Record<string, string | Uint8Array | { copy: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-test-'));
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(join(dir, name), content);
    else copyFileSync(content.copy, join(dir, name));
  }
  return dir;
}

/** Imports one CSV text on its own and returns the result. */
export async function importText(name: string, text: string | Uint8Array) {
  return importFolder(dataFolder({ [name]: text }));
}

/** Every file under a folder, by path relative to it, with its bytes. */
export function filesUnder(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else found.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name)));
    }
  };
  walk(dir);
  return found;
}
