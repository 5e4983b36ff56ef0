import { describe, expect, it } from 'vitest';
import { apiFileInShard, downloadInShard, shardScope } from '../../../src/lib/site/shard-files.ts';

const laos = [{ id: '6180601', province: 'ชัยนาท' }, { id: '3610101', province: 'อุทัยธานี' }, { id: '6610101', province: 'อุทัยธานี' }];
const shard = shardScope({ provinces: new Set(['ชัยนาท']), laoIds: null }, false, laos);
const sharedShard = shardScope({ provinces: new Set(['ชัยนาท']), laoIds: null }, true, laos);
// อุทัยธานี split between two shards: the first part publishes the province's files.
const firstPart = shardScope({ provinces: new Set(['อุทัยธานี']), laoIds: new Set(['3610101']) }, false, laos);
const secondPart = shardScope({ provinces: new Set(), laoIds: new Set(['6610101']) }, false, laos);

describe('shardScope', () => {
  it('holds the LAOs of the shard’s provinces and the provinces’ URL segments', () => {
    expect([...shard.laoIds]).toEqual(['6180601']);
    expect([...shard.provinceSlugs]).toEqual(['18']);
    expect([shard.whole, sharedShard.whole]).toEqual([false, true]);
  });

  it('holds the listed LAOs of a province split between shards, and its province segment only where it is listed', () => {
    expect([...firstPart.laoIds]).toEqual(['3610101']);
    expect([...firstPart.provinceSlugs]).toEqual(['61']);
    expect([...secondPart.laoIds]).toEqual(['6610101']);
    expect([...secondPart.provinceSlugs]).toEqual([]);
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

  it('publishes a split province’s files once, and each part’s LAOs in that part', () => {
    expect(downloadInShard('province/61/contracts.csv', firstPart)).toBe(true);
    expect(downloadInShard('province/61/contracts.csv', secondPart)).toBe(false);
    expect(downloadInShard('lao/3610101/contracts.csv', firstPart)).toBe(true);
    expect(downloadInShard('lao/6610101/contracts.csv', firstPart)).toBe(false);
    expect(downloadInShard('lao/6610101/contracts.csv', secondPart)).toBe(true);
    expect(apiFileInShard('api/lao/6610101.json', secondPart)).toBe(true);
    expect(apiFileInShard('api/lao/3610101.json', secondPart)).toBe(false);
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
