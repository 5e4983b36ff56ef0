// Which downloads and API files a shard puts into its site: the files of its provinces and their LAOs
// and, in the shard that renders the pages about the whole site, the whole dataset's files, the
// downloads index and the vendors'. That shard writes every LAO's files (the whole dataset's need every
// LAO's rows) and publishes its own; the others write only their own. Merged, the shards hold each
// file once.
import { provinceSlug } from '../geo/provinces.ts';

export interface ShardScope {
  provinces: ReadonlySet<string>;
  /** The shard renders the pages about the whole site, and publishes the whole dataset's files. */
  whole: boolean;
  laoIds: ReadonlySet<string>;
  /** The URL segments of its provinces (province/<slug>/ in the downloads). */
  provinceSlugs: ReadonlySet<string>;
}

/** A shard's scope: its provinces, whether it is the whole-site shard, and the LAOs of its provinces. */
export function shardScope(provinces: ReadonlySet<string>, whole: boolean, laos: readonly { id: string; province: string }[]): ShardScope {
  return {
    provinces, whole,
    laoIds: new Set(laos.filter((l) => provinces.has(l.province)).map((l) => l.id)),
    provinceSlugs: new Set([...provinces].map(provinceSlug)),
  };
}

/** Whether a file of the downloads folder (path relative to it: lao/<id>/…, province/<slug>/…, all/…) belongs to the shard. */
export function downloadInShard(path: string, shard: ShardScope): boolean {
  const [head, key] = path.split('/');
  if (head === 'lao' && key) return shard.laoIds.has(key);
  if (head === 'province' && key) return shard.provinceSlugs.has(key);
  return shard.whole;
}

/** Whether an API file (path relative to the site: api/lao/<id>…, api/vendor/…) belongs to the shard. */
export function apiFileInShard(path: string, shard: ShardScope): boolean {
  const match = /^api\/lao\/([^/.]+)(?:\.json|\/)/.exec(path);
  return match ? shard.laoIds.has(match[1]!) : shard.whole;
}
