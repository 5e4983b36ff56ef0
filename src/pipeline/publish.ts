// Atomic publishing: a build writes its output beside the published folder (<dist>.next) and replaces
// the published folder only once everything is written and checked. A build that fails, or is stopped,
// leaves the previous output as it was.
import { existsSync, renameSync, rmSync } from 'node:fs';

const bare = (dir: string): string => dir.replace(/\/+$/, '');

/** Where a build of `dir` is written until it is complete. */
export const stagingOf = (dir: string): string => `${bare(dir)}.next`;

/** Where the previous output waits, for the moment between the two renames of a publication. */
export const previousOf = (dir: string): string => `${bare(dir)}.previous`;

/**
 * Before a build: a publication interrupted between its two renames left the previous output in
 * <dir>.previous and no <dir>; put it back. An unfinished staging folder is removed.
 */
export function recoverInterrupted(dir: string): void {
  if (!existsSync(dir) && existsSync(previousOf(dir))) renameSync(previousOf(dir), dir);
  rmSync(previousOf(dir), { recursive: true, force: true });
  rmSync(stagingOf(dir), { recursive: true, force: true });
}

/** Replaces `dir` with its complete staged build: two renames, the old output removed last. */
export function publishStaged(dir: string): void {
  rmSync(previousOf(dir), { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, previousOf(dir));
  renameSync(stagingOf(dir), dir);
  rmSync(previousOf(dir), { recursive: true, force: true });
}

/** After a failed build: the staged output goes, the published one is untouched. */
export function discardStaged(dir: string): void {
  rmSync(stagingOf(dir), { recursive: true, force: true });
}
