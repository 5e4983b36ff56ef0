// Thai search end to end: records indexed by Pagefind's Node API with src/lib/search/thai-words.ts,
// queried by Pagefind's own browser code in Chromium with unspaced Thai, Thai digits and vendor prefixes.
// (The site's search page is issue 4; this locks the segmentation approach it will use.)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareVendorName } from '../../src/lib/parse/vendor-name.ts';
import { indexText, queryText } from '../../src/lib/search/thai-words.ts';
import { haveChromium, launchChromium, serve, type Served } from './serve.ts';

const RECORDS = [
  'จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๕ บ้านหนองแก',
  'จ้างเหมาบริการรักษาความปลอดภัย',
  'ซื้ออาหารเสริม (นม) โรงเรียน',
  'ขุดลอกคลองส่งน้ำ หมู่ที่ 3',
  'ห้างหุ้นส่วนจำกัด สหมิตรค้าวัสดุก่อสร้าง 0613558000123',
];

describe.skipIf(!haveChromium)('Thai search with Pagefind', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  const search = async (query: string): Promise<string[]> => {
    const page = await browser.newPage();
    await page.goto(`${served.origin}/`);
    // A string, so that vitest does not rewrite the browser's import() into its own loader.
    const urls = (await page.evaluate(`(async (q) => {
      const pf = await import('/pagefind/pagefind.js');
      const found = await pf.search(q);
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })(${JSON.stringify(queryText(query))})`)) as string[];
    await page.close();
    return urls.sort();
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prongsai-search-'));
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'th' });
    expect(errors).toEqual([]);
    for (const [i, text] of RECORDS.entries()) {
      await index!.addCustomRecord({ url: `/r${i}/`, content: indexText(`${text} ${bareVendorName(text)}`), language: 'th', meta: { title: text } });
    }
    await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
    await pagefind.close();
    await writeFile(join(dir, 'index.html'), '<!doctype html><html lang="th"><title>search</title></html>');
    served = await serve(dir);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['ก่อสร้างถนนคอนกรีต', ['/r0/']],
    ['คอนกรีตเสริมเหล็ก', ['/r0/']],
    ['เสริมเหล็ก', ['/r0/']],
    ['จ้างเหมาบริการ', ['/r1/']],
    ['ขุดลอกคลอง', ['/r3/']],
    ['หมู่ที่ ๓', ['/r3/']],
    ['หมู่ที่ 5', ['/r0/']],
    ['อาหารเสริม', ['/r2/']],
    ['สหมิตรค้าวัสดุก่อสร้าง', ['/r4/']],
    ['หจก. สหมิตรค้าวัสดุก่อสร้าง', ['/r4/']],
    ['0613558000123', ['/r4/']],
  ])('%s finds %j', async (query, expected) => {
    expect(await search(query)).toEqual(expected);
  });
});
