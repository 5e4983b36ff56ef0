// npm run shard-plan -- --shards N: after `npm run import`, prints the GitHub Actions matrix of a
// sharded build as JSON: [{"shard": 1, "provinces": "กระบี่,…"}, …] (see .github/workflows/sharded-build.yml).
import './check-node.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LaoSummarySchema } from '../src/lib/schema/site.ts';
import { planShards } from '../src/lib/site/shard-plan.ts';

const { values } = parseArgs({ options: { shards: { type: 'string', default: '8' }, generated: { type: 'string' } } });
const generated = values.generated ?? fileURLToPath(new URL('../content/generated/', import.meta.url));
const laos = (JSON.parse(readFileSync(`${generated}/laos.json`, 'utf8')) as unknown[]).map((raw) => LaoSummarySchema.parse(raw));
const shards = planShards(laos, Number(values.shards));
console.log(JSON.stringify(shards.map((s, i) => ({ shard: i + 1, provinces: s.provinces.join(','), weight: s.weight }))));
