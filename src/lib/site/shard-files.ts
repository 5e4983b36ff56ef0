// Which downloads and API files a shard puts into its site. Every shard writes them all (the whole
// dataset's files need every LAO's rows) but publishes only its own: the files of its provinces and
// their LAOs, and, in the shard that renders the pages about the whole site, the whole dataset's files,
// the downloads index and the vendors'. Merged, the shards hold each file once.
import { provinceSlug } from '../geo/provinces.ts';

export interface ShardScope {
  provinces: ReadonlySet<string>;
  laoIds: ReadonlySet<string>;
  /** The shard renders the pages about the whole site. */
  shared: boolean;
}

/** Whether a file of the downloads folder (path relative to it: lao/<id>/…, province/<slug>/…, all/…) belongs to the shard. */
export function downloadInShard(path: string, shard: ShardScope): boolean {
  const [head, key] = path.split('/');
  if (head === 'lao' && key) return shard.laoIds.has(key);
  if (head === 'province' && key) return [...shard.provinces].some((p) => provinceSlug(p) === key);
  return shard.shared;
}

/** Whether an API file (path relative to the site: api/lao/<id>…, api/vendor/…) belongs to the shard. */
export function apiFileInShard(path: string, shard: ShardScope): boolean {
  const match = /^api\/lao\/([^/.]+)(?:\.json|\/)/.exec(path);
  return match ? shard.laoIds.has(match[1]!) : shard.shared;
}
