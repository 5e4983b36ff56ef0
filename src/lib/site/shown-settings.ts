// The build settings a page can show (licence, publisher, site address, import date): part of every
// page's cache key (cache-key.ts), so that changing one renders the pages again.

/** Settings that choose pages or say how to build, never what a page shows. */
const NOT_SHOWN = /^PRONGSAI_(?:SHARD_|CACHE_DIR$|INCREMENTAL$|BENCH$|DIST|HOST$)/;

/** The PRONGSAI_ settings and SOURCE_DATE_EPOCH, by name. */
export function shownSettings(env: Record<string, string | undefined>): [string, string][] {
  return Object.entries(env)
    .filter((entry): entry is [string, string] => entry[0].startsWith('PRONGSAI_') && !NOT_SHOWN.test(entry[0]) && entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .concat([['SOURCE_DATE_EPOCH', env.SOURCE_DATE_EPOCH ?? '']]);
}
