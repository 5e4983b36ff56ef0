// Reads the import's output (content/generated/) for pages that must not go through a collection:
// one LAO's data file per page, the quality report, and meta.json.
import { readFileSync } from 'node:fs';
import { root } from 'astro:config/server';
import { z } from 'astro/zod';
import { LaoDataSchema, type LaoData } from '../schema/site.ts';
import { QualityReportSchema, type QualityReport } from '../schema/quality.ts';

const generated = new URL('content/generated/', root);

/** Absolute file URL of a file in content/generated/. */
export function generatedFile(name: string): URL {
  return new URL(name, generated);
}

const MetaSchema = z.object({ sample: z.boolean(), files: z.array(z.string()) });
export type Meta = z.infer<typeof MetaSchema>;

let meta: Meta | undefined;
export function readMeta(): Meta {
  meta ??= MetaSchema.parse(JSON.parse(readFileSync(generatedFile('meta.json'), 'utf8')));
  return meta;
}

export function readLaoData(id: string): LaoData {
  if (!/^[0-9a-z-]+$/.test(id)) throw new Error(`bad LAO id: ${id}`);
  return LaoDataSchema.parse(JSON.parse(readFileSync(generatedFile(`lao/${id}.json`), 'utf8')));
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
