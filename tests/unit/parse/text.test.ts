import { describe, it, expect } from 'vitest';
import { cleanText, foldHeader, isPlaceholder, matchKey } from '../../../src/lib/parse/text.ts';

describe('cleanText', () => {
  it.each([
    ['plain text is kept', 'เทศบาลตำบลป่าไผ่', 'เทศบาลตำบลป่าไผ่'],
    ['surrounding spaces are trimmed', '  ลำพูน  ', 'ลำพูน'],
    ['runs of spaces collapse', 'บริษัท  ศรีบางชัน   จำกัด', 'บริษัท ศรีบางชัน จำกัด'],
    ['tabs and newlines become spaces', 'ซื้อ\tวัสดุ\r\nสำนักงาน\n', 'ซื้อ วัสดุ สำนักงาน'],
    ['NBSP becomes a space', 'ลำพูน\u00A0พังงา', 'ลำพูน พังงา'],
    ['narrow NBSP, ideographic and em spaces become spaces', 'a\u202Fb\u3000c\u2003d', 'a b c d'],
    ['zero-width space is removed', 'ศรี\u200Bบางชัน', 'ศรีบางชัน'],
    ['ZWNJ, ZWJ and word joiner are removed', 'a\u200Cb\u200Dc\u2060d', 'abcd'],
    ['a BOM is removed wherever it sits', '\uFEFFลำดับ', 'ลำดับ'],
    ['LRM and RLM are removed', '\u200Eabc\u200F', 'abc'],
    ['bidi embeddings and isolates are removed', '\u202Aa\u202Eb\u202C\u2066c\u2069', 'abc'],
    ['a zero-width character between spaces leaves one space', 'a \u200B b', 'a b'],
    ['blank stays blank', ' \u00A0\t ', ''],
  ])('%s', (_label, raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });

  it('normalises to NFC', () => {
    const decomposed = 'Cafe\u0301';
    expect(cleanText(decomposed)).toBe('Caf\u00E9');
    expect(cleanText(decomposed)).not.toBe(decomposed);
  });

  it('is still NFC after dropping an invisible character between a letter and its marks (found by fast-check)', () => {
    // NFC puts a vowel below (ccc 103) before a tone mark (ccc 107); the ZWSP hid them from each other.
    expect(cleanText('น\u0E48\u200B\u0E38')).toBe('น\u0E38\u0E48');
    expect(cleanText('น\u0E48\u200B\u0E38')).toBe(cleanText('น\u0E48\u0E38'));
    expect(matchKey('น\u0E48\u200B\u0E38')).toBe(matchKey('นุ่'));
    expect(cleanText('e\u200B\u0301')).toBe('\u00E9');
    expect(cleanText(cleanText('Y\u202E\u0301'))).toBe(cleanText('Y\u202E\u0301'));
  });

  it('is idempotent', () => {
    const raw = ' \u200Bบริษัท\u00A0\u00A0ศรีบางชัน\tจำกัด ';
    expect(cleanText(cleanText(raw))).toBe(cleanText(raw));
  });
});

describe('isPlaceholder', () => {
  it.each(['', '   ', '-', ' - ', '–', '—', 'null', 'NULL', 'Null', 'n/a', 'N/A', 'ไม่มี', '*', '\u200B-\u00A0'])(
    '%j means none',
    (raw) => {
      expect(isPlaceholder(raw)).toBe(true);
    },
  );

  it.each(['0', '--', 'ระหว่างดำเนินการ', 'ไม่ระบุ', 'nil', 'none', 'n', '**', '- 5', 'ไม่มีชื่อ', 'nullable'])(
    '%j is a value',
    (raw) => {
      expect(isPlaceholder(raw)).toBe(false);
    },
  );
});

describe('matchKey', () => {
  it.each([
    ['spaces are removed', 'ศรี บางชัน', 'ศรีบางชัน'],
    ['all kinds of spaces and invisibles are removed', 'ศรี\u00A0บาง\u200Bชัน', 'ศรีบางชัน'],
    ['Thai digits become Arabic', 'นพเก้า ๙๙๙', 'นพเก้า999'],
    ['Latin is lowercased', 'SS Com Service', 'sscomservice'],
    ['punctuation is removed', 'พี.เค แอร์แอนด์เซอร์วิส (สาขา 1), จำกัด!', 'พีเคแอร์แอนด์เซอร์วิสสาขา1จำกัด'],
    ['symbols are removed', 'H@C SOUND & co. ฿', 'hcsoundco'],
    ['hyphens and slashes are removed', 'P-M 46/2568', 'pm462568'],
    ['vowels and tone marks are kept', 'น้ำดื่ม เชียงใหม่', 'น้ำดื่มเชียงใหม่'],
    ['sara am typed as nikhahit + sara aa matches', 'จ\u0E4D\u0E32กัด', 'จำกัด'],
    ['nikhahit, tone mark, sara aa matches mai tho + sara am', 'น\u0E4D\u0E49\u0E32', 'น้ำ'],
  ])('%s', (_label, raw, expected) => {
    expect(matchKey(raw)).toBe(expected);
  });

  it('gives equal keys for names that differ only in spacing, digits and case', () => {
    expect(matchKey('ห้างหุ้นส่วนจำกัด  กระโสม ๘๘๘')).toBe(matchKey('ห้างหุ้นส่วนจำกัดกระโสม 888'));
    expect(matchKey('ABC Trading')).toBe(matchKey('abc  trading'));
  });

  it('keeps different names apart', () => {
    expect(matchKey('บ้านสวน')).not.toBe(matchKey('บ้านส่วน'));
    expect(matchKey('ป่าสัก')).not.toBe(matchKey('ป่าซาง'));
  });
});

describe('foldHeader', () => {
  it('makes the header variants of real exports equal', () => {
    const variants = ['งบประมาณ(บาท)', 'งบประมาณ (บาท)', ' งบประมาณ ( บาท ) ', 'งบประมาณ_บาท', 'งบประมาณ-บาท', 'งบประมาณ.บาท', 'งบประมาณ/บาท', 'งบประมาณ:บาท'];
    for (const v of variants) expect(foldHeader(v)).toBe('งบประมาณบาท');
  });

  it('folds English case and separators', () => {
    expect(foldHeader('Budget_Baht')).toBe('budgetbaht');
    expect(foldHeader('budget (baht)')).toBe('budgetbaht');
    expect(foldHeader('BUDGET-BAHT')).toBe('budgetbaht');
  });

  it('removes the BOM of a first header and NBSPs', () => {
    expect(foldHeader('\uFEFFลำดับ')).toBe('ลำดับ');
    expect(foldHeader('ราคาตกลงซื้อ/จ้าง')).toBe(foldHeader('ราคาตกลงซื้อ / จ้าง\u00A0'));
  });

  it('keeps different headers apart', () => {
    expect(foldHeader('งบประมาณ(บาท)')).not.toBe(foldHeader('ราคากลาง(บาท)'));
    expect(foldHeader('วันที่ลงนามสัญญา')).not.toBe(foldHeader('วันที่สิ้นสุดสัญญา'));
  });
});
