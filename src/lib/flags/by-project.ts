import type { Flag } from '../schema/flags.ts';

/** The procurement-level flags of each project they name (flags about an LAO-year or a vendor left out). */
export function flagsByProject(flags: readonly Flag[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  for (const flag of flags) {
    if (flag.subject !== 'procurement') continue;
    for (const id of flag.procurementIds) out.set(id, [...(out.get(id) ?? []), flag]);
  }
  return out;
}
