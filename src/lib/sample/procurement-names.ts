import { responsibleUnit } from './budget-chart.ts';
import { thaiMonthName, partsBE, type DayNumber } from './dates.ts';
import { toThaiDigits } from './format.ts';
import type { BudgetLine, Method, SampleLao, Specialty } from './model.ts';
import type { Random } from './random.ts';

/** A purchase's name as the LAO writes it, whether it buys or hires, and who can supply it. */
export interface PurchaseName {
  name: string;
  buyOrHire: 'ซื้อ' | 'จ้าง';
  specialty: Specialty;
}

/** 'คสล.' written out, as e-GP names usually have it. */
export function expandConcrete(text: string): string {
  return text.replace('ถนน คสล.', 'ถนนคอนกรีตเสริมเหล็ก').replace(' คสล.', 'คอนกรีตเสริมเหล็ก');
}

/** The procurement name of a construction or equipment line (the whole line is one purchase). */
export function capitalPurchaseName(line: BudgetLine, rng: Random): PurchaseName {
  if (line.kind === 'equipment') return { name: line.item.replace(/^จัดซื้อ/, 'ซื้อ'), buyOrHire: 'ซื้อ', specialty: /รถ/.test(line.item) ? 'vehicle' : /คอมพิวเตอร์|เครื่องพิมพ์|สำรองไฟ|กล้อง/.test(line.item) ? 'computer' : 'equipment' };
  const base = line.item.replace(/^โครงการ/, '');
  return { name: 'จ้าง' + (rng.chance(0.7) ? expandConcrete(base) : base), buyOrHire: 'จ้าง', specialty: 'construction' };
}

const SUPPLY_SPECIALTY: Readonly<Record<string, Specialty>> = {
  'วัสดุคอมพิวเตอร์': 'computer', 'วัสดุเชื้อเพลิงและหล่อลื่น': 'fuel', 'วัสดุก่อสร้าง': 'construction',
  'วัสดุยานพาหนะและขนส่ง': 'vehicle', 'วัสดุโฆษณาและเผยแพร่': 'printing', 'วัสดุการเกษตร': 'agriculture',
  'วัสดุไฟฟ้าและวิทยุ': 'equipment',
};

function monthText(day: DayNumber): string {
  const p = partsBE(day);
  return `${thaiMonthName(p.month)} ${p.year}`;
}

/** One purchase bought from a supplies line. */
export function suppliesPurchaseName(line: BudgetLine, rng: Random, day: DayNumber): PurchaseName {
  const type = line.expenseType;
  const specialty = SUPPLY_SPECIALTY[type] ?? 'office';
  if (type === 'วัสดุเชื้อเพลิงและหล่อลื่น') return { name: `ซื้อน้ำมันเชื้อเพลิงและหล่อลื่น ประจำเดือน${monthText(day)}`, buyOrHire: 'ซื้อ', specialty };
  const qualifier = rng.pick([` (${responsibleUnit(line.program)})`, ` จำนวน ${rng.int(2, 25)} รายการ`, '', ` ประจำเดือน${monthText(day)}`]);
  return { name: `${rng.chance(0.25) ? 'จัดซื้อ' : 'ซื้อ'}${type}${qualifier}`, buyOrHire: 'ซื้อ', specialty };
}

/** One school-milk purchase (per term or month). */
export function milkPurchaseName(rng: Random, day: DayNumber): PurchaseName {
  const p = partsBE(day);
  const term = p.month >= 5 && p.month <= 10 ? 1 : 2;
  const academicYear = term === 2 && p.month <= 4 ? p.year - 1 : p.year;
  const name = rng.chance(0.5)
    ? `ซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ ${term}/${academicYear}`
    : `จัดซื้ออาหารเสริม (นม) โรงเรียนและศูนย์พัฒนาเด็กเล็ก ประจำเดือน${monthText(day)}`;
  return { name, buyOrHire: 'ซื้อ', specialty: 'milk' };
}

const SERVICE_SPECIALTY: readonly (readonly [RegExp, Specialty])[] = [
  [/รถยนต์/, 'labour'], [/ถ่ายเอกสาร/, 'printing'], [/โฆษณา/, 'printing'], [/ขยะ/, 'labour'], [/หมอกควัน/, 'labour'],
];

/** One purchase of a bought-in service line. */
export function servicePurchaseName(line: BudgetLine, rng: Random, fiscalYear: number, lao: SampleLao): PurchaseName {
  const specialty = SERVICE_SPECIALTY.find(([re]) => re.test(line.item))?.[1] ?? 'labour';
  let name = line.item.replace(/^ค่า/, '');
  if (name === 'จ้างเหมาบริการ') name = `จ้างเหมาบริการบุคคลภายนอกปฏิบัติงาน${rng.pick(['ธุรการ', 'ประจำรถขยะ', 'ดูแลความสะอาด', 'พนักงานขับรถ'])} (${responsibleUnit(line.program)})`;
  else if (name === 'โฆษณาและเผยแพร่') name = `จ้างจัดทำป้ายประชาสัมพันธ์การชำระภาษี ประจำปี ${fiscalYear}`;
  else if (name.startsWith('เช่า')) name = `${name} ประจำปีงบประมาณ ${fiscalYear}`;
  else if (!name.startsWith('จ้าง')) name = 'จ้าง' + name;
  if (/รถยนต์/.test(name)) name += rng.pick([' เพื่อรับส่งผู้สูงอายุ', ` ไปราชการจังหวัด${lao.province}`, ' สำหรับโครงการทัศนศึกษาดูงาน']);
  return { name, buyOrHire: 'จ้าง', specialty };
}

const EVENT_PURCHASES: readonly (readonly [string, 'ซื้อ' | 'จ้าง', Specialty])[] = [
  ['จ้างเหมาจัดทำป้ายไวนิล', 'จ้าง', 'printing'], ['ซื้อวัสดุอุปกรณ์', 'ซื้อ', 'office'], ['จ้างเหมาจัดเตรียมสถานที่', 'จ้าง', 'labour'],
  ['จ้างเหมาเครื่องเสียง', 'จ้าง', 'labour'], ['จ้างเหมาอาหารกลางวันและอาหารว่างพร้อมเครื่องดื่ม', 'จ้าง', 'food'],
  ['ซื้อของรางวัล', 'ซื้อ', 'office'], ['จ้างเหมารถโดยสารปรับอากาศ', 'จ้าง', 'labour'],
];

/** One purchase made for an activity project (the project name is kept, so it can be matched). */
export function eventPurchaseName(line: BudgetLine, rng: Random, fiscalYear: number): PurchaseName {
  const [what, buyOrHire, specialty] = rng.pick(EVENT_PURCHASES);
  const project = line.item.replace(/ ประจำปีงบประมาณ \d+$/, '');
  const year = rng.chance(0.5) ? ` ประจำปีงบประมาณ พ.ศ. ${fiscalYear}` : '';
  return { name: `${what} ${rng.chance(0.3) ? 'ตาม' : ''}${project}${year}`, buyOrHire, specialty };
}

/** One repair job from a maintenance line. */
export function repairPurchaseName(line: BudgetLine, rng: Random, lao: SampleLao): PurchaseName {
  const moo = rng.int(1, lao.villages.length);
  const village = lao.villages[moo - 1] as string;
  const plate = `${rng.pick(['กข', 'กต', 'บธ', 'ผง', 'ตค'])} ${rng.int(1000, 9999)} ${lao.province}`;
  if (/รถยนต์|รถบรรทุกน้ำ/.test(line.item)) return { name: `จ้างซ่อมแซม${line.item.replace(/^ค่าซ่อมแซม/, '')} หมายเลขทะเบียน ${plate}`, buyOrHire: 'จ้าง', specialty: 'vehicle' };
  if (/ถนน/.test(line.item)) return { name: `จ้างซ่อมแซมถนนลูกรัง สาย${village} หมู่ที่ ${moo}`, buyOrHire: 'จ้าง', specialty: 'construction' };
  if (/ประปา/.test(line.item)) return { name: `จ้างซ่อมแซมระบบประปาหมู่บ้าน ${village} หมู่ที่ ${moo}`, buyOrHire: 'จ้าง', specialty: 'construction' };
  return { name: `จ้างซ่อมแซม${rng.pick(['เครื่องปรับอากาศ', 'เครื่องคอมพิวเตอร์', 'เครื่องถ่ายเอกสาร'])} (${responsibleUnit(line.program)})`, buyOrHire: 'จ้าง', specialty: 'equipment' };
}

const UNMATCHED: readonly (readonly [string, 'ซื้อ' | 'จ้าง', Specialty])[] = [
  ['จ้างเหมาตัดแต่งกิ่งไม้ริมทางสาธารณะ', 'จ้าง', 'labour'], ['ซื้อพวงมาลาและพานพุ่ม', 'ซื้อ', 'office'],
  ['จ้างเหมาสูบน้ำช่วยเหลือเกษตรกรประสบภัยแล้ง', 'จ้าง', 'labour'], ['ซื้อน้ำดื่มสำหรับบริการประชาชน', 'ซื้อ', 'food'],
  ['จ้างทำตรายางและตรายางวันที่', 'จ้าง', 'printing'], ['จ้างเหมาขนย้ายทรายเพื่อแจกจ่ายประชาชน', 'จ้าง', 'labour'],
  ['ซื้อเวชภัณฑ์สำหรับหน่วยกู้ชีพ', 'ซื้อ', 'office'], ['จ้างเหมาทำความสะอาดผ้าม่าน', 'จ้าง', 'labour'],
];

/** A purchase with no budget line behind it in the data. */
export function unmatchedPurchaseName(rng: Random, lao: SampleLao): PurchaseName {
  const [name, buyOrHire, specialty] = rng.pick(UNMATCHED);
  const where = name.includes('กิ่งไม้') || name.includes('ทราย') ? ` หมู่ที่ ${rng.int(1, lao.villages.length)}` : '';
  return { name: name + where, buyOrHire, specialty };
}

const METHOD_SUFFIX: Readonly<Record<Method, readonly string[]>> = {
  'เฉพาะเจาะจง': [' โดยวิธีเฉพาะเจาะจง', ' ด้วยวิธีเฉพาะเจาะจง'],
  'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)': [' ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
  'คัดเลือก': [' โดยวิธีคัดเลือก'],
  'ตลาดอิเล็กทรอนิกส์ (e-market)': [' ด้วยวิธีตลาดอิเล็กทรอนิกส์ (e-market)'],
};

/** The name as e-GP shows it: often Thai digits, sometimes double spaces, always the method at the end. */
export function egpName(name: string, method: Method, rng: Random): string {
  let text = name;
  if (method === 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)' && rng.chance(0.5)) text = 'ประกวดราคา' + text;
  if (rng.chance(0.45)) text = toThaiDigits(text);
  if (rng.chance(0.2)) text = text.replace(' หมู่ที่', '  หมู่ที่').replace(' จำนวน', '  จำนวน');
  const suffix = rng.pick(METHOD_SUFFIX[method]);
  return text + (rng.chance(0.15) ? ' ' : '') + suffix;
}

/** The name in the LAO's own export: mostly plain, sometimes with the method or Thai digits. */
export function localName(name: string, method: Method, rng: Random): string {
  let text = name;
  if (rng.chance(0.15)) text = toThaiDigits(text);
  if (rng.chance(0.25)) text += rng.pick(METHOD_SUFFIX[method]);
  return text;
}
