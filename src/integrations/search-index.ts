// Astro integration: after the pages are written, index every LAO, plan project, budget line,
// procurement project, vendor and explainer with Pagefind's Node API (records, not HTML: pages of
// hundreds of rows would cost Pagefind ~1.5 MB of memory each). The records go into areas of whole
// LAOs (shards.ts), one Pagefind bundle each under /pagefind/<area>/, and the router (router.ts) into
// /pagefind/areas.json and /pagefind/route/<n>.json. One area's index is in memory at a time.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { byProvinceThenId } from '../lib/geo/provinces.ts';
import { LaoDataSchema, LaoSummarySchema } from '../lib/schema/site.ts';
import { VendorSchema, type Vendor } from '../lib/schema/vendor.ts';
import { explainerRecord, laoRecord, laoRowRecords, vendorRecord, type SearchRecord } from '../lib/search/records.ts';
import { RouterBuilder, routerManifest } from '../lib/search/router.ts';
import { AREA_RECORD_LIMIT, AreaPacker, type Area } from '../lib/search/shards.ts';
import { rendersLao, shardSelection, type ShardSelection } from '../lib/site/shard-env.ts';
import { BuildCache, cacheRoot, codeDigest, digestOf, filesUnder, linkOrCopy } from '../pipeline/build-cache.ts';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Title and text of an MDX explainer: its frontmatter title and its body without Markdown marks. */
function readExplainer(path: string): { title: string; body: string } {
  const text = readFileSync(path, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const title = /^title:\s*"?(.*?)"?\s*$/m.exec(front)?.[1] ?? '';
  return { title, body: body.replace(/[#*_>|`[\]()-]/g, ' ') };
}

/** Pagefind's own search UIs: the site has its own page, so these are not copied into every area. */
const UNUSED_FILES = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\./;

/** One area being filled: its records, and the vendors of its LAOs. */
interface OpenArea {
  area: Area;
  /** False when only the router is wanted for this area (measuring national scale on part of it). */
  indexed: boolean;
  records: SearchRecord[];
  vendors: Map<string, { vendor: Vendor; provinces: Set<string> }>;
}

export interface SearchIndexOptions {
  /** Which areas get a Pagefind bundle (default all); the router always covers every area. */
  indexArea?: (provinces: readonly string[]) => boolean;
  /** Records per area (default AREA_RECORD_LIMIT); tests set it low to get several areas from a small dataset. */
  areaRecordLimit?: number;
  /** Index only the LAOs of this shard of a site built in parts (see merge-search.ts). */
  shard?: ShardSelection;
  /**
   * Reuse the bundles of areas whose records are unchanged since an earlier build; `salt` is the
   * digest of the code (a new Pagefind or new code makes every area stale).
   */
  cache?: { store: BuildCache; salt: string };
}

/** Indexes one area's records with Pagefind and writes its bundle into `dir`. */
async function indexArea(area: Area, records: readonly SearchRecord[], dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'th' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Records go to Pagefind's indexer 64 at a time rather than one by one, which halves the time; the
  // files it writes are byte for byte the same either way.
  for (let i = 0; i < records.length; i += 64) {
    const results = await Promise.all(records.slice(i, i + 64).map((record) => index.addCustomRecord({ ...record, language: 'th' })));
    const failed = results.flatMap((r) => r.errors);
    if (failed.length) throw new Error(`Pagefind rejected records of area ${area.id}: ${failed.join('; ')}`);
  }
  const { files, errors: writeErrors } = await index.getFiles();
  if (writeErrors.length) throw new Error(`Pagefind could not write area ${area.id}: ${writeErrors.join('; ')}`);
  for (const file of files) {
    if (UNUSED_FILES.test(file.path)) continue;
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  await index.deleteIndex();
}

export async function writeSearchIndex(generated: string, explainersDir: string, outDir: string, options: SearchIndexOptions = {}): Promise<{ records: number; areas: Area[]; indexedRecords: number; reusedAreas: number }> {
  rmSync(outDir, { recursive: true, force: true });
  // A shard may hold no LAO with search records; its index is then the router alone.
  mkdirSync(outDir, { recursive: true });
  const laos = (readJson(join(generated, 'laos.json')) as unknown[]).map((raw) => LaoSummarySchema.parse(raw))
    .filter((lao) => !options.shard || rendersLao(options.shard, lao)).sort(byProvinceThenId);
  const vendorsByLao = new Map<string, Vendor[]>();
  for (const raw of readJson(join(generated, 'vendors.json')) as unknown[]) {
    const vendor = VendorSchema.parse(raw);
    for (const id of vendor.laoIds) {
      const list = vendorsByLao.get(id);
      if (list) list.push(vendor);
      else vendorsByLao.set(id, [vendor]);
    }
  }
  const explainers = readdirSync(explainersDir).filter((f) => f.endsWith('.mdx')).sort().map((file) => {
    const { title, body } = readExplainer(join(explainersDir, file));
    return explainerRecord(file.replace(/\.mdx$/, ''), title, body);
  });

  const packer = new AreaPacker((options.areaRecordLimit ?? AREA_RECORD_LIMIT) - explainers.length);
  const router = new RouterBuilder();
  let records = 0;
  let indexedRecords = 0;
  let reusedAreas = 0;
  let open: OpenArea | null = null;

  const close = async (target: OpenArea) => {
    for (const { vendor, provinces } of target.vendors.values()) target.records.push(vendorRecord(vendor, [...provinces]));
    target.records.push(...explainers);
    const { area } = target;
    area.records = target.records.length;
    records += area.records;
    router.addArea(Number(area.id.slice(1)), target.records.map((r) => r.content));
    if (!target.indexed) return;
    indexedRecords += area.records;
    await writeArea(area, target.records);
  };

  /** Indexes an area into its bundle folder, or, with a cache, finds or makes its entry and links it in. */
  const writeArea = async (area: Area, areaRecords: readonly SearchRecord[]) => {
    const dir = join(outDir, area.id);
    const cache = options.cache;
    if (!cache) return indexArea(area, areaRecords, dir);
    const key = digestOf('search-area', cache.salt, areaRecords);
    let entry = cache.store.lookup(key);
    if (entry) reusedAreas++;
    // Pagefind writes straight into the new entry, which is then linked into the site like a found one.
    else entry = await cache.store.storeAsync(key, (dir) => indexArea(area, areaRecords, dir));
    for (const file of filesUnder(entry)) linkOrCopy(join(entry, file), join(dir, file));
  };

  for (const lao of laos) {
    const rows = [laoRecord(lao), ...laoRowRecords(LaoDataSchema.parse(readJson(join(generated, 'lao', `${lao.id}.json`))))];
    const vendors = vendorsByLao.get(lao.id) ?? [];
    const placed = packer.place({ province: lao.province, records: rows.length + vendors.length });
    if (placed.opened) {
      if (open) await close(open);
      // Decided once the area's first LAO is in, so that the choice can see its province.
      open = { area: placed.area, indexed: options.indexArea?.(placed.area.provinces) ?? true, records: [], vendors: new Map() };
    }
    open!.records.push(...rows);
    for (const vendor of vendors) {
      const entry = open!.vendors.get(vendor.id) ?? { vendor, provinces: new Set<string>() };
      entry.provinces.add(lao.province);
      open!.vendors.set(vendor.id, entry);
    }
  }
  if (open) await close(open);
  await pagefind.close();

  const { firsts, chunks } = router.build();
  const areas = packer.finish();
  writeFileSync(join(outDir, 'areas.json'), JSON.stringify(routerManifest(areas, firsts)));
  mkdirSync(join(outDir, 'route'), { recursive: true });
  for (const [name, chunk] of chunks) writeFileSync(join(outDir, 'route', `${name}.json`), JSON.stringify(chunk));
  return { records, areas, indexedRecords, reusedAreas };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'prongsai-search-index',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(new URL('../../', import.meta.url));
        const started = performance.now();
        const shard = shardSelection(process.env);
        const cacheDir = cacheRoot(root, process.env);
        const store = cacheDir ? new BuildCache(cacheDir, 'search') : null;
        const { records, areas, reusedAreas } = await writeSearchIndex(join(root, 'content/generated'), join(root, 'content/explainers/th'), join(fileURLToPath(dir), 'pagefind'), {
          ...(shard ? { shard } : {}),
          ...(store ? { cache: { store, salt: codeDigest(root) } } : {}),
        });
        // A shard's build keeps the other shards' areas: they share the cache folder only on one machine.
        if (store && !shard) store.prune();
        // One status line even at the build's quiet log level: how big and how long.
        console.log(`search index: ${records.toLocaleString('en')} records in ${areas.length} areas (${reusedAreas} unchanged), ${Math.round(performance.now() - started).toLocaleString('en')} ms`);
      },
    },
  };
}
