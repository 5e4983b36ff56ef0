// Cache keys for Astro's incremental build (experimental.incrementalBuild): a page returned from
// getStaticPaths with a cacheKey is copied from the previous build when its key and its code are
// unchanged. The key must therefore cover every piece of data the page reads: the import's digest of
// its LAO or vendor file, meta.json (the layout shows it), the environment the build reads, and what
// each page adds (its downloads, its province's peer figures, …).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GeneratedDigestsSchema, type GeneratedDigests } from '../schema/digests.ts';
import { generatedFile } from './data.ts';
import { shownSettings } from './shown-settings.ts';

let digests: GeneratedDigests | undefined;
function readDigests(): GeneratedDigests {
  digests ??= GeneratedDigestsSchema.parse(JSON.parse(readFileSync(generatedFile('digests.json'), 'utf8')));
  return digests;
}

/** A key from the shared inputs of every page and the page's own parts. */
export function cacheKey(...parts: unknown[]): string {
  const shared = [readDigests().files['meta.json'] ?? null, shownSettings(process.env)];
  return createHash('sha256').update(JSON.stringify([shared, parts])).digest('hex');
}

/** The digest of one LAO's data file. */
export function laoDigest(id: string): string {
  const digest = readDigests().laos[id];
  if (!digest) throw new Error(`digests.json has no LAO ${id}: run the import again / นำเข้าข้อมูลใหม่`);
  return digest;
}

/** The digest of one vendor's contracts file. */
export function vendorDigest(id: string): string {
  const digest = readDigests().vendors[id];
  if (!digest) throw new Error(`digests.json has no vendor ${id}: run the import again / นำเข้าข้อมูลใหม่`);
  return digest;
}
