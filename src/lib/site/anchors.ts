// Fragment ids of entities that appear as rows on a page rather than on a page of their own.
// They derive from the entity's own id only, so a permalink never changes when other data is added.
import { shortDigest } from '../digest.ts';

const PLAIN_ID = /^[0-9A-Za-z][0-9A-Za-z._-]{0,40}$/;

/** '#p-67099123456' for an e-GP project number; a digest of the id otherwise. */
export function procurementAnchor(project: { id: string; sourceId: string | null }): string {
  return `p-${project.sourceId && PLAIN_ID.test(project.sourceId) ? project.sourceId : shortDigest(project.id)}`;
}

/** Fragment id of a plan project. */
export function planAnchor(project: { id: string }): string {
  return `pp-${shortDigest(project.id)}`;
}

/** Fragment id of a budget line. */
export function budgetLineAnchor(line: { id: string }): string {
  return `b-${shortDigest(line.id)}`;
}

/** Site path of an LAO-year page. */
export function laoYearPath(laoId: string, fiscalYear: number | string): string {
  return `/lao/${laoId}/${fiscalYear}/`;
}

/** Site path of a procurement project (a row with an anchor on its LAO-year page). */
export function procurementPath(project: { id: string; sourceId: string | null; laoId: string; fiscalYear: number }): string {
  return `${laoYearPath(project.laoId, project.fiscalYear)}#${procurementAnchor(project)}`;
}

/** Site path of a plan project (a row with an anchor on its LAO page). */
export function planProjectPath(project: { id: string; laoId: string }): string {
  return `/lao/${project.laoId}/#${planAnchor(project)}`;
}
