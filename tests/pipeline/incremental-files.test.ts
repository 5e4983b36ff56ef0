// The downloads and API files an incremental build makes from its cache are the files a build
// without one makes, and an LAO whose data changed gets new files while the others' are reused. A
// shard writes those of its own provinces, and the whole dataset's only when it is the shared shard.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GeneratedDigestsSchema } from '../../src/lib/schema/digests.ts';
import { BuildCache } from '../../src/pipeline/build-cache.ts';
import { writeApi } from '../../src/pipeline/write-api.ts';
import { writeDownloads } from '../../src/pipeline/write-downloads.ts';
import { importAndExport, PROVENANCE } from './helpers.ts';

const SAMPLE = new URL('../../data/sample/', import.meta.url).pathname;

function tree(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name)).map((path) => [relative(dir, path), readFileSync(path, 'latin1')]));
}

describe('downloads and API files from the build cache', () => {
  let generated: string;
  let plain: Map<string, string>;
  let plainApi: Map<string, string>;
  beforeAll(async () => {
    ({ generated } = await importAndExport(SAMPLE));
    plain = tree(join(generated, 'downloads'));
    writeApi(generated, join(generated, 'api-plain'));
    plainApi = tree(join(generated, 'api-plain'));
  });

  it('are byte for byte the files made without a cache, when made into the cache and when reused from it', () => {
    const root = join(generated, '..', 'cache');
    for (const round of ['fill', 'reuse']) {
      const downloads = new BuildCache(root, 'downloads');
      const api = new BuildCache(root, 'api');
      writeDownloads(generated, join(generated, `dl-${round}`), { ...PROVENANCE, cache: { store: downloads, salt: 'code' } });
      writeApi(generated, join(generated, `api-${round}`), { store: api, salt: 'code' });
      expect(tree(join(generated, `dl-${round}`))).toEqual(plain);
      expect(tree(join(generated, `api-${round}`))).toEqual(plainApi);
      expect(downloads.hits).toBe(round === 'fill' ? 0 : downloads.misses + downloads.hits);
    }
  });

  it('makes an LAO’s files again when its data file changed, or the code, and reuses the others', () => {
    const root = join(generated, '..', 'cache-2');
    writeDownloads(generated, join(generated, 'dl-a'), { ...PROVENANCE, cache: { store: new BuildCache(root, 'downloads'), salt: 'code' } });
    const digestsPath = join(generated, 'digests.json');
    const digests = GeneratedDigestsSchema.parse(JSON.parse(readFileSync(digestsPath, 'utf8')));
    const ids = Object.keys(digests.laos);
    writeFileSync(digestsPath, JSON.stringify({ ...digests, laos: { ...digests.laos, [ids[0]!]: '0'.repeat(64) } }));
    try {
      const changed = new BuildCache(root, 'downloads');
      writeDownloads(generated, join(generated, 'dl-b'), { ...PROVENANCE, cache: { store: changed, salt: 'code' } });
      expect([changed.hits, changed.misses]).toEqual([ids.length - 1, 1]);
      const newCode = new BuildCache(root, 'downloads');
      writeDownloads(generated, join(generated, 'dl-c'), { ...PROVENANCE, cache: { store: newCode, salt: 'other code' } });
      expect(newCode.hits).toBe(0);
      const newDate = new BuildCache(root, 'downloads');
      writeDownloads(generated, join(generated, 'dl-d'), { ...PROVENANCE, imported: '2027-01-01', cache: { store: newDate, salt: 'code' } });
      expect(newDate.hits).toBe(0);
    } finally {
      writeFileSync(digestsPath, JSON.stringify(digests));
    }
  });

  it('in a shard, writes its provinces’ files, and the whole dataset’s and the vendors’ only in the shared shard', () => {
    const laos = JSON.parse(readFileSync(join(generated, 'laos.json'), 'utf8')) as { id: string; province: string }[];
    const province = laos[0]!.province;
    const own = new Set(laos.filter((l) => l.province === province).map((l) => l.id));
    for (const whole of [false, true]) {
      const shard = { provinces: new Set([province]), laoIds: own, whole };
      const index = writeDownloads(generated, join(generated, `dl-shard-${whole}`), { ...PROVENANCE, shard });
      const kinds = index.scopes.map((s) => s.scope.kind);
      expect(kinds.includes('all')).toBe(whole);
      const laoScopes = index.scopes.flatMap((s) => (s.scope.kind === 'lao' ? [s.scope.laoId] : []));
      expect(new Set(laoScopes)).toEqual(whole ? new Set(laos.map((l) => l.id)) : own);
      // The province file is the whole build's, byte for byte.
      const file = index.scopes.find((s) => s.scope.kind === 'province')!.files.find((f) => f.path.endsWith('contracts.csv'))!;
      expect(readFileSync(join(generated, `dl-shard-${whole}`, file.path))).toEqual(Buffer.from(plain.get(file.path)!, 'latin1'));
      const api = tree((writeApi(generated, join(generated, `api-shard-${whole}`), undefined, shard), join(generated, `api-shard-${whole}`)));
      expect([...api.keys()].some((f) => f.startsWith('api/vendor/'))).toBe(whole);
      expect(new Set([...api.keys()].map((f) => /^api\/lao\/([^/.]+)/.exec(f)?.[1]).filter(Boolean))).toEqual(own);
    }
  });
});
