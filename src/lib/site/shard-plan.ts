// How a sharded build splits the site (.github/workflows/sharded-build.yml).
// - planShards: whole provinces into N groups of about equal work, so that the parallel CI jobs
//   finish at about the same time. Work is counted as the pages and search records an LAO brings: its
//   own pages, one per fiscal year, and its procurement projects.
// - planShardsWithin: as many shards as it takes for each one's pages and search index to stay within
//   a static host's limits, a province too large for one shard split between shards by LAO. Sizes are
//   estimated from the LAOs' data files (estimateLaoCost); the shard build checks the real size.
import { byProvinceThenId } from '../geo/provinces.ts';
import type { LaoSummary } from '../schema/site.ts';

export interface Shard {
  /** Thai province names, in province order: the provinces whose pages and downloads it publishes. */
  provinces: string[];
  /** The LAOs it renders when it holds part of a province (ids, in order); null for every LAO of its provinces. */
  laos: string[] | null;
  /** The work counted for it (planShards), or its estimated bytes (planShardsWithin). */
  weight: number;
}

const provinceOrder = (a: string, b: string) => byProvinceThenId({ province: a, id: '' }, { province: b, id: '' });

function laoWeight(lao: LaoSummary): number {
  return 1 + lao.fiscalYears.length + Object.values(lao.years).reduce((n, y) => n + y.procurementProjects, 0);
}

/** Provinces in `count` groups (fewer when there are fewer provinces): heaviest province first into the lightest group. */
export function planShards(laos: readonly LaoSummary[], count: number): Shard[] {
  const weights = new Map<string, number>();
  for (const lao of laos) weights.set(lao.province, (weights.get(lao.province) ?? 0) + laoWeight(lao));
  const provinces = [...weights.keys()].sort((a, b) => weights.get(b)! - weights.get(a)! || provinceOrder(a, b));
  const shards: Shard[] = Array.from({ length: Math.max(1, Math.min(count, provinces.length)) }, () => ({ provinces: [], laos: null, weight: 0 }));
  for (const province of provinces) {
    const lightest = shards.reduce((best, s) => (s.weight < best.weight ? s : best));
    lightest.provinces.push(province);
    lightest.weight += weights.get(province)!;
  }
  for (const shard of shards) shard.provinces.sort(provinceOrder);
  return shards.filter((s) => s.provinces.length).sort((a, b) => provinceOrder(a.provinces[0]!, b.provinces[0]!));
}

/** Bytes and files a part of the site adds to a shard's output. */
export interface Cost {
  bytes: number;
  files: number;
}

/**
 * What an LAO adds to a shard's pages and search index, estimated from the size of its data file
 * (content/generated/lao/<id>.json): the pages and the per-table CSVs grow with its rows, and the
 * search index by one fragment file per record. Measured on the generator's province (225 LAOs,
 * 605 MB of LAO data: 2,622 MB and 465,589 files of pages and search) and on the sample (5.2 bytes
 * and 1,100 files per data byte and MB), rounded up; see docs/performance.md.
 */
export function estimateLaoCost(dataBytes: number, fiscalYears: number): Cost {
  return { bytes: Math.ceil(5.5 * dataBytes) + 60_000 * fiscalYears, files: Math.ceil((1_200 * dataBytes) / 1e6) + 40 * fiscalYears };
}

/** The pages about the whole site (home, lists, flags, the vendors' pages), which the first shard renders. */
export function estimateSharedCost(vendors: number): Cost {
  return { bytes: 8_000_000 + 40_000 * vendors, files: 400 + 3 * vendors };
}

export interface PlannedLao {
  id: string;
  province: string;
  cost: Cost;
}

interface Piece {
  province: string;
  /** The whole province, or the first part of it, which publishes the province's pages. */
  ownsProvince: boolean;
  whole: boolean;
  laos: PlannedLao[];
  cost: Cost;
}

const add = (a: Cost, b: Cost): Cost => ({ bytes: a.bytes + b.bytes, files: a.files + b.files });
const fits = (cost: Cost, budget: Cost) => cost.bytes <= budget.bytes && cost.files <= budget.files;

/** A province as one piece, or, when it is over the budget, in consecutive parts of LAOs that each fit (an LAO over it alone is a part of its own). */
function piecesOf(province: string, laos: PlannedLao[], budget: Cost): Piece[] {
  const total = laos.reduce((c, l) => add(c, l.cost), { bytes: 0, files: 0 });
  if (fits(total, budget)) return [{ province, ownsProvince: true, whole: true, laos, cost: total }];
  const pieces: Piece[] = [];
  for (const lao of laos) {
    const last = pieces.at(-1);
    if (last && fits(add(last.cost, lao.cost), budget)) {
      last.laos.push(lao);
      last.cost = add(last.cost, lao.cost);
    } else {
      pieces.push({ province, ownsProvince: pieces.length === 0, whole: false, laos: [lao], cost: lao.cost });
    }
  }
  return pieces;
}

/**
 * Shards whose estimated output stays within `budget`; the first also holds the pages about the whole
 * site (`shared`). Provinces stay whole where they fit; pieces go first-fit, largest first, so the
 * plan needs few shards and is the same for the same LAOs in any order.
 */
export function planShardsWithin(laos: readonly PlannedLao[], budget: Cost, shared: Cost): Shard[] {
  const byProvince = Map.groupBy([...laos].sort(byProvinceThenId), (l) => l.province);
  const share = (c: Cost) => Math.max(c.bytes / budget.bytes, c.files / budget.files);
  const pieces = [...byProvince].flatMap(([province, list]) => piecesOf(province, list, budget))
    .sort((a, b) => share(b.cost) - share(a.cost) || provinceOrder(a.province, b.province) || byProvinceThenId(a.laos[0]!, b.laos[0]!));
  const bins: { pieces: Piece[]; cost: Cost }[] = [{ pieces: [], cost: shared }];
  for (const piece of pieces) {
    const bin = bins.find((b) => fits(add(b.cost, piece.cost), budget));
    if (bin) {
      bin.pieces.push(piece);
      bin.cost = add(bin.cost, piece.cost);
    } else {
      bins.push({ pieces: [piece], cost: piece.cost });
    }
  }
  // The first bin holds the pages about the whole site; should no piece fit beside them, the lightest bin takes them.
  if (!bins[0]!.pieces.length && bins.length > 1) {
    bins.shift();
    const lightest = bins.reduce((best, b) => (b.cost.bytes < best.cost.bytes ? b : best));
    lightest.cost = add(lightest.cost, shared);
    bins.splice(bins.indexOf(lightest), 1);
    bins.unshift(lightest);
  }
  const shards = bins.filter((b) => b.pieces.length).map((bin) => {
    const held = bin.pieces.flatMap((p) => p.laos).sort(byProvinceThenId);
    const shard: Shard = {
      provinces: [...new Set(bin.pieces.filter((p) => p.ownsProvince).map((p) => p.province))].sort(provinceOrder),
      laos: bin.pieces.every((p) => p.whole) ? null : held.map((l) => l.id),
      weight: bin.cost.bytes,
    };
    return { shard, first: held[0]! };
  });
  // The first shard renders the pages about the whole site, so it keeps its place; the others follow in province order.
  const [head, ...rest] = shards;
  return head ? [head, ...rest.sort((a, b) => byProvinceThenId(a.first, b.first))].map((s) => s.shard) : [];
}
