import { describe, expect, it } from 'vitest';
import { apiFileInShard, downloadInShard, shardScope } from '../../../src/lib/site/shard-files.ts';

const laos = [{ id: '6180601', province: 'ชัยนาท' }, { id: '3610101', province: 'อุทัยธานี' }];
const shard = shardScope(new Set(['ชัยนาท']), false, laos);
const sharedShard = shardScope(new Set(['ชัยนาท']), true, laos);

describe('shardScope', () => {
  it('holds the LAOs of the shard’s provinces and the provinces’ URL segments', () => {
    expect([...shard.laoIds]).toEqual(['6180601']);
    expect([...shard.provinceSlugs]).toEqual(['18']);
    expect([shard.whole, sharedShard.whole]).toEqual([false, true]);
  });
});

describe('downloadInShard', () => {
  it('keeps the files of the shard’s LAOs and provinces', () => {
    expect(downloadInShard('lao/6180601/contracts.csv', shard)).toBe(true);
    expect(downloadInShard('lao/6180601/2568/ocds.json', shard)).toBe(true);
    expect(downloadInShard('province/18/budget_lines.xlsx', shard)).toBe(true);
    expect(downloadInShard('lao/3610101/contracts.csv', shard)).toBe(false);
    expect(downloadInShard('province/61/contracts.csv', shard)).toBe(false);
  });

  it('leaves the whole dataset’s files and the index to the shard with the shared pages', () => {
    for (const path of ['all/contracts.csv', 'all/ocds.jsonl', 'index.json']) {
      expect(downloadInShard(path, shard)).toBe(false);
      expect(downloadInShard(path, sharedShard)).toBe(true);
    }
  });
});

describe('apiFileInShard', () => {
  it('keeps the API files of the shard’s LAOs, and vendors only in the shared shard', () => {
    expect(apiFileInShard('api/lao/6180601.json', shard)).toBe(true);
    expect(apiFileInShard('api/lao/6180601/2568.json', shard)).toBe(true);
    expect(apiFileInShard('api/lao/6180601/procurement/68082548745.json', shard)).toBe(true);
    expect(apiFileInShard('api/lao/61806011.json', shard)).toBe(false);
    expect(apiFileInShard('api/lao/3610101/2568.json', shard)).toBe(false);
    expect(apiFileInShard('api/vendor/0993018054280.json', shard)).toBe(false);
    expect(apiFileInShard('api/vendor/0993018054280.json', sharedShard)).toBe(true);
  });
});
