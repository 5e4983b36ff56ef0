// npm run bench -- [--scales sample,province,national] [--province DIR] [--national DIR] [--write]
// Measures, in one run, at each scale: the import next to raw csv-parse on the same files, the whole
// site build (import, downloads and API, pages, search index) next to a bare Astro build of as many
// pages made in the same run, the peak memory of each, and the output's size and file count. Each
// stage runs in its own process, so its peak memory is its own. With --write the results go to
// docs/bench.json and between the bench markers of docs/performance.md.
// Province and national data come from the generator (`npm run sample -- --scale province --out DIR`);
// without --province, the province data is generated into a temporary folder first.
import './check-node.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hostsThatFit } from '../src/lib/site/hosts.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: 'sample,province' },
    province: { type: 'string' },
    national: { type: 'string' },
    write: { type: 'boolean', default: false },
  },
});

interface Stage { seconds: number; peakMB: number }
interface ScaleResult {
  scale: string;
  data: string;
  laos: number;
  rows: { raw: number; imported: number };
  rawParse: Stage;
  import: Stage;
  build: Stage & ReturnType<typeof stagesOf>;
  bare: Stage & { pages: number };
  output: { pages: number; files: number; bytes: number; largestFileBytes: number; hosts: string[] };
  /** The pages and search index alone, without the downloads and JSON API (which could go to object storage). */
  pagesAndSearch: { files: number; bytes: number; largestFileBytes: number; hosts: string[] };
  /** The same build again after one LAO's data changed, with the first build's cache. */
  rebuild: Stage & { change: string; reused: string[] } & ReturnType<typeof stagesOf>;
}

/** Runs a node script in its own process under /usr/bin/time, returning its output, wall time and peak memory. */
function timed(args: string[], env: Record<string, string> = {}): { stdout: string; seconds: number; peakMB: number } {
  const started = performance.now();
  const out = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, '--max-old-space-size=16384', ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (out.status !== 0) throw new Error(`${args.join(' ')} failed (${out.status}):\n${out.stdout.slice(-2000)}\n${out.stderr.slice(-4000)}`);
  const peak = /PEAK_KB=(\d+)/.exec(out.stderr);
  return { stdout: out.stdout, seconds, peakMB: peak ? Math.round(Number(peak[1]) / 1024) : NaN };
}

function walk(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => ({ path: join(e.parentPath, e.name), bytes: statSync(join(e.parentPath, e.name)).size }));
}

/** A bare Astro project with `pages` pages of about the same text size, built in the same run. */
function bareAstro(pages: number, bytesPerPage: number): Stage & { pages: number } {
  const dir = join(root, '.bench-bare');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { output: 'static', logLevel: 'warn' };\n");
  const filler = 'ข้อมูลงบประมาณ '.repeat(Math.max(1, Math.round(bytesPerPage / 45)));
  writeFileSync(join(dir, 'src/pages/[n].astro'), [
    '---',
    `export function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }`,
    'const { n } = Astro.params;',
    '---',
    `<html lang="th"><head><meta charset="utf-8" /><title>หน้า {n}</title></head><body><h1>หน้า {n}</h1><p>${filler}</p></body></html>`,
    '',
  ].join('\n'));
  const out = join(mkdtempSync(join(tmpdir(), 'prongsai-bare-')), 'dist');
  const script = `const { build } = await import('astro'); await build({ root: ${JSON.stringify(dir)}, outDir: ${JSON.stringify(out)}, logLevel: 'warn' });`;
  const run = timed(['--input-type=module', '-e', script]);
  const built = walk(out).filter((f) => f.path.endsWith('.html')).length;
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return { seconds: run.seconds, peakMB: run.peakMB, pages: built };
}

function measure(scale: string, data: string): ScaleResult {
  console.error(`[bench] ${scale}: raw csv-parse and import of ${data}`);
  const raw = timed(['scripts/bench-import.ts', '--child-raw', data]);
  const imported = timed(['scripts/bench-import.ts', '--child-import', data]);
  const rawRows = (JSON.parse(raw.stdout.trim().split('\n').pop()!) as { rows: number }).rows;
  const importRows = (JSON.parse(imported.stdout.trim().split('\n').pop()!) as { rows: number }).rows;

  console.error(`[bench] ${scale}: site build`);
  const work = mkdtempSync(join(tmpdir(), `prongsai-bench-${scale}-`));
  const dist = join(work, 'dist');
  // A cache of its own, empty: the first build makes everything (and fills the cache).
  const cache = { PRONGSAI_CACHE_DIR: join(work, 'cache') };
  // Built from a copy, which the rebuild below changes.
  const copy = join(work, 'data');
  cpSync(data, copy, { recursive: true });
  const build = timed(['scripts/build.ts', '--data', copy, '--dist', dist], { PRONGSAI_BENCH: '1', ...cache });
  const stages = stagesOf(build.stdout);
  const files = walk(dist);
  // What Astro renders: the HTML pages and the per-table CSVs (the downloads and API files are copied in).
  const rendered = files.filter((f) => f.path.endsWith('.html') || (f.path.endsWith('.csv') && !relative(dist, f.path).startsWith('download/')));
  const pages = rendered.length;
  const htmlBytes = rendered.reduce((n, f) => n + f.bytes, 0);
  const laos = (JSON.parse(readFileSync(join(dist, 'api/laos.json'), 'utf8')) as unknown[]).length;
  const sizeOf = (list: typeof files) => ({
    files: list.length, bytes: list.reduce((n, f) => n + f.bytes, 0), largestFileBytes: list.reduce((m, f) => Math.max(m, f.bytes), 0),
  });
  const whole = sizeOf(files);
  const output = { pages, ...whole, hosts: hostsThatFit(whole) };
  const part = sizeOf(files.filter((f) => !/^(?:download|api)\//.test(relative(dist, f.path))));
  const pagesAndSearch = { ...part, hosts: hostsThatFit(part) };
  console.error(`[bench] ${scale}: bare Astro build of ${pages} pages`);
  const bare = bareAstro(pages, pages ? htmlBytes / pages : 1000);
  rmSync(dist, { recursive: true, force: true });

  console.error(`[bench] ${scale}: rebuild after one LAO's data changed`);
  const change = changeOneLao(copy);
  const again = timed(['scripts/build.ts', '--data', copy, '--dist', dist], { PRONGSAI_BENCH: '1', ...cache });
  const reused = [...again.stdout.matchAll(/\d[\d,]* of [\d,]+ (?:files|LAOs\/vendors) unchanged|[\d,]+ areas \(\d+ unchanged\)/g)].map((m) => m[0]);
  rmSync(work, { recursive: true, force: true });
  return {
    scale, data: relative(root, data) || data, laos,
    rows: { raw: rawRows, imported: importRows },
    rawParse: { seconds: raw.seconds, peakMB: raw.peakMB },
    import: { seconds: imported.seconds, peakMB: imported.peakMB },
    build: { seconds: build.seconds, peakMB: build.peakMB, ...stages },
    bare, output, pagesAndSearch,
    rebuild: { seconds: again.seconds, peakMB: again.peakMB, change, reused, ...stagesOf(again.stdout) },
  };
}

/** The time of each stage of a build, from its BENCH line and its search index line. */
function stagesOf(stdout: string): { importSeconds: number; downloadsSeconds: number; pagesSeconds: number; searchSeconds: number; searchRecords: number } {
  const stages = JSON.parse(/^BENCH (.+)$/m.exec(stdout)![1]!) as { importSeconds: number; downloadsSeconds: number; pagesSeconds: number };
  const search = /search index: ([\d,]+) records in [\d,]+ areas \(\d+ unchanged\), ([\d,]+) ms/.exec(stdout);
  return {
    ...stages,
    searchSeconds: search ? Number(search[2]!.replace(/,/g, '')) / 1000 : NaN,
    searchRecords: search ? Number(search[1]!.replace(/,/g, '')) : NaN,
  };
}

/**
 * Changes one LAO's data as a corrected export would: the last row of the largest CSV file goes
 * (generated files have no line breaks inside fields). Returns what was changed.
 */
function changeOneLao(dataDir: string): string {
  const csv = walk(dataDir).filter((f) => f.path.endsWith('.csv')).sort((a, b) => b.bytes - a.bytes)[0]!;
  const text = readFileSync(csv.path, 'utf8').replace(/\r?\n$/, '');
  writeFileSync(csv.path, `${text.slice(0, text.lastIndexOf('\n'))}\n`);
  return `last row of ${relative(dataDir, csv.path)} removed`;
}

const f1 = (n: number) => n.toFixed(1);
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => `${int(bytes / 1024 / 1024)} MB`;

function markdown(results: readonly ScaleResult[]): string {
  const lines = [
    '| scale | LAOs | import rows/s (raw csv-parse) | import peak | build s | rendered pages/s (bare Astro, ratio) | build peak | search index s | output |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    // Pages per second of the page stage without the search index, which the bare build has not.
    const pagesPerSecond = r.output.pages / (r.build.pagesSeconds - r.build.searchSeconds);
    const barePerSecond = r.bare.pages / r.bare.seconds;
    lines.push(`| ${r.scale} | ${int(r.laos)} | ${int(r.rows.imported / r.import.seconds)} (${int(r.rows.raw / r.rawParse.seconds)}) | ${int(r.import.peakMB)} MB | ${f1(r.build.seconds)} | ${f1(pagesPerSecond)} (${f1(barePerSecond)}; ${(pagesPerSecond / barePerSecond).toFixed(2)}×) | ${int(r.build.peakMB)} MB | ${f1(r.build.searchSeconds)} | ${int(r.output.pages)} rendered pages, ${int(r.output.files)} files, ${mb(r.output.bytes)} |`);
  }
  lines.push('', '| scale | build stages: import / downloads+API / pages / search (s) | build s per LAO | largest file |', '|---|---|---|---|');
  for (const r of results) {
    lines.push(`| ${r.scale} | ${f1(r.build.importSeconds)} / ${f1(r.build.downloadsSeconds)} / ${f1(r.build.pagesSeconds - r.build.searchSeconds)} / ${f1(r.build.searchSeconds)} | ${(r.build.seconds / r.laos).toFixed(2)} | ${mb(r.output.largestFileBytes)} |`);
  }
  lines.push('', '| scale | full build s | rebuild after one LAO changed s | speed-up | rebuild stages: import / downloads+API / pages / search (s) | rebuild peak | reused |', '|---|---|---|---|---|---|---|');
  for (const r of results) {
    const b = r.rebuild;
    lines.push(`| ${r.scale} | ${f1(r.build.seconds)} | ${f1(b.seconds)} | ${(r.build.seconds / b.seconds).toFixed(1)}× | ${f1(b.importSeconds)} / ${f1(b.downloadsSeconds)} / ${f1(b.pagesSeconds - b.searchSeconds)} / ${f1(b.searchSeconds)} | ${int(b.peakMB)} MB | ${b.reused.join('; ')} |`);
  }
  lines.push('', '| scale | whole output: files, size, largest file → hosts it fits | pages and search only → hosts |', '|---|---|---|');
  for (const r of results) {
    const fits = (hosts: string[]) => (hosts.length ? hosts.join(', ') : 'none');
    lines.push(`| ${r.scale} | ${int(r.output.files)} files, ${mb(r.output.bytes)}, ${mb(r.output.largestFileBytes)} → ${fits(r.output.hosts)} | ${int(r.pagesAndSearch.files)} files, ${mb(r.pagesAndSearch.bytes)} → ${fits(r.pagesAndSearch.hosts)} |`);
  }
  lines.push('', `The change: ${results.map((r) => `${r.scale}, ${r.rebuild.change}`).join('; ')}.`);
  const province = results.find((r) => r.scale === 'province');
  const national = results.find((r) => r.scale === 'national');
  if (province && national) {
    lines.push('', `Per-LAO build cost, national / province: ${((national.build.seconds / national.laos) / (province.build.seconds / province.laos)).toFixed(2)}× (target ≤ 1.3×).`);
  }
  return lines.join('\n');
}

const dirs: Record<string, string | undefined> = { sample: join(root, 'data/sample'), province: values.province, national: values.national };
const results: ScaleResult[] = [];
for (const scale of values.scales.split(',').map((s) => s.trim()).filter(Boolean)) {
  let data = dirs[scale];
  if (!data && scale === 'province') {
    data = join(mkdtempSync(join(tmpdir(), 'prongsai-province-')), 'data');
    console.error(`[bench] generating province-scale data into ${data}`);
    timed(['scripts/generate-sample.ts', '--scale', 'province', '--out', data]);
  }
  if (!data) throw new Error(`no data for scale ${scale}: give --${scale} DIR (npm run sample -- --scale ${scale} --out DIR)`);
  results.push(measure(scale, data));
}
const table = markdown(results);
console.log(table);
if (values.write) {
  writeFileSync(join(root, 'docs/bench.json'), JSON.stringify({ machine: 'project machine (2 cores, 24 GB)', results }, null, 1) + '\n');
  const doc = readFileSync(join(root, 'docs/performance.md'), 'utf8');
  const block = `<!-- bench:start -->\n${table}\n<!-- bench:end -->`;
  const next = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/.test(doc)
    ? doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block)
    : doc.replace('\n## ', `\n## The whole build, at three scales — \`npm run bench\`\n\n${block}\n\n## `);
  writeFileSync(join(root, 'docs/performance.md'), next);
}
