import { describe, expect, it } from 'vitest';
import { estimateLaoCost, planShards, planShardsWithin, type Cost, type PlannedLao } from '../../../src/lib/site/shard-plan.ts';
import { rendersLao, shardSelection } from '../../../src/lib/site/shard-env.ts';
import type { LaoSummary } from '../../../src/lib/schema/site.ts';
import { headline } from './fixtures.ts';

const lao = (id: string, province: string, projects: number): LaoSummary => ({
  id, code: null, name: id, type: null, province, district: null, population: null, fiscalYears: [2568],
  years: { 2568: headline({ procurementProjects: projects }) }, url: `/lao/${id}/`,
});

describe('planShards', () => {
  const laos = [
    lao('a', 'กระบี่', 100), lao('b', 'กระบี่', 50), lao('c', 'เชียงใหม่', 300), lao('d', 'ลำพูน', 120),
    lao('e', 'พังงา', 90), lao('f', 'ภูเก็ต', 40), lao('g', 'อุทัยธานี', 10),
  ];

  it('puts every province in exactly one shard, whole', () => {
    const shards = planShards(laos, 3);
    expect(shards).toHaveLength(3);
    expect(shards.flatMap((s) => s.provinces).sort()).toEqual([...new Set(laos.map((l) => l.province))].sort());
    expect(shards.reduce((n, s) => n + s.weight, 0)).toBe(laos.reduce((n, l) => n + 2 + l.years['2568']!.procurementProjects, 0));
  });

  it('balances the work: no shard is heavier than the heaviest province or twice the average', () => {
    const shards = planShards(laos, 3);
    const average = shards.reduce((n, s) => n + s.weight, 0) / shards.length;
    for (const s of shards) expect(s.weight).toBeLessThanOrEqual(Math.max(302, 2 * average));
    expect(shards.map((s) => s.weight).sort((a, b) => a - b)).toEqual([208, 214, 302]);
  });

  it('gives no empty shards when there are fewer provinces than shards, and is the same every time', () => {
    expect(planShards(laos, 20)).toHaveLength(6);
    expect(planShards(laos, 1)).toHaveLength(1);
    expect(planShards(laos, 3)).toEqual(planShards([...laos].reverse(), 3));
  });
});

describe('planShardsWithin', () => {
  const budget: Cost = { bytes: 1000, files: 100 };
  const none: Cost = { bytes: 0, files: 0 };
  const at = (id: string, province: string, bytes: number, files = 1): PlannedLao => ({ id, province, cost: { bytes, files } });
  const laos = [
    at('1', 'กระบี่', 300), at('2', 'กระบี่', 300),
    at('3', 'เชียงใหม่', 400), at('4', 'เชียงใหม่', 400), at('5', 'เชียงใหม่', 400), at('6', 'เชียงใหม่', 400),
    at('7', 'ลำพูน', 200), at('8', 'พังงา', 100, 90),
  ];
  const total = (shard: { provinces: string[]; laos: string[] | null }) => laos
    .filter((l) => (shard.laos ? shard.laos.includes(l.id) : shard.provinces.includes(l.province)))
    .reduce((c, l) => ({ bytes: c.bytes + l.cost.bytes, files: c.files + l.cost.files }), none);

  it('keeps every shard within the budget, in bytes and in files', () => {
    for (const shard of planShardsWithin(laos, budget, none)) {
      expect(total(shard).bytes).toBeLessThanOrEqual(budget.bytes);
      expect(total(shard).files).toBeLessThanOrEqual(budget.files);
    }
  });

  it('renders every LAO in exactly one shard, and every province’s pages in exactly one', () => {
    const shards = planShardsWithin(laos, budget, none);
    const rendered = shards.flatMap((s) => laos.filter((l) => (s.laos ? s.laos.includes(l.id) : s.provinces.includes(l.province))).map((l) => l.id));
    expect(rendered.sort()).toEqual(laos.map((l) => l.id).sort());
    expect(shards.flatMap((s) => s.provinces).sort()).toEqual([...new Set(laos.map((l) => l.province))].sort());
  });

  it('splits only a province over the budget, by LAO, the first part publishing the province', () => {
    const shards = planShardsWithin(laos, budget, none);
    const chiangMai = shards.filter((s) => s.laos?.some((id) => ['3', '4', '5', '6'].includes(id)));
    expect(chiangMai.length).toBe(2);
    expect(chiangMai.filter((s) => s.provinces.includes('เชียงใหม่'))).toHaveLength(1);
    // กระบี่ (600) fits, so it is never split.
    expect(shards.filter((s) => s.provinces.includes('กระบี่') || s.laos?.includes('1') || s.laos?.includes('2'))).toHaveLength(1);
    // Largest share of the budget first (พังงา: 90 of the 100 files), each piece into the first shard it fits.
    expect(shards.map((s) => s.laos ?? s.provinces)).toEqual([['3', '4', '8'], ['5', '6', '7'], ['กระบี่']]);
  });

  it('reserves room in the first shard for the pages about the whole site', () => {
    const shards = planShardsWithin(laos, budget, { bytes: 700, files: 0 });
    expect(total(shards[0]!).bytes).toBeLessThanOrEqual(300);
    expect(planShardsWithin(laos, budget, none)).toEqual(planShardsWithin([...laos].reverse(), budget, none));
  });

  it('gives an LAO over the budget a shard of its own, which the build then reports', () => {
    const shards = planShardsWithin([at('9', 'ตาก', 5000), at('10', 'ตาก', 10)], budget, none);
    expect(shards.map((s) => s.laos ?? s.provinces)).toEqual([['10'], ['9']]);
  });
});

describe('estimateLaoCost', () => {
  it('grows with the LAO’s data and its years, and is the measured province’s size per LAO or more', () => {
    const province = estimateLaoCost(605_458_542 / 225, 5);
    expect(province.bytes).toBeGreaterThanOrEqual(2_622e6 / 225);
    expect(province.files).toBeGreaterThanOrEqual(465_589 / 225);
    expect(estimateLaoCost(2e6, 5).bytes).toBeGreaterThan(estimateLaoCost(1e6, 5).bytes);
  });
});

describe('shardSelection', () => {
  it('reads PRONGSAI_SHARD_PROVINCES and PRONGSAI_SHARD_LAOS, comma-separated; neither means the whole site', () => {
    expect(shardSelection({ PRONGSAI_SHARD_PROVINCES: 'ลำพูน, พังงา' })).toEqual({ provinces: new Set(['ลำพูน', 'พังงา']), laoIds: null });
    expect(shardSelection({ PRONGSAI_SHARD_PROVINCES: '', PRONGSAI_SHARD_LAOS: '3610101,6610101' })).toEqual({ provinces: new Set(), laoIds: new Set(['3610101', '6610101']) });
    expect(shardSelection({ PRONGSAI_SHARD_PROVINCES: ' ', PRONGSAI_SHARD_LAOS: '' })).toBeNull();
    expect(shardSelection({})).toBeNull();
  });

  it('renders the listed LAOs when there is a list, else every LAO of its provinces', () => {
    const lao = { id: '6610101', province: 'อุทัยธานี' };
    expect(rendersLao({ provinces: new Set(['อุทัยธานี']), laoIds: null }, lao)).toBe(true);
    expect(rendersLao({ provinces: new Set(['อุทัยธานี']), laoIds: new Set(['3610101']) }, lao)).toBe(false);
    expect(rendersLao({ provinces: new Set(), laoIds: new Set(['6610101']) }, lao)).toBe(true);
  });
});
