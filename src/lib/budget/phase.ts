import type { BudgetPhase } from '../schema/budget.ts';
import { matchKey } from '../parse/text.ts';

const PHASE_WORDS: [BudgetPhase, string[]][] = [
  ['proposed', ['proposed', 'proposal', 'draft', 'ขอตั้ง', 'ร่าง', 'เสนอ', 'ประมาณการขอตั้ง']],
  ['approved', ['approved', 'enacted', 'อนุมัติ', 'ข้อบัญญัติ', 'เทศบัญญัติ', 'ตั้งไว้', 'ตามข้อบัญญัติ', 'ประมาณการ']],
  ['revised', ['revised', 'amended', 'แก้ไข', 'โอน', 'ปรับปรุง', 'หลังโอน', 'เพิ่มเติม']],
  ['spent', ['spent', 'actual', 'disbursed', 'received', 'เบิกจ่าย', 'จ่ายจริง', 'ใช้จ่ายจริง', 'รับจริง', 'รายรับจริง']],
];

const PHASE_KEYS: [BudgetPhase, string[]][] = PHASE_WORDS.map(([phase, words]) => [phase, words.map(matchKey)]);
const known = new Map<string, BudgetPhase | null>();

/** The budget phase a cell names; blank means approved (published budgets are the approved ones). */
export function parsePhase(text: string | null): BudgetPhase | null {
  if (text === null) return 'approved';
  let phase = known.get(text);
  if (phase === undefined) {
    if (known.size > 1000) known.clear();
    known.set(text, (phase = searchPhase(matchKey(text))));
  }
  return phase;
}

function searchPhase(key: string): BudgetPhase | null {
  for (const [phase, words] of PHASE_KEYS) if (words.includes(key)) return phase;
  for (const [phase, words] of PHASE_KEYS) if (words.some((w) => key.includes(w))) return phase;
  return null;
}

/** Thai and English names of each phase, for expense and for revenue. */
export const PHASE_NAMES: Record<BudgetPhase, { th: string; en: string; revenueTh: string; revenueEn: string }> = {
  proposed: { th: 'ขอตั้ง', en: 'Proposed', revenueTh: 'ประมาณการ (ร่าง)', revenueEn: 'Proposed estimate' },
  approved: { th: 'ตามข้อบัญญัติ', en: 'Approved', revenueTh: 'ประมาณการ', revenueEn: 'Approved estimate' },
  revised: { th: 'หลังโอน/แก้ไข', en: 'Revised', revenueTh: 'ประมาณการ (แก้ไข)', revenueEn: 'Revised estimate' },
  spent: { th: 'เบิกจ่ายจริง', en: 'Spent', revenueTh: 'รับจริง', revenueEn: 'Received' },
};
