import { cleanText, matchKey } from './text.ts';

/** The kind of business a vendor is, read from the words around its name. */
export type LegalForm =
  | 'company'
  | 'public-company'
  | 'limited-partnership'
  | 'ordinary-partnership'
  | 'shop'
  | 'person'
  | 'cooperative'
  | 'other';

/**
 * A Thai abbreviation such as 'บจก' written 'บจก.', 'บ.จ.ก.', 'บ. จ. ก.' or 'บจก ' (then a space).
 * It must end in a dot or a space, so that a name merely starting with those letters is left alone.
 */
function abbreviation(letters: string): string {
  return [...letters].join(String.raw`\.?\s*`) + String.raw`(?:\.\s*|\s+)`;
}

const LIMITED = String.raw`จ(?:ำ|\u0E4D\u0E32)กัด`; // 'จํากัด' (nikhahit + sara aa) looks the same and occurs in real exports
const PUBLIC_SUFFIX = new RegExp(String.raw`\s*${LIMITED}\s*\(\s*มหาชน\s*\)$`);
const LIMITED_SUFFIX = new RegExp(String.raw`\s*${LIMITED}$`);
const ENGLISH_SUFFIXES: readonly (readonly [RegExp, LegalForm])[] = [
  [/[\s,]*(?:public\s+company\s+limited|public\s+co\.?,?\s*ltd\.?|pcl\.?|plc\.?)$/i, 'public-company'],
  [/[\s,]*(?:limited\s+partnership|part(?:nership)?\.?\s*,?\s*(?:ltd\.?|limited)|ltd\.?\s*,?\s*part\.?)$/i, 'limited-partnership'],
  [/[\s,]*(?:co(?:mpany)?\.?\s*,?\s*(?:ltd\.?|limited)|limited|ltd\.?)$/i, 'company'],
];

/** Prefixes that name the legal form; `keep` leaves the word in the key because it is part of the name. */
const PREFIXES: readonly { pattern: RegExp; form: LegalForm; keep?: boolean; limitedIfSuffix?: boolean }[] = [
  { pattern: new RegExp('^' + abbreviation('บมจ')), form: 'public-company' },
  { pattern: new RegExp('^' + abbreviation('บจก')), form: 'company' },
  { pattern: /^บริษัท\s*/, form: 'company' },
  { pattern: new RegExp(String.raw`^ห้างหุ้นส่วน\s*${LIMITED}\s*`), form: 'limited-partnership' },
  { pattern: new RegExp('^' + abbreviation('หจก')), form: 'limited-partnership' },
  { pattern: /^ห้างหุ้นส่วน\s*สามัญ\s*(?:นิติบุคคล\s*)?/, form: 'ordinary-partnership' },
  { pattern: new RegExp('^(?:' + abbreviation('หสน') + '|' + abbreviation('หสม') + ')'), form: 'ordinary-partnership' },
  // A partnership not called limited is by law an ordinary one, unless 'จำกัด' follows the name.
  { pattern: /^ห้างหุ้นส่วน\s*/, form: 'ordinary-partnership', limitedIfSuffix: true },
  { pattern: /^ร้าน\s*/, form: 'shop' },
  { pattern: /^สหกรณ์/, form: 'cooperative', keep: true },
];

// Titles of people. Dotted titles must keep their dots: 'ส.ครุภัณฑ์' and 'ส.ยานยนต์' are real shop
// names whose 'ส.' is an initial, not a rank.
const RANKS = [
  'น.ส.', 'ด.ต.', 'ด.ช.', 'ด.ญ.', 'ส.ต.ต.', 'ส.ต.ท.', 'ส.ต.อ.', 'จ.ส.ต.', 'ร.ต.ต.', 'ร.ต.ท.', 'ร.ต.อ.',
  'พ.ต.ต.', 'พ.ต.ท.', 'พ.ต.อ.', 'พ.จ.ต.', 'พ.จ.ท.', 'พ.จ.อ.', 'จ.ส.อ.', 'จ.ส.ท.', 'ส.อ.', 'ส.ท.', 'ส.ต.',
  'จ.อ.', 'จ.ท.', 'จ.ต.', 'ร.อ.', 'ร.ท.', 'ร.ต.', 'พ.อ.', 'พ.ท.', 'พ.ต.', 'ดร.',
];
const RANK_PATTERN = RANKS.map((rank) => rank.replace(/\./g, String.raw`\.\s*`)).join('|');
const PERSON_TITLE = new RegExp(
  String.raw`^(?:ว่าที่\s*(?:ร้อย(?:ตรี|โท|เอก)|ร\.\s*[ตทอ]\.)\s*(?:หญิง)?|(?:${RANK_PATTERN})\s*(?:หญิง\s*)?|นางสาว|นาง|นาย|(?:mr|mrs|ms|miss)\.?\s)\s*`,
  'i',
);

// 'ร้านเอ็มเซอร์วิส โดย นายสมชาย สิทธิตัน': the owner after 'โดย' is not part of the business name.
// A title must follow, so names like 'อู่รถโดยสาร' ("bus garage") keep their 'โดย'.
const OWNER_TAIL = new RegExp(String.raw`\s*โดย\s*(?=นาย|นาง|น\.\s*ส\.|ว่าที่|(?:${RANK_PATTERN}))[\s\S]*$`);
const HEAD_OFFICE = /\s*\(?\s*สำนักงานใหญ่\s*\)?$/;

/** The name without legal-form words, and the form those words gave. */
function splitLegalForm(display: string): { core: string; legalForm: LegalForm } {
  let core = display.replace(OWNER_TAIL, '').replace(HEAD_OFFICE, '');
  let legalForm: LegalForm = 'other';

  const prefix = PREFIXES.find(({ pattern }) => pattern.test(core));
  if (prefix) {
    legalForm = prefix.form;
    if (!prefix.keep) core = core.replace(prefix.pattern, '');
  } else if (/^บ\.\s*/.test(core) && LIMITED_SUFFIX.test(core)) {
    // 'บ.' alone only counts with 'จำกัด' at the end, because single-letter initials start shop names.
    legalForm = 'company';
    core = core.replace(/^บ\.\s*/, '');
  } else if (PERSON_TITLE.test(core)) {
    return { core: core.replace(PERSON_TITLE, ''), legalForm: 'person' };
  }

  if (PUBLIC_SUFFIX.test(core)) {
    core = core.replace(PUBLIC_SUFFIX, '');
    if (legalForm === 'other' || legalForm === 'company') legalForm = 'public-company';
  } else if (LIMITED_SUFFIX.test(core)) {
    core = core.replace(LIMITED_SUFFIX, '');
    if (legalForm === 'other') legalForm = 'company';
    else if (prefix?.limitedIfSuffix) legalForm = 'limited-partnership';
  } else {
    const english = ENGLISH_SUFFIXES.find(([pattern]) => pattern.test(core));
    if (english) {
      core = core.replace(english[0], '');
      if (legalForm === 'other' || legalForm === 'company') legalForm = english[1];
    }
  }
  return { core, legalForm };
}

/**
 * Normalises a vendor name: `display` is the cleaned original wording, `key` ignores legal-form
 * words, titles, spacing and punctuation so that 'บริษัท ศรีบางชัน จำกัด' and 'บจก.ศรีบางชัน' match.
 */
export function normaliseVendorName(raw: string): { display: string; key: string; legalForm: LegalForm } {
  const display = cleanText(raw);
  const { core, legalForm } = splitLegalForm(display);
  const key = matchKey(core);
  return { display, key: key === '' ? matchKey(display) : key, legalForm };
}

/** A vendor's name without its legal form or title: 'บจก. ศรีบางชัน' → 'ศรีบางชัน' (for search). */
export function bareVendorName(raw: string): string {
  const { core } = splitLegalForm(cleanText(raw));
  return cleanText(core) || cleanText(raw);
}
