// The size of a built site, as static hosts count it (src/lib/site/hosts.ts).
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteSize } from '../lib/site/hosts.ts';

/** Files, bytes and the largest file under `dir` (hard links counted once per path, as an upload counts them). */
export function siteSize(dir: string): SiteSize {
  const size: SiteSize = { files: 0, bytes: 0, largestFileBytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = lstatSync(join(entry.parentPath, entry.name)).size;
    size.files++;
    size.bytes += bytes;
    size.largestFileBytes = Math.max(size.largestFileBytes, bytes);
  }
  return size;
}
