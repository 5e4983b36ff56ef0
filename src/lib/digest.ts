import { createHash } from 'node:crypto';

/** A short, stable hex digest for ids made from text (ids must not change between builds). */
export function shortDigest(...parts: readonly (string | number | null | undefined)[]): string {
  return createHash('sha1').update(parts.map((p) => String(p ?? '')).join('\u001f')).digest('hex').slice(0, 10);
}
