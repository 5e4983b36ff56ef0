// digests.json, written by the import beside its output: the SHA-256 of every file it wrote, so that
// a later build can tell which LAOs and vendors changed and reuse what it made of the others.
import { z } from 'astro/zod';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const GeneratedDigestsSchema = z.object({
  /** Files at the top of content/generated/ (laos.json, meta.json, …). */
  files: z.record(z.string(), Sha256),
  /** lao/<id>.json by LAO id. */
  laos: z.record(z.string(), Sha256),
  /** vendor/<id>.json by vendor id. */
  vendors: z.record(z.string(), Sha256),
});
export type GeneratedDigests = z.infer<typeof GeneratedDigestsSchema>;
