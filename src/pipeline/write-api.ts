// Writes the static JSON API files (src/lib/export/api.ts) from the import's output: per LAO its
// years, procurement and plan projects, and per vendor its contracts. The LAO summaries and the LAO
// list are Astro endpoints (src/pages/api/).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { laoApiFiles, vendorApiFile } from '../lib/export/api.ts';
import { LaoDataSchema, LaoSummarySchema, VendorContractsSchema } from '../lib/schema/site.ts';
import { VendorSchema } from '../lib/schema/vendor.ts';

/** Writes the API files under `outDir` (emptied first, then holding api/…); returns how many. */
export function writeApi(generated: string, outDir: string): number {
  rmSync(outDir, { recursive: true, force: true });
  let count = 0;
  const write = (path: string, document: unknown) => {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(document)}\n`);
    count++;
  };
  const read = (path: string): unknown => JSON.parse(readFileSync(join(generated, path), 'utf8'));
  for (const raw of read('laos.json') as unknown[]) {
    const { id } = LaoSummarySchema.parse(raw);
    for (const [path, document] of laoApiFiles(LaoDataSchema.parse(read(`lao/${id}.json`)))) write(path, document);
  }
  for (const raw of read('vendors.json') as unknown[]) {
    const vendor = VendorSchema.parse(raw);
    const { contracts } = VendorContractsSchema.parse(read(`vendor/${vendor.id}.json`));
    write(`/api/vendor/${vendor.id}.json`, vendorApiFile(vendor, contracts));
  }
  return count;
}
