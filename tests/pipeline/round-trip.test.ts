// Downloads read back by Prongsai's own import: the budget lines and revenue of the whole sample,
// exported as CSV and imported again, are the same records (ids, source positions and the links to
// plan projects, which are not in these two files, aside).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LICENCE } from '../../src/lib/export/provenance.ts';
import { budgetLineRows, revenueLineRows } from '../../src/lib/export/tables.ts';
import { LaoDataSchema, type LaoData } from '../../src/lib/schema/site.ts';
import { importToDisk } from '../../src/pipeline/import-to-disk.ts';
import { writeDownloads } from '../../src/pipeline/write-downloads.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

async function importFolder(dataDir: string): Promise<{ generated: string; laos: LaoData[]; rowsRejected: number }> {
  const generated = join(mkdtempSync(join(tmpdir(), 'prongsai-rt-')), 'g');
  const { result } = await importToDisk({ dataDir, outDir: generated, strict: false, projectRoot: ROOT, log: () => {} });
  const laos = readdirSync(join(generated, 'lao')).sort().map((f) => LaoDataSchema.parse(JSON.parse(readFileSync(join(generated, 'lao', f), 'utf8'))));
  return { generated, laos, rowsRejected: result.report.totals.rowsRejected };
}

/** A row without what a re-import cannot keep: site ids, source positions, links to plan projects. */
function comparable(row: Record<string, unknown>): string {
  const { budget_line_id: _b, revenue_line_id: _r, lao_id: _l, source_file: _f, source_row: _s, plan_project_id: _p, plan_link: _k, plan_link_confidence: _c, ...rest } = row;
  return JSON.stringify(rest);
}

describe('round trip: downloads imported again', () => {
  it('gives back the same budget lines and revenue lines', async () => {
    const first = await importFolder(join(ROOT, 'data/sample'));
    const out = join(first.generated, 'downloads');
    writeDownloads(first.generated, out, { imported: '2026-11-24', licence: DEFAULT_LICENCE });
    const again = mkdtempSync(join(tmpdir(), 'prongsai-rt-data-'));
    for (const table of ['budget_lines', 'revenue']) copyFileSync(join(out, 'all', `${table}.csv`), join(again, `${table}.csv`));
    const second = await importFolder(again);
    expect(second.rowsRejected).toBe(0);
    const tables: ((data: LaoData) => Record<string, unknown>[])[] = [budgetLineRows, revenueLineRows];
    for (const rows of tables) {
      const before = first.laos.flatMap((d) => rows(d)).map(comparable).sort();
      const after = second.laos.flatMap((d) => rows(d)).map(comparable).sort();
      expect(before.length).toBeGreaterThan(100);
      expect(after).toEqual(before);
    }
  }, 60_000);
});
