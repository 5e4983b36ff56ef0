import { cleanText, foldHeader, matchKey } from './text.ts';

/** Kinds of Local Administrative Organisation (อปท.). */
export type LaoType = 'pao' | 'city' | 'town' | 'subdistrict' | 'sao' | 'bangkok' | 'pattaya';

/** Every LAO type, from the largest tier down: อบจ., เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบต., กรุงเทพมหานคร, เมืองพัทยา. */
export const LAO_TYPES: readonly LaoType[] = ['pao', 'city', 'town', 'subdistrict', 'sao', 'bangkok', 'pattaya'];

/** The official Thai prefix of each type's names; '' for Bangkok and Pattaya, whose names are whole. */
export const LAO_TYPE_PREFIX: Record<LaoType, string> = {
  pao: 'องค์การบริหารส่วนจังหวัด',
  city: 'เทศบาลนคร',
  town: 'เทศบาลเมือง',
  subdistrict: 'เทศบาลตำบล',
  sao: 'องค์การบริหารส่วนตำบล',
  bangkok: '',
  pattaya: '',
};

const BANGKOK = 'กรุงเทพมหานคร';
const PATTAYA = 'เมืองพัทยา';

/** A pattern for a full prefix that tolerates stray spaces between its words. */
function spaced(...words: string[]): string {
  return words.join(String.raw`\s*`);
}

/** Abbreviation letters with optional dots; it must end in a dot or a space, as in 'อบต.ลำภี' or 'อบต ลำภี'. */
function abbreviated(letters: string): string {
  return [...letters].join(String.raw`\.?\s*`) + String.raw`(?:\.\s*|\s+)`;
}

/** Prefix patterns, each applied to the start of a name. */
const NAME_PREFIXES: readonly (readonly [RegExp, LaoType])[] = [
  [new RegExp('^(?:' + spaced('องค์การ', 'บริหาร', 'ส่วน', 'จังหวัด') + '|' + abbreviated('อบจ') + ')\\s*'), 'pao'],
  [new RegExp('^(?:' + spaced('องค์การ', 'บริหาร', 'ส่วน', 'ตำบล') + '|' + abbreviated('อบต') + ')\\s*'), 'sao'],
  [new RegExp('^(?:' + spaced('เทศบาล', 'นคร') + '|' + abbreviated('ทน') + ')\\s*'), 'city'],
  [new RegExp('^(?:' + spaced('เทศบาล', 'เมือง') + '|' + abbreviated('ทม') + ')\\s*'), 'town'],
  [new RegExp('^(?:' + spaced('เทศบาล', 'ตำบล') + '|' + abbreviated('ทต') + ')\\s*'), 'subdistrict'],
];

const BANGKOK_NAME = /^(?:กรุงเทพมหานคร|กรุงเทพฯ|กทม\.?)$/;
const PATTAYA_NAME = /^เมือง\s*พัทยา$/;

/**
 * Reads an LAO name as written ('อบต. ลำภี', 'ทต.ป่าไผ่', 'กทม.') and returns the official name
 * with its full prefix and no space after it, the type read from the prefix, and a match key.
 */
export function parseLaoName(raw: string): { name: string; key: string; type: LaoType | null } {
  const text = cleanText(raw);
  let name = text;
  let type: LaoType | null = null;
  if (BANGKOK_NAME.test(text)) {
    name = BANGKOK;
    type = 'bangkok';
  } else if (PATTAYA_NAME.test(text)) {
    name = PATTAYA;
    type = 'pattaya';
  } else {
    for (const [pattern, prefixType] of NAME_PREFIXES) {
      const match = pattern.exec(text);
      // A prefix alone ('เทศบาลตำบล') names no LAO.
      if (match && match[0].length < text.length) {
        name = LAO_TYPE_PREFIX[prefixType] + text.slice(match[0].length);
        type = prefixType;
        break;
      }
    }
  }
  return { name, key: matchKey(name), type };
}

/** Folded spellings of every type, Thai and English, as found in type columns. */
const TYPE_BY_LABEL = new Map<string, LaoType>();
const TYPE_LABELS: Record<LaoType, readonly string[]> = {
  pao: ['อบจ.', 'องค์การบริหารส่วนจังหวัด', 'pao', 'Provincial Administrative Organization', 'Provincial Administrative Organisation'],
  city: ['เทศบาลนคร', 'ทน.', 'city', 'City Municipality'],
  town: ['เทศบาลเมือง', 'ทม.', 'town', 'Town Municipality'],
  subdistrict: ['เทศบาลตำบล', 'ทต.', 'subdistrict', 'Subdistrict Municipality', 'Tambon Municipality'],
  sao: [
    'อบต.', 'องค์การบริหารส่วนตำบล', 'sao', 'Subdistrict Administrative Organization',
    'Subdistrict Administrative Organisation', 'Tambon Administrative Organization', 'TAO',
  ],
  bangkok: ['กรุงเทพมหานคร', 'กทม.', 'กรุงเทพฯ', 'bangkok', 'Bangkok Metropolitan Administration', 'BMA'],
  pattaya: ['เมืองพัทยา', 'pattaya', 'Pattaya City', 'City of Pattaya'],
};
for (const type of LAO_TYPES) {
  for (const label of TYPE_LABELS[type]) TYPE_BY_LABEL.set(foldHeader(label), type);
}

/** Reads an LAO type column: Thai full or short names, the English keys of LaoType, or English names. */
export function parseLaoType(raw: string): LaoType | null {
  return TYPE_BY_LABEL.get(foldHeader(raw)) ?? null;
}

/** Cleans a province name: drops a leading 'จังหวัด' or 'จ.', and spells Bangkok out in full. */
export function normaliseProvince(raw: string): string {
  const province = cleanText(raw).replace(/^(?:จังหวัด|จ\.)\s*/, '');
  return /^(?:กทม\.?|กรุงเทพฯ|กรุงเทพ)$/.test(province) ? BANGKOK : province;
}
