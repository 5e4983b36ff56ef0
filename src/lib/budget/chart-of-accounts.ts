import { matchKey } from '../parse/text.ts';

/** A fixed category of the LAO budget, with its Thai and English names. */
export interface Category {
  key: string;
  th: string;
  en: string;
  /** Parent key (the ด้าน of a แผนงาน). */
  parent?: string;
}

/** ด้าน: the four functional areas of an LAO expense budget. */
export const SIDES: readonly Category[] = [
  { key: 'general-administration', th: 'ด้านบริหารทั่วไป', en: 'General administration' },
  { key: 'community-social', th: 'ด้านบริการชุมชนและสังคม', en: 'Community and social services' },
  { key: 'economic', th: 'ด้านการเศรษฐกิจ', en: 'Economic affairs' },
  { key: 'other-operations', th: 'ด้านการดำเนินงานอื่น', en: 'Other operations' },
];

/** แผนงาน: the twelve programmes, each under one ด้าน. */
export const PROGRAMS: readonly Category[] = [
  { key: 'general-administration', th: 'บริหารงานทั่วไป', en: 'General administration', parent: 'general-administration' },
  { key: 'public-order', th: 'การรักษาความสงบภายใน', en: 'Public order', parent: 'general-administration' },
  { key: 'education', th: 'การศึกษา', en: 'Education', parent: 'community-social' },
  { key: 'public-health', th: 'สาธารณสุข', en: 'Public health', parent: 'community-social' },
  { key: 'social-welfare', th: 'สังคมสงเคราะห์', en: 'Social welfare', parent: 'community-social' },
  { key: 'housing-community', th: 'เคหะและชุมชน', en: 'Housing and community', parent: 'community-social' },
  { key: 'community-strengthening', th: 'สร้างความเข้มแข็งของชุมชน', en: 'Community strengthening', parent: 'community-social' },
  { key: 'religion-culture-recreation', th: 'การศาสนา วัฒนธรรม และนันทนาการ', en: 'Religion, culture and recreation', parent: 'community-social' },
  { key: 'industry-public-works', th: 'อุตสาหกรรมและการโยธา', en: 'Industry and public works', parent: 'economic' },
  { key: 'agriculture', th: 'การเกษตร', en: 'Agriculture', parent: 'economic' },
  { key: 'commerce', th: 'การพาณิชย์', en: 'Commerce', parent: 'economic' },
  { key: 'central-fund', th: 'งบกลาง', en: 'Central fund', parent: 'other-operations' },
];

/** งบ: the budget groups (economic classification). */
export const BUDGET_GROUPS: readonly Category[] = [
  { key: 'personnel', th: 'งบบุคลากร', en: 'Personnel' },
  { key: 'operations', th: 'งบดำเนินงาน', en: 'Operations' },
  { key: 'investment', th: 'งบลงทุน', en: 'Investment' },
  { key: 'subsidies', th: 'งบเงินอุดหนุน', en: 'Subsidies' },
  { key: 'other-expenditure', th: 'งบรายจ่ายอื่น', en: 'Other expenditure' },
  { key: 'central-fund', th: 'งบกลาง', en: 'Central fund' },
];

/** ประเภทรายรับ: where revenue comes from. */
export const REVENUE_TYPES: readonly Category[] = [
  { key: 'own-source', th: 'รายได้จัดเก็บเอง', en: 'Own-source revenue' },
  { key: 'shared-tax', th: 'รายได้ที่รัฐบาลจัดเก็บแล้วจัดสรรให้', en: 'Taxes collected by the government and shared' },
  { key: 'grant', th: 'รายได้ที่รัฐบาลอุดหนุนให้', en: 'Government grants' },
];

// Real files write these names with or without a leading word ("แผนงาน", "ด้าน", "หมวด"), with
// "ๆ" or trailing spaces, and with small variations, so names are compared on a folded key with
// those words removed.
function foldCategory(name: string): string {
  return matchKey(name)
    .replace(/^(แผนงาน|ด้าน|หมวด)(?=.)/, '')
    .replace(/ๆ/g, '')
    .replace(/จากภาษี/g, '');
}

function indexOf(list: readonly Category[]): Map<string, Category> {
  return new Map(list.map((c) => [foldCategory(c.th), c]));
}

const indexes = new Map<readonly Category[], Map<string, Category>>();
// Budget files repeat the same few dozen names on every line: remember each answer.
const answers = new Map<readonly Category[], Map<string, Category | null>>();

/** The fixed category a published name stands for, or null when it is none of them. */
export function findCategory(list: readonly Category[], name: string | null): Category | null {
  if (!name) return null;
  let known = answers.get(list);
  if (!known) answers.set(list, (known = new Map()));
  if (known.has(name)) return known.get(name)!;
  if (known.size > 10_000) known.clear();
  const answer = searchCategory(list, name);
  known.set(name, answer);
  return answer;
}

function searchCategory(list: readonly Category[], name: string): Category | null {
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = indexOf(list)));
  const folded = foldCategory(name);
  const exact = index.get(folded);
  if (exact) return exact;
  // Tolerate one extra or missing word at the end ("ด้านการดำเนินงานอื่น ๆ", "การศาสนาวัฒนธรรมและนันทนาการ").
  for (const [key, category] of index) {
    if (folded.length >= 4 && (folded.startsWith(key) || key.startsWith(folded))) return category;
  }
  return null;
}
