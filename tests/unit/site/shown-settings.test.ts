import { describe, expect, it } from 'vitest';
import { shownSettings } from '../../../src/lib/site/shown-settings.ts';

describe('shownSettings', () => {
  it('keeps what a page can show, sorted, and the import date', () => {
    expect(shownSettings({ PRONGSAI_PUBLISHER: 'อบต.', PRONGSAI_LICENCE: 'CC0-1.0', HOME: '/root', SOURCE_DATE_EPOCH: '1767225600' }))
      .toEqual([['PRONGSAI_LICENCE', 'CC0-1.0'], ['PRONGSAI_PUBLISHER', 'อบต.'], ['SOURCE_DATE_EPOCH', '1767225600']]);
  });

  it('leaves out the settings that only choose pages or say how to build', () => {
    const env = {
      PRONGSAI_SHARD_PROVINCES: 'ชัยนาท', PRONGSAI_SHARD_SHARED: '0', PRONGSAI_CACHE_DIR: '/ci/cache',
      PRONGSAI_INCREMENTAL: '1', PRONGSAI_BENCH: '1', PRONGSAI_DIST: 'dist', PRONGSAI_DIST_REAL: 'dist-real', PRONGSAI_HOST: 'github-pages',
    };
    expect(shownSettings(env)).toEqual([['SOURCE_DATE_EPOCH', '']]);
  });
});
