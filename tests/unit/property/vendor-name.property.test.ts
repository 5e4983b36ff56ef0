// Property-based tests of the vendor name parser (src/lib/parse/vendor-name.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bareVendorName, normaliseVendorName } from '../../../src/lib/parse/vendor-name.ts';
import type { LegalForm } from '../../../src/lib/parse/vendor-name.ts';
import { cleanText, matchKey } from '../../../src/lib/parse/text.ts';
import { hostileString, longHostileString, longRepetition, padding, thaiConsonants } from './arbitraries.ts';

const anyText = fc.oneof({ weight: 20, arbitrary: hostileString }, longHostileString, longRepetition);
const FORMS: LegalForm[] = ['company', 'public-company', 'limited-partnership', 'ordinary-partnership', 'shop', 'person', 'cooperative', 'other'];

/** Ways of writing a business around its name X, with the legal form they state. */
const TEMPLATES: [string, LegalForm][] = [
  ['บริษัท X จำกัด', 'company'], ['บริษัทX จำกัด', 'company'], ['บริษัท X จํากัด', 'company'], ['บจก.X', 'company'],
  ['บจก. X', 'company'], ['บ.จ.ก. X', 'company'], ['บจก X', 'company'], ['บ.X จำกัด', 'company'], ['X จำกัด', 'company'],
  ['บริษัท X จำกัด (สำนักงานใหญ่)', 'company'], ['X Co., Ltd.', 'company'], ['X Company Limited', 'company'],
  ['บริษัท X จำกัด (มหาชน)', 'public-company'], ['บมจ.X', 'public-company'], ['บมจ. X', 'public-company'], ['X Public Company Limited', 'public-company'],
  ['ห้างหุ้นส่วนจำกัด X', 'limited-partnership'], ['หจก.X', 'limited-partnership'], ['ห.จ.ก. X', 'limited-partnership'],
  ['ห้างหุ้นส่วน X จำกัด', 'limited-partnership'], ['X Limited Partnership', 'limited-partnership'],
  ['ห้างหุ้นส่วนสามัญ X', 'ordinary-partnership'], ['ห้างหุ้นส่วนสามัญนิติบุคคล X', 'ordinary-partnership'],
  ['หสน.X', 'ordinary-partnership'], ['ห้างหุ้นส่วน X', 'ordinary-partnership'],
  ['ร้านX', 'shop'], ['ร้าน X', 'shop'], ['ร้าน X โดย นายสมชาย ใจดี', 'shop'], ['ร้าน X โดย น.ส. สมหญิง ใจดี', 'shop'],
  ['นายX', 'person'], ['นาย X', 'person'], ['นางสาวX', 'person'], ['น.ส. X', 'person'], ['ว่าที่ร้อยตรี X', 'person'], ['ด.ต.X', 'person'],
  ['X', 'other'],
];

/** Abbreviation letters that, alone before a space, would be read as the legal form itself. */
const ABBREVIATION_LETTERS = /^(?:บจก|บมจ|หจก|หสน|หสม|ทต)$/;

describe('normaliseVendorName', () => {
  it('never throws; display is the cleaned text, the key keeps only letters, marks and digits', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const { display, key, legalForm } = normaliseVendorName(raw);
        expect(display).toBe(cleanText(raw));
        expect(FORMS).toContain(legalForm);
        expect(/^[\p{L}\p{M}\p{Nd}]*$/u.test(key)).toBe(true);
        if (matchKey(display) !== '') expect(key).not.toBe('');
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the legal form, and keys the business by its name alone, however it is written', () => {
    const space = fc.constantFrom(' ', '  ', '\u00A0', ' \u200B', '\t');
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES), thaiConsonants(2, 12), space, padding, ([template, form], name, sp, pad) => {
        fc.pre(!ABBREVIATION_LETTERS.test(name));
        const raw = pad + template.replace('X', name).replace(/ /g, sp) + pad;
        expect(normaliseVendorName(raw), raw).toMatchObject({ key: name, legalForm: form });
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps สหกรณ์ in the key of a cooperative', () => {
    fc.assert(
      fc.property(thaiConsonants(), fc.constantFrom('', ' จำกัด'), (name, limited) => {
        expect(normaliseVendorName(`สหกรณ์${name}${limited}`)).toMatchObject({ key: `สหกรณ์${name}`, legalForm: 'cooperative' });
      }),
      { numRuns: 300 },
    );
  });

  it('gives two businesses with different names different keys, whatever their legal forms', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES), fc.constantFrom(...TEMPLATES), thaiConsonants(2, 8), thaiConsonants(2, 8), ([a], [b], x, y) => {
        fc.pre(x !== y && !ABBREVIATION_LETTERS.test(x) && !ABBREVIATION_LETTERS.test(y));
        expect(normaliseVendorName(a.replace('X', x)).key).not.toBe(normaliseVendorName(b.replace('X', y)).key);
      }),
      { numRuns: 500 },
    );
  });
});

describe('bareVendorName', () => {
  it('never throws, and gives non-empty cleaned text for non-empty text', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const bare = bareVendorName(raw);
        expect(cleanText(bare)).toBe(bare);
        if (cleanText(raw) !== '') expect(bare).not.toBe('');
      }),
      { numRuns: 1000 },
    );
  });

  it('drops the legal form and title, keeping the name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES), thaiConsonants(2, 12), ([template], name) => {
        fc.pre(!ABBREVIATION_LETTERS.test(name));
        expect(bareVendorName(template.replace('X', name))).toBe(name);
      }),
      { numRuns: 500 },
    );
  });
});
