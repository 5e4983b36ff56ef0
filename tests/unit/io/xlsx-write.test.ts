import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { columnName, toXlsx } from '../../../src/lib/io/xlsx-write.ts';

const HEADER = ['name', 'amount', 'note'];
const ROWS = [
  ['ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๕', 1234567.5, null],
  ['=HYPERLINK("http://evil.example","คลิก")', -42, '+66 81 234 5678'],
  ['<b>&"quotes"</b>', 0, '@SUM(A1)'],
] as const;

describe('toXlsx', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('is read back by a spreadsheet library with Thai text, numbers as numbers, and no formulas', () => {
    const book = XLSX.read(toXlsx('procurement', HEADER, ROWS), { type: 'array', cellFormula: true });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    expect(book.SheetNames).toEqual(['procurement']);
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1, defval: null })).toEqual([HEADER, ...ROWS]);
    for (const cell of Object.values(sheet)) if (typeof cell === 'object' && cell && 'f' in cell) throw new Error(`formula in ${JSON.stringify(cell)}`);
    expect(sheet.B2).toMatchObject({ t: 'n', v: 1234567.5 });
  });

  it('keeps text that looks like a formula as text with the quote prefix style, unchanged', () => {
    const sheet = strFromU8(unzipSync(toXlsx('s', HEADER, ROWS))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="A3" s="2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://evil.example&quot;,&quot;คลิก&quot;)</t></is></c>');
    expect(sheet).toContain('<c r="C3" s="2" t="inlineStr">');
    expect(sheet).toContain('<c r="C4" s="2" t="inlineStr">');
    // Negative numbers stay numbers; ordinary text has no style.
    expect(sheet).toContain('<c r="B3"><v>-42</v></c>');
    expect(sheet).toContain('<c r="A2" t="inlineStr">');
    expect(sheet).toContain('&lt;b&gt;&amp;&quot;quotes&quot;&lt;/b&gt;');
  });

  it('gives the same bytes for the same rows', () => {
    expect(Buffer.from(toXlsx('s', HEADER, ROWS)).equals(Buffer.from(toXlsx('s', HEADER, ROWS)))).toBe(true);
  });

  it('drops characters XML cannot hold and trims the sheet name to 31 characters', () => {
    const files = unzipSync(toXlsx('a/b:c'.padEnd(40, 'x'), ['h'], [['bell\u0007 tab\tok']]));
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toContain('bell tab\tok');
    expect(strFromU8(files['xl/workbook.xml']!)).toMatch(/<sheet name="a b cx{26}"/);
  });
});
