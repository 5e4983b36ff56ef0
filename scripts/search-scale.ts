// npm run search:scale -- --generated DIR --out DIR [--province NAME|all] [--site DIR]
// The search index of an imported dataset too large to build as a site (national scale): the built
// site's search page (from --site, default dist) with /pagefind/ written from DIR. The router covers
// every area; Pagefind bundles are written for the areas of one province (default: the one with the
// most LAOs), since every area has the same size limit and so the same cost per query. Then
// `npm run search:measure -- --dist OUT` measures queries against it.
import './check-node.ts';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import { haveSite } from '../tests/browser/serve.ts';

const { values } = parseArgs({
  options: { generated: { type: 'string' }, out: { type: 'string' }, province: { type: 'string' }, site: { type: 'string', default: 'dist' } },
});
if (!values.generated || !values.out) {
  console.error('usage: npm run search:scale -- --generated DIR --out DIR [--province NAME|all] [--site DIR]');
  process.exit(2);
}
const site = resolve(values.site!);
if (!haveSite(site)) {
  console.error(`${site} has no index.html — build the site first (npm run build).`);
  process.exit(2);
}
const generated = resolve(values.generated);
const out = resolve(values.out);
const laos = JSON.parse(readFileSync(join(generated, 'laos.json'), 'utf8')) as { province: string }[];
const counts = new Map<string, number>();
for (const lao of laos) counts.set(lao.province, (counts.get(lao.province) ?? 0) + 1);
const province = values.province ?? [...counts].sort((a, b) => b[1] - a[1])[0]![0];

rmSync(out, { recursive: true, force: true });
cpSync(site, out, { recursive: true, filter: (path) => !path.startsWith(join(site, 'pagefind')) });
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
const started = performance.now();
const { records, areas, indexedRecords } = await writeSearchIndex(generated, resolve('content/explainers/th'), join(out, 'pagefind'), {
  indexArea: (provinces) => province === 'all' || provinces.includes(province),
});
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;
console.log(`${laos.length.toLocaleString('en')} LAOs: ${records.toLocaleString('en')} records in ${areas.length.toLocaleString('en')} areas; Pagefind bundles for ${province === 'all' ? 'all areas' : `${province} (${counts.get(province)} LAOs)`}, ${indexedRecords.toLocaleString('en')} records`);
console.log(`${seconds.toFixed(0)} s, peak memory of this process ${(peak / 2 ** 20).toFixed(0)} MB (Pagefind's indexer runs as a child process: measure the whole with /usr/bin/time -v)`);
