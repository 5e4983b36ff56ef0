import type { ProcurementMethod } from '../schema/procurement.ts';
import { matchKey } from '../parse/text.ts';

const METHOD_WORDS = ['ประกาศเชิญชวนทั่วไป', 'คัดเลือก', 'เฉพาะเจาะจง'];

function bySubMethod(key: string, prefix: 'consultant' | 'design'): ProcurementMethod {
  if (key.includes('ประกวดแบบ')) return 'design-contest';
  if (key.includes('เฉพาะเจาะจง')) return `${prefix}-specific`;
  if (key.includes('คัดเลือก')) return `${prefix}-selection`;
  return `${prefix}-open`;
}

/**
 * The procurement method a published text names, or null when the text is a method *group*
 * (e-GP's 'วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง' names three) or nothing known.
 */
export function parseMethod(text: string | null): ProcurementMethod | null {
  if (!text) return null;
  const key = matchKey(text);
  if (key.startsWith('งาน') && !key.includes('วิธี')) return null; // 'งานจ้างที่ปรึกษา' is a group
  if (METHOD_WORDS.filter((w) => key.includes(w)).length > 1 && !key.includes('โดยวิธี')) return null;
  if (key.includes('ที่ปรึกษา') || key.startsWith('consultant')) return bySubMethod(key, 'consultant');
  if (key.includes('ออกแบบ') || key.includes('ควบคุมงาน') || key.startsWith('design')) return bySubMethod(key, 'design');
  if (key.includes('ebidding') || key.includes('ประกวดราคาอิเล็กทรอนิกส์') || key.includes('ประกวดราคาด้วยวิธีการทางอิเล็กทรอนิกส์')) return 'e-bidding';
  if (key.includes('emarket') || key.includes('ตลาดอิเล็กทรอนิกส์')) return 'e-market';
  if (key.includes('เฉพาะเจาะจง') || key === 'specific') return 'specific';
  if (key.includes('คัดเลือก') || key === 'selection') return 'selection';
  if (key.includes('ประกาศเชิญชวน') || key.includes('สอบราคา') || key === 'open') return 'open';
  if (key === 'other' || key.includes('อื่น')) return 'other';
  return null;
}

/** Thai and English names of each method, for pages and OCDS details. */
export const METHOD_NAMES: Record<ProcurementMethod, { th: string; en: string }> = {
  specific: { th: 'เฉพาะเจาะจง', en: 'Specific (direct) method' },
  'e-bidding': { th: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', en: 'Electronic bidding (e-bidding)' },
  'e-market': { th: 'ตลาดอิเล็กทรอนิกส์ (e-market)', en: 'Electronic market (e-market)' },
  selection: { th: 'คัดเลือก', en: 'Selection (invited bidders)' },
  open: { th: 'ประกาศเชิญชวนทั่วไป', en: 'Open invitation' },
  'consultant-specific': { th: 'จ้างที่ปรึกษาโดยวิธีเฉพาะเจาะจง', en: 'Consultant, specific method' },
  'consultant-selection': { th: 'จ้างที่ปรึกษาโดยวิธีคัดเลือก', en: 'Consultant, selection' },
  'consultant-open': { th: 'จ้างที่ปรึกษาโดยวิธีประกาศเชิญชวนทั่วไป', en: 'Consultant, open invitation' },
  'design-specific': { th: 'จ้างออกแบบหรือควบคุมงานก่อสร้างโดยวิธีเฉพาะเจาะจง', en: 'Design or supervision, specific method' },
  'design-selection': { th: 'จ้างออกแบบหรือควบคุมงานก่อสร้างโดยวิธีคัดเลือก', en: 'Design or supervision, selection' },
  'design-open': { th: 'จ้างออกแบบหรือควบคุมงานก่อสร้างโดยวิธีประกาศเชิญชวนทั่วไป', en: 'Design or supervision, open invitation' },
  'design-contest': { th: 'จ้างออกแบบโดยวิธีประกวดแบบ', en: 'Design contest' },
  other: { th: 'วิธีอื่น', en: 'Other method' },
};
