// Writes the static JSON API files (src/lib/export/api.ts) from the import's output: per LAO its
// years, procurement and plan projects, and per vendor its contracts. The LAO summaries and the LAO
// list are Astro endpoints (src/pages/api/).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { laoApiFiles, ROOT_LINKS, vendorApiFile, type ApiLinks } from '../lib/export/api.ts';
import { GeneratedDigestsSchema } from '../lib/schema/digests.ts';
import type { ShardScope } from '../lib/site/shard-files.ts';
import { LaoDataSchema, LaoSummarySchema, VendorContractsSchema } from '../lib/schema/site.ts';
import { VendorSchema } from '../lib/schema/vendor.ts';
import { BuildCache, digestOf, filesUnder, linkOrCopy } from './build-cache.ts';

/**
 * Writes the API files under `outDir` (emptied first, then holding api/…); returns how many. With a
 * cache, an LAO's or vendor's files are reused while its data file (digests.json) is unchanged.
 */
export function writeApi(
  generated: string,
  outDir: string,
  cache?: { store: BuildCache; salt: string },
  /** A shard build: its LAOs only, and the vendors only when `whole`. */
  shard?: Pick<ShardScope, 'laoIds' | 'whole'>,
  /** Where the documents' links point (the site's base path, the data address). */
  links: ApiLinks = ROOT_LINKS,
): number {
  rmSync(outDir, { recursive: true, force: true });
  let count = 0;
  const writeAll = (root: string, documents: Iterable<[string, unknown]>) => {
    for (const [path, document] of documents) {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(document)}\n`);
    }
  };
  const digests = cache ? GeneratedDigestsSchema.parse(read('digests.json')) : null;
  /** Writes one LAO's or vendor's documents, or links them in from the cache entry of the same key. */
  const emit = (key: unknown[], documents: () => Iterable<[string, unknown]>) => {
    if (!cache) {
      const list = [...documents()];
      writeAll(outDir, list);
      count += list.length;
      return;
    }
    const digest = digestOf('api', cache.salt, links.page('/'), links.api('/'), ...key);
    const entry = cache.store.lookup(digest) ?? cache.store.store(digest, (dir) => writeAll(dir, documents()));
    for (const file of filesUnder(entry)) {
      linkOrCopy(join(entry, file), join(outDir, file));
      count++;
    }
  };
  function read(path: string): unknown {
    return JSON.parse(readFileSync(join(generated, path), 'utf8'));
  }
  for (const raw of read('laos.json') as unknown[]) {
    const { id } = LaoSummarySchema.parse(raw);
    if (shard && !shard.laoIds.has(id)) continue;
    emit(['lao', id, digests?.laos[id] ?? null], () => laoApiFiles(LaoDataSchema.parse(read(`lao/${id}.json`)), links));
  }
  if (shard && !shard.whole) return count;
  for (const raw of read('vendors.json') as unknown[]) {
    const vendor = VendorSchema.parse(raw);
    emit(['vendor', vendor, digests?.vendors[vendor.id] ?? null], () => {
      const { contracts } = VendorContractsSchema.parse(read(`vendor/${vendor.id}.json`));
      return [[`/api/vendor/${vendor.id}.json`, vendorApiFile(vendor, contracts, links)]];
    });
  }
  return count;
}
