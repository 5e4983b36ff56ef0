import type { Satang } from './format.ts';
import type { LaoTypeKey, RevenueLine } from './model.ts';
import type { Random } from './random.ts';

// Revenue types (ประเภทรายรับ) as the README names them.
const OWN = 'รายได้จัดเก็บเอง';
const SHARED = 'รายได้ที่รัฐบาลจัดเก็บแล้วจัดสรรให้';
const GRANTS = 'รายได้ที่รัฐบาลอุดหนุนให้';

type Item = readonly [type: string, category: string, item: string, weight: number];

const LOCAL_ITEMS: readonly Item[] = [
  [OWN, 'หมวดภาษีอากร', 'ภาษีที่ดินและสิ่งปลูกสร้าง', 2.2],
  [OWN, 'หมวดภาษีอากร', 'ภาษีป้าย', 0.4],
  [OWN, 'หมวดค่าธรรมเนียม ค่าปรับและใบอนุญาต', 'ค่าธรรมเนียมเก็บและขนขยะมูลฝอย', 0.4],
  [OWN, 'หมวดค่าธรรมเนียม ค่าปรับและใบอนุญาต', 'ค่าธรรมเนียมเกี่ยวกับใบอนุญาตการขายสุรา', 0.03],
  [OWN, 'หมวดค่าธรรมเนียม ค่าปรับและใบอนุญาต', 'ค่าใบอนุญาตประกอบการค้าสำหรับกิจการที่เป็นอันตรายต่อสุขภาพ', 0.1],
  [OWN, 'หมวดค่าธรรมเนียม ค่าปรับและใบอนุญาต', 'ค่าปรับการผิดสัญญา', 0.05],
  [OWN, 'หมวดรายได้จากทรัพย์สิน', 'ดอกเบี้ย', 0.5],
  [OWN, 'หมวดรายได้จากทรัพย์สิน', 'ค่าเช่าหรือค่าบริการสถานที่', 0.1],
  [OWN, 'หมวดรายได้จากสาธารณูปโภคและการพาณิชย์', 'รายได้จากกิจการประปา', 0.6],
  [OWN, 'หมวดรายได้เบ็ดเตล็ด', 'ค่าขายแบบแปลน', 0.05],
  [OWN, 'หมวดรายได้เบ็ดเตล็ด', 'รายได้เบ็ดเตล็ดอื่น ๆ', 0.1],
  [OWN, 'หมวดรายได้จากทุน', 'ค่าขายทอดตลาดทรัพย์สิน', 0.03],
  [SHARED, 'หมวดภาษีจัดสรร', 'ภาษีมูลค่าเพิ่มตาม พ.ร.บ. กำหนดแผนฯ', 16],
  [SHARED, 'หมวดภาษีจัดสรร', 'ภาษีมูลค่าเพิ่มตาม พ.ร.บ. จัดสรรรายได้ฯ', 7],
  [SHARED, 'หมวดภาษีจัดสรร', 'ภาษีธุรกิจเฉพาะ', 1.2],
  [SHARED, 'หมวดภาษีจัดสรร', 'ภาษีสรรพสามิต', 9],
  [SHARED, 'หมวดภาษีจัดสรร', 'ภาษีสุรา', 3],
  [SHARED, 'หมวดภาษีจัดสรร', 'ค่าธรรมเนียมจดทะเบียนสิทธิและนิติกรรมตามประมวลกฎหมายที่ดิน', 3],
  [SHARED, 'หมวดภาษีจัดสรร', 'ค่าภาคหลวงแร่', 0.1],
  [SHARED, 'หมวดภาษีจัดสรร', 'ค่าภาคหลวงปิโตรเลียม', 0.3],
  [GRANTS, 'หมวดเงินอุดหนุนทั่วไป', 'เงินอุดหนุนทั่วไป สำหรับดำเนินการตามอำนาจหน้าที่และภารกิจถ่ายโอนเลือกทำ', 55],
];

const PAO_ITEMS: readonly Item[] = [
  [OWN, 'หมวดภาษีอากร', 'ภาษีบำรุงองค์การบริหารส่วนจังหวัดจากสถานค้าปลีกน้ำมัน', 2.5],
  [OWN, 'หมวดภาษีอากร', 'ภาษีบำรุงองค์การบริหารส่วนจังหวัดจากสถานค้าปลีกยาสูบ', 1.2],
  [OWN, 'หมวดค่าธรรมเนียม ค่าปรับและใบอนุญาต', 'ค่าธรรมเนียมบำรุงองค์การบริหารส่วนจังหวัดจากผู้เข้าพักในโรงแรม', 0.8],
  [OWN, 'หมวดรายได้จากทรัพย์สิน', 'ดอกเบี้ย', 0.6],
  [OWN, 'หมวดรายได้จากทรัพย์สิน', 'ค่าเช่าหรือค่าบริการสถานที่', 0.3],
  [OWN, 'หมวดรายได้เบ็ดเตล็ด', 'รายได้เบ็ดเตล็ดอื่น ๆ', 0.2],
  [OWN, 'หมวดรายได้จากทุน', 'ค่าขายทอดตลาดทรัพย์สิน', 0.05],
  [SHARED, 'หมวดภาษีจัดสรร', 'ภาษีมูลค่าเพิ่มตาม พ.ร.บ. กำหนดแผนฯ', 30],
  [SHARED, 'หมวดภาษีจัดสรร', 'ภาษีรถยนต์และล้อเลื่อน', 25],
  [SHARED, 'หมวดภาษีจัดสรร', 'ค่าธรรมเนียมจดทะเบียนสิทธิและนิติกรรมตามประมวลกฎหมายที่ดิน', 6],
  [GRANTS, 'หมวดเงินอุดหนุนทั่วไป', 'เงินอุดหนุนทั่วไป', 25],
];

/** Revenue estimates adding up exactly to the approved expense total, and, for closed years, what came in. */
export function generateRevenue(rng: Random, type: LaoTypeKey, approvedTotal: Satang, withSpent: boolean, minimal: boolean): RevenueLine[] {
  const all = type === 'pao' ? PAO_ITEMS : LOCAL_ITEMS;
  const items = all.filter(([, , , w]) => (minimal ? w >= 0.35 : w >= 0.1 || rng.chance(0.5)));
  const weights = items.map(([, , , w]) => w * rng.logNormal(1, 0.25));
  const sum = weights.reduce((a, b) => a + b, 0);
  const amounts = weights.map((w) => Math.round((approvedTotal * w) / sum / 10_000) * 10_000);
  const biggest = amounts.indexOf(Math.max(...amounts));
  amounts[biggest] = (amounts[biggest] as number) + approvedTotal - amounts.reduce((a, b) => a + b, 0);
  const lines: RevenueLine[] = items.map(([revenueType, category, item], i) => {
    const approved = amounts[i] as number;
    const amounts_: RevenueLine['amounts'] = { approved };
    if (withSpent) amounts_.spent = Math.round(approved * rng.between(0.85, 1.15));
    return { revenueType, category, item, amounts: amounts_ };
  });
  if (withSpent) {
    lines.push({
      revenueType: GRANTS, category: 'หมวดเงินอุดหนุนระบุวัตถุประสงค์', item: 'เงินอุดหนุนเฉพาะกิจ',
      amounts: { spent: Math.round((approvedTotal * rng.between(0.03, 0.12)) / 100) * 100 },
    });
  }
  return lines;
}
