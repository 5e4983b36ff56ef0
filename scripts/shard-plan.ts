// After `npm run import`, prints the GitHub Actions matrix of a sharded build as JSON:
// [{"shard": 1, "provinces": "กระบี่,…", "laos": "", "weight": …}, …] (.github/workflows/sharded-build.yml).
//   npm run shard-plan -- --shards N        whole provinces in N groups of about equal work
//   npm run shard-plan -- --host ID         as many shards as it takes for each one's pages and search
//                                           to fit the host (github-pages, gitlab-pages, cloudflare-free,
//                                           cloudflare-paid), with the downloads and API published
//                                           apart (PRONGSAI_DATA_URL); --margin 0.8 keeps 20% spare.
// `laos` is set when a shard holds part of a province (PRONGSAI_SHARD_LAOS).
import './check-node.ts';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LaoSummarySchema } from '../src/lib/schema/site.ts';
import { hostById } from '../src/lib/site/hosts.ts';
import { estimateLaoCost, estimateSharedCost, planShards, planShardsWithin, type Shard } from '../src/lib/site/shard-plan.ts';

const { values } = parseArgs({ options: { shards: { type: 'string' }, host: { type: 'string' }, margin: { type: 'string', default: '0.8' }, generated: { type: 'string' } } });
const generated = values.generated ?? fileURLToPath(new URL('../content/generated/', import.meta.url));
const laos = (JSON.parse(readFileSync(join(generated, 'laos.json'), 'utf8')) as unknown[]).map((raw) => LaoSummarySchema.parse(raw));

function hostPlan(id: string): Shard[] {
  const host = hostById(id);
  const margin = Number(values.margin);
  if (!(margin > 0 && margin <= 1)) throw new Error(`--margin ${values.margin}: give a number above 0 and at most 1 / ต้องเป็นตัวเลขมากกว่า 0 และไม่เกิน 1`);
  const budget = { bytes: (host.maxBytes ?? Infinity) * margin, files: (host.maxFiles ?? Infinity) * margin };
  const planned = laos.map((l) => ({ id: l.id, province: l.province, cost: estimateLaoCost(statSync(join(generated, 'lao', `${l.id}.json`)).size, l.fiscalYears.length) }));
  const vendors = (JSON.parse(readFileSync(join(generated, 'vendors.json'), 'utf8')) as unknown[]).length;
  return planShardsWithin(planned, budget, estimateSharedCost(vendors));
}

try {
  const shards = values.host ? hostPlan(values.host) : planShards(laos, Number(values.shards ?? '8'));
  console.log(JSON.stringify(shards.map((s, i) => ({ shard: i + 1, provinces: s.provinces.join(','), laos: s.laos?.join(',') ?? '', weight: s.weight }))));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
