// npm run build -- [--data DIR] [--strict] [--dist DIR] [--no-import] [--full]: import the data, then
// build the static site into dist/. --no-import builds from the import already in content/generated
// (the shard jobs of a sharded build share one import); PRONGSAI_SHARD_PROVINCES makes it one shard.
// Builds are incremental: input files that did not change are replayed rather than parsed, and the
// downloads, API files, pages and search areas of LAOs and vendors whose data did not change are
// reused from the build cache (.cache/, or PRONGSAI_CACHE_DIR); --full (or PRONGSAI_INCREMENTAL=0)
// makes everything again.
// PRONGSAI_DATA_URL publishes the downloads and JSON API apart from the pages (object storage): they are
// written to <dist>-data/ and the pages link to them there. PRONGSAI_HOST=github-pages (or gitlab-pages,
// cloudflare-free, cloudflare-paid) fails the build when the pages and search are over the host's limits.
// Publishing is atomic: the site is built into <dist>.next and replaces <dist> only when it is complete
// and fits its host, so a failed build leaves the previous site as it was (src/pipeline/publish.ts).
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import './check-node.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiLinks } from '../src/lib/export/api.ts';
import { importDate, licenceFrom } from '../src/lib/export/provenance.ts';
import { BuildCache, cacheRoot, codeDigest, filesUnder, linkOrCopy } from '../src/pipeline/build-cache.ts';
import { LaoSummarySchema } from '../src/lib/schema/site.ts';
import { hostById, hostVerdict } from '../src/lib/site/hosts.ts';
import { siteSize } from '../src/pipeline/site-size.ts';
import { apiFileInShard, downloadInShard, shardScope, type ShardScope } from '../src/lib/site/shard-files.ts';
import { rendersSharedPages, shardSelection } from '../src/lib/site/shard-env.ts';
import { parseCliArgs } from '../src/pipeline/cli-args.ts';
import { applySiteConfig } from '../src/pipeline/site-config-file.ts';
import { importToDisk } from '../src/pipeline/import-to-disk.ts';
import { writeApi } from '../src/pipeline/write-api.ts';
import { writeDownloads } from '../src/pipeline/write-downloads.ts';
import { discardStaged, publishStaged, recoverInterrupted, stagingOf } from '../src/pipeline/publish.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
applySiteConfig(projectRoot);
const options = parseCliArgs(process.argv.slice(2), process.env, projectRoot);
// Astro's config reads it too (experimental.incrementalBuild).
if (options.full) process.env.PRONGSAI_INCREMENTAL = '0';
const cacheDir = cacheRoot(projectRoot, process.env);
const salt = cacheDir ? codeDigest(projectRoot) : '';

/** This shard build's provinces and LAOs (PRONGSAI_SHARD_PROVINCES, PRONGSAI_SHARD_LAOS), or undefined for a whole-site build. */
function shardOf(generated: string): ShardScope | undefined {
  const selection = shardSelection(process.env);
  if (!selection) return undefined;
  const laos = (JSON.parse(readFileSync(join(generated, 'laos.json'), 'utf8')) as unknown[]).map((raw) => LaoSummarySchema.parse(raw));
  return shardScope(selection, rendersSharedPages(process.env), laos);
}

// 1. Import: validate, link and write typed content.
const importStarted = performance.now();
if (options.reuseImport) {
  if (!existsSync(join(options.outDir, 'laos.json'))) {
    console.error(`--no-import: no import in ${options.outDir}; run npm run import first / ยังไม่มีข้อมูลที่นำเข้า`);
    process.exit(1);
  }
} else {
  const importCache = cacheDir ? new BuildCache(cacheDir, 'import') : null;
  const { failed } = await importToDisk({ ...options, projectRoot, ...(importCache ? { cache: { store: importCache, salt } } : {}) });
  if (failed) process.exit(1);
  if (importCache) {
    console.log(`import: ${importCache.hits} of ${importCache.hits + importCache.misses} files unchanged`);
    importCache.prune();
  }
}

// 2. Write the bulk downloads (the downloads page lists them, so before the pages).
const shard = shardOf(options.outDir);
const started = performance.now();
const importSeconds = (started - importStarted) / 1000;
const downloads = join(options.outDir, 'downloads');
const downloadCache = cacheDir ? new BuildCache(cacheDir, 'downloads') : null;
const index = writeDownloads(options.outDir, downloads, {
  imported: importDate(process.env),
  licence: licenceFrom(process.env),
  ...(process.env.PRONGSAI_SITE ? { site: new URL(process.env.PRONGSAI_BASE ?? '/', process.env.PRONGSAI_SITE).href } : {}),
  ...(process.env.PRONGSAI_DATA_URL ? { dataSite: process.env.PRONGSAI_DATA_URL } : {}),
  ...(process.env.PRONGSAI_OCID_PREFIX ? { ocidPrefix: process.env.PRONGSAI_OCID_PREFIX } : {}),
  ...(process.env.PRONGSAI_PUBLISHER ? { publisher: process.env.PRONGSAI_PUBLISHER } : {}),
  ...(downloadCache ? { cache: { store: downloadCache, salt } } : {}),
  ...(shard ? { shard } : {}),
});
const files = index.scopes.reduce((n, s) => n + s.files.length, 0);
const apiCache = cacheDir ? new BuildCache(cacheDir, 'api') : null;
const links = apiLinks(process.env.PRONGSAI_BASE ?? '/', process.env.PRONGSAI_DATA_URL);
const apiFiles = writeApi(options.outDir, join(options.outDir, 'api-files'), apiCache ? { store: apiCache, salt } : undefined, shard, links);
const reused = (cache: BuildCache | null) => (cache ? `, ${cache.hits.toLocaleString('en')} of ${(cache.hits + cache.misses).toLocaleString('en')} LAOs/vendors unchanged` : '');
console.log(`downloads: ${files.toLocaleString('en')} files${reused(downloadCache)}; API: ${apiFiles.toLocaleString('en')} files${reused(apiCache)}; ${Math.round(performance.now() - started).toLocaleString('en')} ms`);

// 3. Build the pages, and put the downloads beside them (linked, not copied: they are gigabytes at scale),
// all into staging folders that replace the published ones only at the end.
const pagesStarted = performance.now();
const downloadsSeconds = (pagesStarted - started) / 1000;
const host = process.env.PRONGSAI_HOST ? hostById(process.env.PRONGSAI_HOST) : null;
const dataApart = Boolean(process.env.PRONGSAI_DATA_URL);
const dataDist = dataApart ? `${options.distDir.replace(/\/$/, '')}-data` : options.distDir;
const published = dataApart ? [options.distDir, dataDist] : [options.distDir];
for (const dir of published) recoverInterrupted(dir);
const siteStaging = stagingOf(options.distDir);
const dataStaging = stagingOf(dataDist);
/** Stops the build with the published output untouched. */
const fail = (message: string): never => {
  for (const dir of published) discardStaged(dir);
  console.error(`${message}\nthe published site in ${options.distDir} is unchanged / เว็บไซต์ที่เผยแพร่อยู่ไม่ถูกเปลี่ยนแปลง`);
  process.exit(1);
};
// Vite takes BASE_URL from the environment over the configured base (a test runner sets one).
delete process.env.BASE_URL;
try {
  const { build } = await import('astro');
  await build({ root: projectRoot, outDir: siteStaging, logLevel: 'warn' });
  // The downloads and API beside the pages, or, published apart, in a folder of their own (Astro's API endpoints moved there too).
  if (dataApart) {
    mkdirSync(dataStaging, { recursive: true });
    if (existsSync(join(siteStaging, 'api'))) renameSync(join(siteStaging, 'api'), join(dataStaging, 'api'));
  }
  for (const file of filesUnder(downloads)) {
    if (!shard || downloadInShard(file, shard)) linkOrCopy(join(downloads, file), join(dataStaging, 'download', file));
  }
  const apiDir = join(options.outDir, 'api-files');
  for (const file of filesUnder(apiDir)) {
    if (!shard || apiFileInShard(file, shard)) linkOrCopy(join(apiDir, file), join(dataStaging, file));
  }
} catch (error) {
  fail(`the build failed / สร้างเว็บไซต์ไม่สำเร็จ: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
if (host) {
  const verdict = hostVerdict(options.distDir, siteSize(siteStaging), host, dataApart);
  (verdict.fits ? console.log : console.error)(verdict.lines.join('\n'));
  if (!verdict.fits) fail(`the site does not fit ${host.name} / เว็บไซต์ใหญ่เกินขีดจำกัดของ ${host.name}`);
}
for (const dir of published) publishStaged(dir);
// A shard leaves the other shards' entries alone: on one machine they may share the cache folder.
if (!shard) for (const cache of [downloadCache, apiCache]) cache?.prune();
console.log(`site → ${options.distDir}${dataApart ? `; downloads and API → ${dataDist} (to publish at ${process.env.PRONGSAI_DATA_URL})` : ''}`);
// npm run bench reads the time of each stage (the search index is timed inside the pages stage).
if (process.env.PRONGSAI_BENCH) console.log(`BENCH ${JSON.stringify({ importSeconds, downloadsSeconds, pagesSeconds: (performance.now() - pagesStarted) / 1000 })}`);
