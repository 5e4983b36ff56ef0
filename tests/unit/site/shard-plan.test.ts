import { describe, expect, it } from 'vitest';
import { planShards } from '../../../src/lib/site/shard-plan.ts';
import { shardProvinces } from '../../../src/lib/site/shard-env.ts';
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

describe('shardProvinces', () => {
  it('reads PRONGSAI_SHARD_PROVINCES, comma-separated; none means the whole site', () => {
    expect(shardProvinces({ PRONGSAI_SHARD_PROVINCES: 'ลำพูน, พังงา' })).toEqual(new Set(['ลำพูน', 'พังงา']));
    expect(shardProvinces({ PRONGSAI_SHARD_PROVINCES: ' ' })).toBeNull();
    expect(shardProvinces({})).toBeNull();
  });
});
