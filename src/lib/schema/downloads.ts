// The index of bulk downloads (/download/index.json), written by src/pipeline/write-downloads.ts.
import { z } from 'astro/zod';

export const DownloadScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('province'), province: z.string() }),
  z.object({ kind: z.literal('lao'), laoId: z.string() }),
  z.object({ kind: z.literal('lao-year'), laoId: z.string(), fiscalYear: z.number().int() }),
]);
export type DownloadScope = z.infer<typeof DownloadScopeSchema>;

export const DownloadFileSchema = z.object({
  /** Path under /download/, e.g. lao/5510101/2568/contracts.csv. */
  path: z.string(),
  /** An export table's name, or `ocds` for the OCDS release package of the scope's procurement. */
  table: z.string(),
  /** json for tables is an object with the rows; ocds files are OCDS release packages (json) or one release per line (jsonl). */
  format: z.enum(['csv', 'xlsx', 'json', 'jsonl']),
  bytes: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Latest announcement or signing date in the rows, ISO 8601, when they have dates. */
  latestDate: z.string().nullable(),
});
export type DownloadFile = z.infer<typeof DownloadFileSchema>;

export const DownloadIndexSchema = z.object({
  imported: z.string(),
  sources: z.array(z.string()),
  licence: z.object({ name: z.string(), title: z.string(), url: z.string() }),
  scopes: z.array(z.object({ scope: DownloadScopeSchema, dir: z.string(), files: z.array(DownloadFileSchema) })),
});
export type DownloadIndex = z.infer<typeof DownloadIndexSchema>;
