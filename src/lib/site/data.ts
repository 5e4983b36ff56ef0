// Reads the import's output (content/generated/) for pages that must not go through a collection:
// one LAO's data file per page, the quality report, and meta.json.
import { readFileSync } from 'node:fs';
import { root } from 'astro:config/server';
import { z } from 'astro/zod';
import { LaoDataSchema, VendorContractsSchema, type LaoData, type VendorContracts } from '../schema/site.ts';
import { QualityReportSchema, type QualityReport } from '../schema/quality.ts';
import { DownloadIndexSchema, type DownloadFile, type DownloadIndex, type DownloadScope } from '../schema/downloads.ts';
import { FlagConfigSchema, FlagExampleSchema, type FlagConfig, type FlagExample } from '../schema/flags.ts';

const generated = new URL('content/generated/', root);

/** Absolute file URL of a file in content/generated/. */
export function generatedFile(name: string): URL {
  return new URL(name, generated);
}

const MetaSchema = z.object({ sample: z.boolean(), files: z.array(z.string()), latestDate: z.string().nullable() });
export type Meta = z.infer<typeof MetaSchema>;

let meta: Meta | undefined;
export function readMeta(): Meta {
  meta ??= MetaSchema.parse(JSON.parse(readFileSync(generatedFile('meta.json'), 'utf8')));
  return meta;
}

// Pages of one LAO are rendered one after another (getStaticPaths lists them together), so keeping
// the last few files read saves parsing each LAO's file once per page.
const recentLaos = new Map<string, LaoData>();
// Each route reads every LAO's file again; validating it the first time is enough (a third of the
// reading time at province scale).
const validatedLaos = new Set<string>();

export function readLaoData(id: string): LaoData {
  if (!/^[0-9a-z-]+$/.test(id)) throw new Error(`bad LAO id: ${id}`);
  const cached = recentLaos.get(id);
  if (cached) return cached;
  const raw: unknown = JSON.parse(readFileSync(generatedFile(`lao/${id}.json`), 'utf8'));
  const data = validatedLaos.has(id) ? (raw as LaoData) : LaoDataSchema.parse(raw);
  validatedLaos.add(id);
  if (recentLaos.size >= 4) recentLaos.delete(recentLaos.keys().next().value!);
  recentLaos.set(id, data);
  return data;
}

export function readVendorContracts(id: string): VendorContracts {
  if (!/^[0-9a-z-]+$/.test(id)) throw new Error(`bad vendor id: ${id}`);
  return VendorContractsSchema.parse(JSON.parse(readFileSync(generatedFile(`vendor/${id}.json`), 'utf8')));
}

/** The red-flag thresholds the import used. */
export function readFlagConfig(): FlagConfig {
  return FlagConfigSchema.parse(JSON.parse(readFileSync(generatedFile('flag-config.json'), 'utf8')));
}

/** The first real case of each red flag. */
export function readFlagExamples(): FlagExample[] {
  return z.array(FlagExampleSchema).parse(JSON.parse(readFileSync(generatedFile('flag-examples.json'), 'utf8')));
}

export function readQuality(): QualityReport {
  return QualityReportSchema.parse(JSON.parse(readFileSync(generatedFile('quality.json'), 'utf8')));
}

/** A generated file's bytes, unchanged (for the /data/ downloads). */
export function readGeneratedBytes(name: string): Uint8Array<ArrayBuffer> {
  const buf = readFileSync(generatedFile(name));
  return new Uint8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
}

/** Fiscal years of a years record, newest first. */
export function yearsNewestFirst(years: Record<string, unknown>): string[] {
  return Object.keys(years).sort((a, b) => Number(b) - Number(a));
}

let downloads: DownloadIndex | undefined;
/** The index of bulk downloads written by the build (src/pipeline/write-downloads.ts). */
export function readDownloadIndex(): DownloadIndex {
  downloads ??= DownloadIndexSchema.parse(JSON.parse(readFileSync(generatedFile('downloads/index.json'), 'utf8')));
  return downloads;
}

/** The downloads of one scope, or none. */
export function downloadsOf(match: (scope: DownloadScope) => boolean): DownloadFile[] {
  return readDownloadIndex().scopes.find((s) => match(s.scope))?.files ?? [];
}

let laoScopes: Map<string, DownloadFile[]> | undefined;
/** The downloads of one LAO (no year) or LAO-year, found in a map: thousands of pages ask. */
export function laoDownloads(laoId: string, fiscalYear?: number | string): DownloadFile[] {
  if (!laoScopes) {
    laoScopes = new Map();
    for (const { scope, files } of readDownloadIndex().scopes) {
      if (scope.kind === 'lao') laoScopes.set(scope.laoId, files);
      else if (scope.kind === 'lao-year') laoScopes.set(`${scope.laoId}/${scope.fiscalYear}`, files);
    }
  }
  return laoScopes.get(fiscalYear === undefined ? laoId : `${laoId}/${fiscalYear}`) ?? [];
}
