// Which downloads and API files a shard puts into its site: the files of its LAOs and its provinces
// and, in the shard that renders the pages about the whole site, the whole dataset's files, the
// downloads index and the vendors'. That shard writes every LAO's files (the whole dataset's need every
// LAO's rows) and publishes its own; the others write only their own. Merged, the shards hold each
// file once.
import { provinceSlug } from '../geo/provinces.ts';
import { rendersLao, type ShardSelection } from './shard-env.ts';

export interface ShardScope {
  /** The provinces whose files it publishes. */
  provinces: ReadonlySet<string>;
  /** The shard renders the pages about the whole site, and publishes the whole dataset's files. */
  whole: boolean;
  /** The LAOs whose files it publishes. */
  laoIds: ReadonlySet<string>;
  /** The URL segments of its provinces (province/<slug>/ in the downloads). */
  provinceSlugs: ReadonlySet<string>;
}

/** A shard's scope: its provinces and LAOs, and whether it is the whole-site shard. */
export function shardScope(selection: ShardSelection, whole: boolean, laos: readonly { id: string; province: string }[]): ShardScope {
  return {
    provinces: selection.provinces, whole,
    laoIds: new Set(laos.filter((l) => rendersLao(selection, l)).map((l) => l.id)),
    provinceSlugs: new Set([...selection.provinces].map(provinceSlug)),
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
