import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  atomTimestamp,
  entrySummary,
  escapeXml,
  FEED_ENTRY_LIMIT,
  laoFeedXml,
  newestAcross,
  newestItems,
  PLACEHOLDER_ORIGIN,
  procurementEntry,
  projectDate,
  siteFeedXml,
  type FeedLao,
  type FeedSource,
} from '../../../src/lib/site/feed.ts';
import { NBSP } from '../../../src/lib/site/format.ts';
import { translator } from '../../../src/lib/site/i18n.ts';
import type { ProcurementProject } from '../../../src/lib/schema/procurement.ts';
import { contract, procurement } from './fixtures.ts';

const t = translator('th');
const lao: FeedLao = { id: '6100101', name: 'เทศบาลตำบลหนึ่ง', province: 'อุทัยธานี' };
const ORIGIN = 'https://example.org';

/** Every tag closed in order and every & an entity: what an XML parser would reject, short of a parser. */
function expectWellFormed(xml: string): void {
  expect(xml).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos);)/);
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of xml.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([A-Za-z:]+)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (selfClosing) continue;
    if (close) expect(stack.pop(), `</${name}>`).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  // Text and attribute values hold no markup characters of their own.
  expect(xml.replace(/<[^<>]*>/g, '')).not.toMatch(/[<>]/);
}

describe('escapeXml(text)', () => {
  it('escapes markup characters and both quotes', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
  it('removes the characters XML 1.0 forbids and keeps tab, newlines, Thai and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\u007F')).toBe('abcdef\u007F');
    expect(escapeXml('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(escapeXml('lone \uD800 surrogate \uDC00.')).toBe('lone  surrogate .');
    expect(escapeXml('แท็บ\tบรรทัด\nใหม่\r\n😀')).toBe('แท็บ\tบรรทัด\nใหม่\r\n😀');
  });
});

describe('projectDate(project)', () => {
  it('files a project under its announcement date', () => {
    expect(projectDate(procurement({ announcedDate: '2025-01-05' }))).toEqual({ date: '2025-01-05', dateKind: 'announced' });
  });
  it('falls back to the earliest contract signing date, and gives null without either', () => {
    const p = procurement({ contracts: [contract({ signedDate: '2025-03-09' }), contract({ signedDate: null }), contract({ signedDate: '2025-02-01' })] });
    expect(projectDate(p)).toEqual({ date: '2025-02-01', dateKind: 'signed' });
    expect(projectDate(procurement({ contracts: [contract({ signedDate: null })] }))).toBeNull();
    expect(projectDate(procurement({ contracts: [] }))).toBeNull();
  });
});

/** A dated project of an LAO: announced on `date`, or undated when date is null. */
const dated = (id: string, date: string | null, laoId = 'L'): ProcurementProject =>
  procurement({ id, sourceId: id, laoId, announcedDate: date, contracts: date ? [contract({ signedDate: null })] : [] });

describe('newestItems(lao, projects, limit)', () => {
  it('orders newest first, ties by project id, and leaves undated projects out', () => {
    const items = newestItems(lao, [dated('b', '2025-01-01'), dated('none', null), dated('c', '2025-02-01'), dated('a', '2025-01-01')]);
    expect(items.map((i) => i.project.id)).toEqual(['c', 'a', 'b']);
  });
  it('keeps at most `limit`, FEED_ENTRY_LIMIT by default', () => {
    const many = Array.from({ length: 80 }, (_, i) => dated(`p${String(i).padStart(2, '0')}`, `2025-01-${String((i % 28) + 1).padStart(2, '0')}`));
    expect(newestItems(lao, many)).toHaveLength(FEED_ENTRY_LIMIT);
    expect(newestItems(lao, many, 3).map((i) => i.date)).toEqual(['2025-01-28', '2025-01-28', '2025-01-27']);
  });
});

describe('newestAcross(sources, read, limit)', () => {
  /** LAOs with projects on pseudo-random dates, and their sources as the downloads index gives them. */
  function world(laoCount: number, perLao: number) {
    const data = new Map<string, ProcurementProject[]>();
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let l = 0; l < laoCount; l++) {
      const id = `L${String(l).padStart(3, '0')}`;
      data.set(id, Array.from({ length: perLao }, (_, i) => dated(`${id}-${i}`, next() % 5 === 0 ? null : `2025-0${(next() % 9) + 1}-1${next() % 10}`, id)));
    }
    const sources: FeedSource[] = [...data].map(([id, projects]) => ({ id, latestDate: projects.map((p) => p.announcedDate).filter((d) => d !== null).sort().at(-1) ?? null }));
    const reads: string[] = [];
    const read = (id: string) => {
      reads.push(id);
      return { lao: { ...lao, id }, projects: data.get(id)! };
    };
    const everything = newestItems(lao, [...data.values()].flat()).map((i) => `${i.project.laoId}/${i.project.id}`);
    return { sources, read, reads, data, everything };
  }

  it('gives what reading every LAO would, reading fewer', () => {
    const { sources, read, reads, everything } = world(60, 6);
    const items = newestAcross(sources, read, 10);
    expect(items.map((i) => `${i.lao.id}/${i.project.id}`)).toEqual(everything.slice(0, 10));
    expect(reads.length).toBeLessThan(60);
  });

  it('reads an LAO the index does not know, skips one with no dated project, and reads a tie on the cut-off date', () => {
    const data: Record<string, ProcurementProject[]> = {
      A: [dated('a1', '2025-05-01', 'A'), dated('a2', '2025-04-01', 'A')],
      B: [dated('b1', '2025-04-01', 'B')],
      C: [dated('c1', '2025-09-09', 'C')],
      D: [dated('d1', null, 'D')],
      E: [dated('e1', '2025-01-01', 'E')],
    };
    const reads: string[] = [];
    const read = (id: string) => {
      reads.push(id);
      return { lao: { ...lao, id }, projects: data[id]! };
    };
    const sources: FeedSource[] = [
      { id: 'A', latestDate: '2025-05-01' },
      { id: 'B', latestDate: '2025-04-01' },
      { id: 'C', latestDate: undefined },
      { id: 'D', latestDate: null },
      { id: 'E', latestDate: '2025-01-01' },
    ];
    const items = newestAcross(sources, read, 3);
    expect(items.map((i) => i.project.id)).toEqual(['c1', 'a1', 'a2']);
    // B's latest date equals the third item's, so B is read; E's is earlier and D has no dates.
    expect(reads).toEqual(['C', 'A', 'B']);
  });
});

describe('entries and their summary', () => {
  const item = (over: Partial<ProcurementProject> = {}) => newestItems(lao, [procurement({ laoId: lao.id, announcedDate: '2025-08-13', ...over })])[0]!;

  it('summarises in Thai: LAO and province, year, method, contract value, vendors and date', () => {
    const summary = entrySummary(item({ method: 'e-bidding', contracts: [contract({ value: 1_000_000 }), contract({ value: 234_567.5, vendorId: 'V2', vendorName: 'บริษัท สอง จำกัด' })] }), t);
    expect(summary).toBe(
      `เทศบาลตำบลหนึ่ง จังหวัดอุทัยธานี · ปีงบประมาณ 2568 · ประกวดราคาอิเล็กทรอนิกส์ (e-bidding) · มูลค่าสัญญา 1,234,567.50${NBSP}บาท · ผู้ขาย/ผู้รับจ้าง: หจก. หนึ่ง, บริษัท สอง จำกัด · วันที่ประกาศ 13 ส.ค. 2568`,
    );
  });

  it('falls back to the agreed price, then the budget, and says when there is no amount', () => {
    const none = { contracts: [contract({ value: null })] };
    expect(entrySummary(item({ ...none, agreedPrice: 5000, budget: 9000 }), t)).toContain(`ราคาที่ตกลงซื้อ/จ้าง 5,000.00${NBSP}บาท`);
    expect(entrySummary(item({ ...none, budget: 9000 }), t)).toContain(`วงเงินงบประมาณ 9,000.00${NBSP}บาท`);
    expect(entrySummary(item({ ...none }), t)).toContain('ไม่ระบุจำนวนเงิน');
  });

  it('names three vendors and counts the rest, and says when the date is a signing date', () => {
    const contracts = ['1', '2', '3', '4', '5'].map((n) => contract({ vendorId: `V${n}`, vendorName: `ร้าน ${n}`, signedDate: `2025-02-0${n}` }));
    const summary = entrySummary(item({ announcedDate: null, contracts }), t);
    expect(summary).toContain('ผู้ขาย/ผู้รับจ้าง: ร้าน 1, ร้าน 2, ร้าน 3 และอีก 2 ราย');
    expect(summary).toMatch(/วันที่ลงนาม 1 ก\.พ\. 2568$/);
  });

  it('links the project’s row on its LAO-year page, absolutely, as its id too', () => {
    const entry = procurementEntry(item(), ORIGIN, t);
    expect(entry.link).toBe('https://example.org/lao/6100101/2568/#p-68019000001');
    expect(entry.id).toBe(entry.link);
    expect(entry.updated).toBe('2025-08-13T00:00:00+07:00');
    expect(entry.author).toEqual({ name: lao.name, uri: 'https://example.org/lao/6100101/' });
  });
});

describe('absoluteUrl and atomTimestamp', () => {
  it('resolves a site path against the origin, the placeholder one too', () => {
    expect(absoluteUrl(ORIGIN, '/feed.xml')).toBe('https://example.org/feed.xml');
    expect(absoluteUrl(PLACEHOLDER_ORIGIN, '/lao/1/')).toBe('https://prongsai.invalid/lao/1/');
  });
  it('writes a Thai day as midnight in Bangkok', () => {
    expect(atomTimestamp('2025-01-02')).toBe('2025-01-02T00:00:00+07:00');
  });
});

describe('laoFeedXml and siteFeedXml', () => {
  const options = { origin: ORIGIN, t, fallbackDate: '2025-09-29' };
  const hostileLao: FeedLao = { id: '6100101', name: 'อบต.<script>alert(1)</script> & "ลูก"', province: 'อุทัยธานี' };
  const hostile = [
    procurement({ laoId: lao.id, name: 'ซื้อ <b>ปูน</b> & หิน\u0001', announcedDate: '2025-03-01', contracts: [contract({ vendorName: "ร้าน 'A' <&>" })] }),
    procurement({ id: 'x2', sourceId: 'x2', laoId: lao.id, name: 'โครงการไร้วันเวลา', contracts: [contract({ signedDate: null })] }),
  ];

  it('is an Atom document with stable absolute ids, escaped text and the dated projects only', () => {
    const xml = laoFeedXml(hostileLao, hostile, options);
    expectWellFormed(xml);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="th">/);
    expect(xml).toContain('<id>https://example.org/lao/6100101/feed.xml</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/lao/6100101/feed.xml"/>');
    expect(xml).toContain('<updated>2025-03-01T00:00:00+07:00</updated>');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('<title>ซื้อ &lt;b&gt;ปูน&lt;/b&gt; &amp; หิน</title>');
    expect(xml).toContain('อบต.&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;ลูก&quot;');
    expect(xml).toContain('ร้าน &apos;A&apos; &lt;&amp;&gt;');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).not.toContain('โครงการไร้วันเวลา');
  });

  it('is the same bytes every time, and dated from the data when it has no entries', () => {
    expect(laoFeedXml(lao, hostile, options)).toBe(laoFeedXml(lao, [...hostile].reverse(), options));
    const empty = laoFeedXml(lao, [], options);
    expectWellFormed(empty);
    expect(empty).toContain('<updated>2025-09-29T00:00:00+07:00</updated>');
    expect(empty).not.toContain('<entry>');
    expect(laoFeedXml(lao, [], { ...options, fallbackDate: null })).toContain('<updated>1970-01-01T00:00:00+07:00</updated>');
  });

  it('the whole site’s feed is the site’s, with each entry by its LAO', () => {
    const items = newestItems(lao, [procurement({ laoId: lao.id, announcedDate: '2025-03-01' })]);
    const xml = siteFeedXml(items, options);
    expectWellFormed(xml);
    expect(xml).toContain('<id>https://example.org/feed.xml</id>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/"/>');
    expect(xml).toContain('<author><name>โปร่งใส</name><uri>https://example.org/</uri></author>');
    expect(xml).toContain(`<author><name>${lao.name}</name><uri>https://example.org/lao/6100101/</uri></author>`);
  });
});
