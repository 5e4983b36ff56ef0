// Property-based tests of the LAO name, type and province parsers (src/lib/parse/lao-name.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAO_TYPES, LAO_TYPE_PREFIX, normaliseProvince, parseLaoName, parseLaoType } from '../../../src/lib/parse/lao-name.ts';
import type { LaoType } from '../../../src/lib/parse/lao-name.ts';
import { cleanText, matchKey } from '../../../src/lib/parse/text.ts';
import { hostileString, longHostileString, longRepetition, padding, thaiConsonants } from './arbitraries.ts';

const anyText = fc.oneof({ weight: 20, arbitrary: hostileString }, longHostileString, longRepetition);

/** How each prefixed type is written before a place name in real files (official prefixes written out here). */
const WRITTEN_PREFIXES: Record<Exclude<LaoType, 'bangkok' | 'pattaya'>, readonly string[]> = {
  pao: ['องค์การบริหารส่วนจังหวัด', 'องค์การบริหารส่วนจังหวัด ', 'องค์การ บริหารส่วน จังหวัด', 'อบจ.', 'อบจ. ', 'อบจ ', 'อ.บ.จ.'],
  sao: ['องค์การบริหารส่วนตำบล', 'องค์การบริหารส่วนตำบล ', 'อบต.', 'อบต. ', 'อบต ', 'อ.บ.ต. '],
  city: ['เทศบาลนคร', 'เทศบาล นคร ', 'ทน.', 'ทน. ', 'ท.น.'],
  town: ['เทศบาลเมือง', 'เทศบาลเมือง ', 'ทม.', 'ทม ', 'ท.ม.'],
  subdistrict: ['เทศบาลตำบล', 'เทศบาลตำบล  ', 'ทต.', 'ทต. ', 'ท.ต.'],
};
const OFFICIAL: Record<Exclude<LaoType, 'bangkok' | 'pattaya'>, string> = {
  pao: 'องค์การบริหารส่วนจังหวัด',
  sao: 'องค์การบริหารส่วนตำบล',
  city: 'เทศบาลนคร',
  town: 'เทศบาลเมือง',
  subdistrict: 'เทศบาลตำบล',
};

const prefixed = fc.constantFrom(...(Object.keys(WRITTEN_PREFIXES) as (keyof typeof WRITTEN_PREFIXES)[])).chain((type) =>
  fc.record({ type: fc.constant(type), prefix: fc.constantFrom(...WRITTEN_PREFIXES[type]) }),
);

describe('parseLaoName', () => {
  it('never throws; gives cleaned text, a type or null, and the match key of the name', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const { name, key, type } = parseLaoName(raw);
        expect(cleanText(name)).toBe(name);
        expect(key).toBe(matchKey(name));
        expect(type === null || LAO_TYPES.includes(type)).toBe(true);
        if (type !== null && LAO_TYPE_PREFIX[type] !== '') expect(name.startsWith(LAO_TYPE_PREFIX[type])).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: an official name reads back as itself', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = parseLaoName(raw);
        expect(parseLaoName(once.name)).toEqual(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('expands every written prefix to the official one, with the type it names', () => {
    fc.assert(
      fc.property(prefixed, thaiConsonants(), padding, padding, ({ type, prefix }, place, before, after) => {
        const result = parseLaoName(before + prefix + place + after);
        expect(result).toEqual({ name: OFFICIAL[type] + place, key: matchKey(OFFICIAL[type] + place), type });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives all spellings of one LAO one key, and different tiers of one place different keys', () => {
    fc.assert(
      fc.property(prefixed, prefixed, thaiConsonants(), (a, b, place) => {
        const keyA = parseLaoName(a.prefix + place).key;
        const keyB = parseLaoName(b.prefix + place).key;
        expect(keyA === keyB).toBe(a.type === b.type);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves a name without a known prefix as it is, without a type', () => {
    fc.assert(
      fc.property(thaiConsonants(), padding, (place, pad) => {
        fc.pre(!/^(?:อบจ|อบต|ทน|ทม|ทต|กทม)/.test(place));
        expect(parseLaoName(pad + place + pad)).toEqual({ name: place, key: place, type: null });
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseLaoType', () => {
  const LABELS: [string, LaoType][] = [
    ['อบจ.', 'pao'], ['องค์การบริหารส่วนจังหวัด', 'pao'], ['Provincial Administrative Organization', 'pao'],
    ['เทศบาลนคร', 'city'], ['ทน.', 'city'], ['City Municipality', 'city'],
    ['เทศบาลเมือง', 'town'], ['ทม.', 'town'], ['Town Municipality', 'town'],
    ['เทศบาลตำบล', 'subdistrict'], ['ทต.', 'subdistrict'], ['Tambon Municipality', 'subdistrict'],
    ['อบต.', 'sao'], ['องค์การบริหารส่วนตำบล', 'sao'], ['TAO', 'sao'],
    ['กรุงเทพมหานคร', 'bangkok'], ['กทม.', 'bangkok'], ['BMA', 'bangkok'],
    ['เมืองพัทยา', 'pattaya'], ['Pattaya City', 'pattaya'],
    ...LAO_TYPES.map((t) => [t, t] as [string, LaoType]),
  ];

  it('never throws, and gives a known type or null', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const type = parseLaoType(raw);
        expect(type === null || LAO_TYPES.includes(type)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads every label whatever its case, spacing and dots', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LABELS), fc.boolean(), padding, padding, ([label, type], upper, before, after) => {
        const written = (upper ? label.toUpperCase() : label.toLowerCase()).replace(/\s/g, '  ');
        expect(parseLaoType(before + written + after)).toBe(type);
        expect(parseLaoType(label.replace(/\./g, ''))).toBe(type);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normaliseProvince', () => {
  it('never throws, and gives cleaned text', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const province = normaliseProvince(raw);
        expect(cleanText(province)).toBe(province);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same province with or without จังหวัด / จ. in front', () => {
    fc.assert(
      fc.property(fc.oneof(thaiConsonants(), fc.constantFrom('กทม', 'กทม.', 'กรุงเทพฯ', 'กรุงเทพ', 'ลำพูน')), fc.constantFrom('จังหวัด', 'จังหวัด ', 'จ.', 'จ. '), padding, (province, word, pad) => {
        fc.pre(!province.startsWith('จ'));
        const plain = normaliseProvince(province);
        expect(normaliseProvince(pad + word + province + pad)).toBe(plain);
        expect(plain).toBe(/^(?:กทม\.?|กรุงเทพฯ?)$/.test(province) ? 'กรุงเทพมหานคร' : province);
      }),
      { numRuns: 500 },
    );
  });
});
