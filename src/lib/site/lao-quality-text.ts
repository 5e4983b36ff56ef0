// The words around the numbers of an LAO's data-quality page: counts with their unit ("44 สัญญา"),
// "7 จาก 44 สัญญา", and lists of fiscal years.
import type { AdviceKey } from './lao-quality-advice.ts';
import type { CheckUnit, FieldKey, QualityCheckKey, RecordKind } from './lao-quality.ts';
import { formatCount } from './format.ts';
import { translate, type Lang, type UiKey } from './i18n.ts';

const UNIT_KEYS: Record<Exclude<CheckUnit, 'published'> | RecordKind, UiKey> = {
  contracts: 'common.contracts',
  contract: 'common.contracts',
  procurements: 'common.projects',
  procurement: 'common.projects',
  'plan-projects': 'common.projects',
  'plan-project': 'common.projects',
  'expense-line': 'common.items',
};

/** A count with its unit: '44 สัญญา' / '44 contracts'. */
export function countText(lang: Lang, unit: Exclude<CheckUnit, 'published'> | RecordKind, n: number): string {
  return translate(lang, UNIT_KEYS[unit], { n: formatCount(n) });
}

/** '7 จาก 44 สัญญา' / '7 of 44 contracts'. */
export function ofTotalText(lang: Lang, unit: Exclude<CheckUnit, 'published'> | RecordKind, n: number, total: number): string {
  return translate(lang, 'laoQuality.ofTotal', { n: formatCount(n), total: countText(lang, unit, total) });
}

/** 'ปีงบประมาณ 2567, 2568' / 'Fiscal years 2567, 2568'. */
export function yearsText(lang: Lang, years: readonly number[]): string {
  return translate(lang, years.length === 1 ? 'laoQuality.adviceYear' : 'laoQuality.adviceYears', { years: years.join(', ') });
}

export const checkLabelKey = (key: QualityCheckKey): UiKey => `laoQuality.check.${key}`;
export const fieldLabelKey = (key: FieldKey): UiKey => `laoQuality.field.${key}`;
export const adviceKey = (key: AdviceKey): UiKey => `laoQuality.advice.${key}`;
export const notApplicableKey = (unit: Exclude<CheckUnit, 'published'>): UiKey => `laoQuality.na.${unit}`;
