import { describe, expect, it } from 'vitest';
import { areaNames, chunksFor, RouterBuilder, routerManifest, routerWords, routeTerms, type RouterChunk } from '../../../src/lib/search/router.ts';
import { AreaPacker } from '../../../src/lib/search/shards.ts';

describe('AreaPacker', () => {
  it('packs whole LAOs in order until the next would pass the limit', () => {
    const packer = new AreaPacker(100);
    const placed = [
      packer.place({ province: 'ชัยนาท', records: 60 }),
      packer.place({ province: 'ชัยนาท', records: 40 }),
      packer.place({ province: 'ชัยนาท', records: 1 }),
      packer.place({ province: 'อุทัยธานี', records: 30 }),
      packer.place({ province: 'อุทัยธานี', records: 250 }),
    ];
    expect(placed.map((p) => [p.area.id, p.opened])).toEqual([['a0', true], ['a0', false], ['a1', true], ['a1', false], ['a2', true]]);
    const areas = packer.finish();
    expect(areas.map((a) => [a.id, a.provinces, a.parts, a.laos, a.records])).toEqual([
      ['a0', ['ชัยนาท'], [[1, 2]], 2, 100],
      ['a1', ['ชัยนาท', 'อุทัยธานี'], [[2, 2], [1, 2]], 2, 31],
      // An LAO over the limit on its own still gets an area: LAOs are never split.
      ['a2', ['อุทัยธานี'], [[2, 2]], 1, 250],
    ]);
  });

  it('numbers the parts of a province that spans several areas, and only those', () => {
    const packer = new AreaPacker(10);
    for (const province of ['ก', 'ก', 'ข']) packer.place({ province, records: 6 });
    expect(packer.finish().map((a) => a.parts)).toEqual([[[1, 2]], [[2, 2]], [null]]);
  });

  it('keeps everything in one area when it fits', () => {
    const packer = new AreaPacker(1000);
    for (const province of ['ก', 'ข', 'ค']) packer.place({ province, records: 10 });
    expect(packer.finish()).toHaveLength(1);
  });
});

describe('router', () => {
  it('names the areas in a compact manifest: provinces once, parts of large provinces', () => {
    const packer = new AreaPacker(10);
    for (const province of ['ก', 'ก', 'ก', 'ข']) packer.place({ province, records: 6 });
    const areas = packer.finish();
    const manifest = routerManifest(areas, ['x']);
    expect(manifest.provinces).toEqual(['ก', 'ข']);
    expect(manifest.areas).toEqual([[[0, 1, 3]], [[0, 2, 3]], [[0, 3, 3]], [1]]);
    expect(areaNames(manifest)).toEqual(areas.map((a) => ({ id: a.id, provinces: a.provinces, parts: a.parts })));
  });

  it('writes each word\'s areas as differences from the area before', () => {
    const builder = new RouterBuilder();
    builder.addArea(3, ['ถนน']);
    builder.addArea(4, ['ถนน', 'ถนน']);
    builder.addArea(9, ['ถนน']);
    expect(builder.build().chunks.get('0')).toEqual([['ถนน', 3, 1, 1, 2, 5, 1]]);
  });

  it('keys words in lower case, split at punctuation, each once', () => {
    expect(routerWords('คสล. ถนน ถนน Road-Works 0105')).toEqual(['คสล', 'ถนน', 'road', 'works', '0105']);
  });

  /** A router over three areas, cut into small chunks so that lookups cross chunk boundaries. */
  function sample(): { firsts: string[]; chunks: Map<string, RouterChunk> } {
    const builder = new RouterBuilder(40);
    builder.addArea(0, ['ถนน คอนกรีต', 'ถนน ลูกรัง', 'ขุดลอก คลอง']);
    builder.addArea(1, ['ถนน คอนกรีต', 'ถนนลาดยาง']);
    builder.addArea(2, ['วัสดุ สำนักงาน', 'ขุดลอก', 'ผู้เสียภาษี 0105555012345 0105559000001']);
    return builder.build();
  }

  it('cuts the sorted words into chunks and names each by its first word', () => {
    const { firsts, chunks } = sample();
    expect(firsts.length).toBeGreaterThan(2);
    const numbered = firsts.map((_, i) => chunks.get(String(i))!);
    const words = numbered.flatMap((c) => c.map((e) => e[0] as string));
    expect(words).toEqual([...words].sort());
    expect(firsts).toEqual(numbered.map((c) => c[0]![0]));
  });

  it('finds the chunks a word or prefix falls in', () => {
    const { firsts, chunks } = sample();
    for (const term of ['ถนน', 'ขุดลอก', 'สำนักงาน']) {
      const found = chunksFor(term, firsts).flatMap((i) => chunks.get(i)!.map((e) => e[0]));
      expect(found).toContain(term);
    }
    expect(chunksFor('ถนน', [])).toEqual([]);
  });

  it('sends a query to the areas holding all its words, most matches first', () => {
    const { firsts, chunks } = sample();
    expect(routeTerms(['ถนน'], firsts, chunks)).toEqual([{ area: 0, estimate: 2 }, { area: 1, estimate: 2 }]);
    expect(routeTerms(['ถนน', 'คอนกรีต'], firsts, chunks)).toEqual([{ area: 0, estimate: 1 }, { area: 1, estimate: 1 }]);
    expect(routeTerms(['ขุดลอก'], firsts, chunks)).toEqual([{ area: 0, estimate: 1 }, { area: 2, estimate: 1 }]);
    expect(routeTerms(['ถนน', 'วัสดุ'], firsts, chunks)).toEqual([]);
    expect(routeTerms(['ไม่มีคำนี้'], firsts, chunks)).toEqual([]);
    expect(routeTerms([], firsts, chunks)).toEqual([]);
  });

  it('matches a word as the start of longer words, as Pagefind does', () => {
    const { firsts, chunks } = sample();
    // ถนนลาดยาง is in area 1 only (and counted for ถนน above).
    expect(routeTerms(['ถนนลาด'], firsts, chunks)).toEqual([{ area: 1, estimate: 1 }]);
  });

  it('files long numbers by their first six digits, outside the word table', () => {
    const { firsts, chunks } = sample();
    expect(chunks.get('n010555')).toEqual([['0105555012345', 2, 1], ['0105559000001', 2, 1]]);
    expect(firsts.some((w) => /^\d{6}/.test(w))).toBe(false);
    expect(chunksFor('0105555012345', firsts)).toEqual(['n010555']);
    expect(chunksFor('010555', firsts)).toEqual(['n010555']);
    expect(routeTerms(['0105555012345'], firsts, chunks)).toEqual([{ area: 2, estimate: 1 }]);
    // Six digits find every number starting with them; a number nobody has finds nothing.
    expect(routeTerms(['010555'], firsts, chunks)).toEqual([{ area: 2, estimate: 2 }]);
    expect(routeTerms(['0999999999999'], firsts, new Map([...chunks, ['n099999', []]]))).toEqual([]);
  });

  it('matches nothing for a word whose chunks are not loaded', () => {
    const { firsts } = sample();
    expect(routeTerms(['ถนน'], firsts, new Map())).toEqual([]);
  });
});
