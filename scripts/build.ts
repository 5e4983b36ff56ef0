// npm run build -- [--data DIR] [--strict] [--dist DIR] [--no-import]: import the data, then build the
// static site into dist/. --no-import builds from the import already in content/generated (the shard
// jobs of a sharded build share one import); PRONGSAI_SHARD_PROVINCES makes it one shard.
import { existsSync } from 'node:fs';
import './check-node.ts';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDate, licenceFrom } from '../src/lib/export/provenance.ts';
import { parseCliArgs } from '../src/pipeline/cli-args.ts';
import { importToDisk } from '../src/pipeline/import-to-disk.ts';
import { writeApi } from '../src/pipeline/write-api.ts';
import { writeDownloads } from '../src/pipeline/write-downloads.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const options = parseCliArgs(process.argv.slice(2), process.env, projectRoot);

// 1. Import: validate, link and write typed content.
const importStarted = performance.now();
if (options.reuseImport) {
  if (!existsSync(join(options.outDir, 'laos.json'))) {
    console.error(`--no-import: no import in ${options.outDir}; run npm run import first / ยังไม่มีข้อมูลที่นำเข้า`);
    process.exit(1);
  }
} else {
  const { failed } = await importToDisk({ ...options, projectRoot });
  if (failed) process.exit(1);
}

// 2. Write the bulk downloads (the downloads page lists them, so before the pages).
const started = performance.now();
const importSeconds = (started - importStarted) / 1000;
const downloads = join(options.outDir, 'downloads');
const index = writeDownloads(options.outDir, downloads, {
  imported: importDate(process.env),
  licence: licenceFrom(process.env),
  ...(process.env.PRONGSAI_SITE ? { site: new URL(process.env.PRONGSAI_BASE ?? '/', process.env.PRONGSAI_SITE).href } : {}),
  ...(process.env.PRONGSAI_OCID_PREFIX ? { ocidPrefix: process.env.PRONGSAI_OCID_PREFIX } : {}),
  ...(process.env.PRONGSAI_PUBLISHER ? { publisher: process.env.PRONGSAI_PUBLISHER } : {}),
});
const files = index.scopes.reduce((n, s) => n + s.files.length, 0);
const apiFiles = writeApi(options.outDir, join(options.outDir, 'api-files'));
console.log(`downloads: ${files.toLocaleString('en')} files, API: ${apiFiles.toLocaleString('en')} files, ${Math.round(performance.now() - started).toLocaleString('en')} ms`);

// 3. Build the pages, and put the downloads beside them.
const pagesStarted = performance.now();
const downloadsSeconds = (pagesStarted - started) / 1000;
const { build } = await import('astro');
await build({ root: projectRoot, outDir: options.distDir, logLevel: 'warn' });
cpSync(downloads, join(options.distDir, 'download'), { recursive: true });
cpSync(join(options.outDir, 'api-files'), options.distDir, { recursive: true });
console.log(`site → ${options.distDir}`);
// npm run bench reads the time of each stage (the search index is timed inside the pages stage).
if (process.env.PRONGSAI_BENCH) console.log(`BENCH ${JSON.stringify({ importSeconds, downloadsSeconds, pagesSeconds: (performance.now() - pagesStarted) / 1000 })}`);
