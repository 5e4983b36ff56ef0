import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTextDecoder, detectEncoding, encodeWindows874 } from '../../../src/lib/parse/encoding.ts';

const REAL = fileURLToPath(new URL('../../../../shared/real/', import.meta.url));
const REAL_CONTRACTS = `${REAL}egp-contract-2568-phangnga-lamphun.csv`;
const REAL_BUYERS = `${REAL}egp-buyers-phangnga-lamphun.csv`;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const fromWindows874 = (bytes: Uint8Array): string => new TextDecoder('windows-874').decode(bytes);
const HEADER = 'ลำดับ,รหัสโครงการ,ชื่อโครงการ,ชื่อหน่วยงาน,วันที่ประกาศ,งบประมาณ(บาท)\r\n';

describe('encodeWindows874', () => {
  it.each([
    'องค์การบริหารส่วนจังหวัดลำพูน',
    'เทศบาลตำบลป่าไผ่ ๑๒๓ 456',
    'ราคา 1,000.-฿ “ประกวดราคา” – e-bidding … • € —‘’',
    'น้ำ ก๊าซ ปั๊ม ฯลฯ ๆ',
    'ASCII only, with "quotes" and \t tab\r\n',
    'ไม่\u00A0ระบุ',
    HEADER,
  ])('round-trips %j through TextDecoder("windows-874")', (text) => {
    expect(fromWindows874(encodeWindows874(text))).toBe(text);
  });

  it('writes one byte per character, Thai at 0xA1 + (code − U+0E01)', () => {
    expect([...encodeWindows874('กฮ๐๙')]).toEqual([0xa1, 0xce, 0xf0, 0xf9]);
    expect([...encodeWindows874('€…')]).toEqual([0x80, 0x85]);
    expect([...encodeWindows874('a\u00A0')]).toEqual([0x61, 0xa0]);
    expect(encodeWindows874('ลำพูน').length).toBe(5);
  });

  it('round-trips every assigned Thai character', () => {
    let all = '';
    for (let code = 0x0e01; code <= 0x0e5b; code++) if (code < 0x0e3b || code > 0x0e3e) all += String.fromCodePoint(code);
    expect(fromWindows874(encodeWindows874(all))).toBe(all);
  });

  it.each(['😀', 'é', 'Ø', '½', '\u0E3B', '\u200B', '中'])('refuses %j instead of writing "?"', (ch) => {
    expect(() => encodeWindows874(`ก${ch}ข`)).toThrow(RangeError);
  });
});

describe('detectEncoding', () => {
  it('reads a UTF-8 BOM', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(HEADER)]))).toBe('utf-8-bom');
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('utf-8-bom');
  });

  it('reads a UTF-16LE BOM', () => {
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x25, 0x0e]))).toBe('utf-16le');
  });

  it('takes plain UTF-8 and ASCII as UTF-8', () => {
    expect(detectEncoding(utf8(HEADER))).toBe('utf-8');
    expect(detectEncoding(utf8('a,b,c\r\n1,2,3'))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array())).toBe('utf-8');
  });

  it('takes Thai Windows-874 bytes as Windows-874', () => {
    expect(detectEncoding(encodeWindows874(HEADER))).toBe('windows-874');
    expect(detectEncoding(encodeWindows874('1,เทศบาลตำบลป่าไผ่,13 ส.ค. 68'))).toBe('windows-874');
  });

  it('does not hold a character cut by the end of the head against UTF-8', () => {
    const bytes = utf8(`${HEADER}ลำพูน`);
    // Every Thai character is 3 bytes in UTF-8: cut 1 and 2 bytes into the last one.
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1))).toBe('utf-8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 2))).toBe('utf-8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 3))).toBe('utf-8');
  });

  it('still rejects invalid UTF-8 before the cut', () => {
    const bytes = utf8(`${HEADER}ลำพูน`);
    const broken = new Uint8Array([...bytes.subarray(0, 10), 0xe0, 0x41, ...bytes.subarray(10, 20)]);
    expect(detectEncoding(broken)).toBe('windows-874');
  });
});

describe('createTextDecoder', () => {
  it('drops the BOM of UTF-8 with BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ลำดับ')]);
    expect(createTextDecoder('utf-8-bom').decode(bytes)).toBe('ลำดับ');
  });

  it('decodes Windows-874 and UTF-16LE', () => {
    expect(createTextDecoder('windows-874').decode(encodeWindows874(HEADER))).toBe(HEADER);
    expect(createTextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x25, 0x0e, 0x33, 0x0e]))).toBe('ลำ');
  });

  it('joins a character split across two chunks when streaming', () => {
    const bytes = utf8('ลำพูน');
    const decoder = createTextDecoder('utf-8');
    const text = decoder.decode(bytes.subarray(0, 4), { stream: true }) + decoder.decode(bytes.subarray(4));
    expect(text).toBe('ลำพูน');
  });
});

describe.skipIf(!existsSync(REAL_CONTRACTS) || !existsSync(REAL_BUYERS))('real files (needs ../shared/real)', () => {
  it('detects the contract file as UTF-8 with BOM and the buyers file as UTF-8', () => {
    const contracts = readFileSync(REAL_CONTRACTS);
    expect(detectEncoding(contracts.subarray(0, 65536))).toBe('utf-8-bom');
    expect(detectEncoding(readFileSync(REAL_BUYERS))).toBe('utf-8');
    const text = createTextDecoder('utf-8-bom').decode(contracts.subarray(0, 4096));
    expect(text.startsWith('ลำดับ,รหัสโครงการ')).toBe(true);
  });

  it('detects the buyers file saved as Windows-874 and reads it back unchanged', () => {
    const text = readFileSync(REAL_BUYERS, 'utf8');
    const bytes = encodeWindows874(text);
    expect(detectEncoding(bytes.subarray(0, 4096))).toBe('windows-874');
    expect(createTextDecoder('windows-874').decode(bytes)).toBe(text);
  });

  it('finds the two characters of the contract file that Windows-874 cannot hold', () => {
    const text = readFileSync(REAL_CONTRACTS, 'utf8').replace(/^\uFEFF/, '');
    const unencodable = new Set<string>();
    for (const ch of new Set(text)) {
      try {
        encodeWindows874(ch);
      } catch {
        unencodable.add(ch);
      }
    }
    expect([...unencodable].sort()).toEqual(['½', 'Ø']);
  });
});
