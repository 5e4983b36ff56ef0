// npm run bench:import -- --data DIR: import throughput next to raw csv-parse on the same files,
// each in its own process (so peak memory is its own), measured in one run.
import './check-node.ts';
import { spawnSync } from 'node:child_process';
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { runImport } from '../src/pipeline/import.ts';

const [mode, dataDir] = [process.argv[2], process.argv[3]];

function csvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.csv$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function rawCsvParse(dir: string): Promise<number> {
  let rows = 0;
  for (const file of csvFiles(dir)) {
    const parser = createReadStream(file).pipe(parse({ relax_column_count: true, bom: true }));
    for await (const _ of parser) rows++;
  }
  return rows;
}

async function prongsaiImport(dir: string): Promise<number> {
  const result = await runImport({ dataDir: dir, sink: { lao: () => {}, finish: () => {} } });
  return result.report.totals.rowsRead;
}

if (mode === '--child-raw' || mode === '--child-import') {
  const started = performance.now();
  const rows = mode === '--child-raw' ? await rawCsvParse(dataDir!) : await prongsaiImport(dataDir!);
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ rows, seconds, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  const args = process.argv.slice(2);
  const dir = args[args.indexOf('--data') + 1];
  if (!dir || args.indexOf('--data') < 0) throw new Error('usage: npm run bench:import -- --data DIR');
  const self = fileURLToPath(import.meta.url);
  const run = (child: string) => {
    const out = spawnSync(process.execPath, ['--max-old-space-size=8192', self, child, dir], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    return JSON.parse(out.stdout.trim().split('\n').pop()!) as { rows: number; seconds: number; peakMB: number };
  };
  const raw = run('--child-raw');
  const imported = run('--child-import');
  const rate = (r: { rows: number; seconds: number }) => Math.round(r.rows / r.seconds);
  console.log(`| stage | rows | seconds | rows/s | peak memory |`);
  console.log(`|---|---|---|---|---|`);
  console.log(`| raw csv-parse (parse only) | ${raw.rows} | ${raw.seconds.toFixed(1)} | ${rate(raw)} | ${raw.peakMB} MB |`);
  console.log(`| Prongsai import (decode, validate, link, total) | ${imported.rows} | ${imported.seconds.toFixed(1)} | ${rate(imported)} | ${imported.peakMB} MB |`);
  console.log(`\nimport / raw throughput: ${(rate(imported) / rate(raw)).toFixed(2)}×`);
}
