// How a sharded build splits the site: whole provinces into N groups of about equal work, so that the
// parallel CI jobs finish at about the same time. Work is counted as the pages and search records an
// LAO brings: its own pages, one per fiscal year, and its procurement projects.
import { byProvinceThenId } from '../geo/provinces.ts';
import type { LaoSummary } from '../schema/site.ts';

export interface Shard {
  /** Thai province names, in province order. */
  provinces: string[];
  /** The work counted for it. */
  weight: number;
}

function laoWeight(lao: LaoSummary): number {
  return 1 + lao.fiscalYears.length + Object.values(lao.years).reduce((n, y) => n + y.procurementProjects, 0);
}

/** Provinces in `count` groups (fewer when there are fewer provinces): heaviest province first into the lightest group. */
export function planShards(laos: readonly LaoSummary[], count: number): Shard[] {
  const weights = new Map<string, number>();
  for (const lao of laos) weights.set(lao.province, (weights.get(lao.province) ?? 0) + laoWeight(lao));
  const order = (a: string, b: string) => byProvinceThenId({ province: a, id: '' }, { province: b, id: '' });
  const provinces = [...weights.keys()].sort((a, b) => weights.get(b)! - weights.get(a)! || order(a, b));
  const shards: Shard[] = Array.from({ length: Math.max(1, Math.min(count, provinces.length)) }, () => ({ provinces: [], weight: 0 }));
  for (const province of provinces) {
    const lightest = shards.reduce((best, s) => (s.weight < best.weight ? s : best));
    lightest.provinces.push(province);
    lightest.weight += weights.get(province)!;
  }
  for (const shard of shards) shard.provinces.sort(order);
  return shards.filter((s) => s.provinces.length).sort((a, b) => order(a.provinces[0]!, b.provinces[0]!));
}
