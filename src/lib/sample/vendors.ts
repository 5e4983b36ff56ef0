import { withCheckDigit } from '../parse/tax-id.ts';
import type { Specialty, Vendor } from './model.ts';
import type { Random } from './random.ts';

const STEMS = [
  'ทองดี', 'รุ่งเรือง', 'เจริญชัย', 'ศรีสุข', 'มั่นคง', 'พัฒนากิจ', 'ทวีทรัพย์', 'โชคชัย', 'มงคลกิจ', 'ไพศาล', 'สมบูรณ์ผล',
  'ประเสริฐ', 'วัฒนา', 'อุดมสุข', 'ธนากร', 'กิจเจริญ', 'ศิริมงคล', 'รวมทรัพย์', 'ยิ่งเจริญ', 'สหมิตร', 'นำชัย', 'ชัยมงคล',
  'เพิ่มพูน', 'บุญมา', 'แสงทอง', 'เกียรติไพบูลย์', 'พรประเสริฐ', 'สินทวี', 'ทรัพย์สมบูรณ์', 'วิวัฒน์', 'ธงชัย', 'ก้าวหน้า',
  'เอกชัย', 'ภูมิใจ', 'สุขเกษม', 'ร่มเย็น', 'สายทอง', 'ชนะชัย', 'เด่นชัย', 'นิยม', 'ทรงพล', 'เลิศล้ำ',
];
const TRADE: Readonly<Record<Specialty, readonly string[]>> = {
  construction: ['ก่อสร้าง', 'การโยธา', 'คอนสตรัคชั่น', 'วิศวกรรม', 'เอ็นจิเนียริ่ง', 'ค้าวัสดุก่อสร้าง'],
  office: ['พาณิชย์', 'ซัพพลาย', 'เครื่องเขียน', 'ภัณฑ์', 'เทรดดิ้ง', 'สเตชั่นเนอรี่'],
  computer: ['คอมพิวเตอร์', 'ไอที', 'เทคโนโลยี', 'อินโฟเทค', 'คอมพ์'],
  vehicle: ['ยางยนต์', 'ออโต้', 'การช่าง', 'เซอร์วิส', 'ยนตรการ'],
  fuel: ['ปิโตรเลียม', 'บริการน้ำมัน', 'ออยล์'],
  printing: ['การพิมพ์', 'ป้ายโฆษณา', 'ก๊อปปี้', 'ดีไซน์', 'อิงค์เจ็ท'],
  food: ['โภชนา', 'ฟู้ด', 'ครัว'],
  labour: ['บริการ', 'ซาวด์', 'การเกษตร'],
  equipment: ['อิเล็คทริค', 'เฟอร์นิเจอร์', 'แอร์', 'เครื่องเย็น', 'อุปกรณ์'],
  milk: ['โคนม'],
  agriculture: ['เกษตรภัณฑ์', 'การเกษตร', 'ปุ๋ยและเคมีภัณฑ์'],
  consulting: ['วิจัยและพัฒนา'],
};
const MEN = ['สมชาย', 'สมศักดิ์', 'ประยูร', 'บุญมี', 'วิชัย', 'อำนาจ', 'สุนทร', 'ธนพล', 'กิตติพงษ์', 'ณัฐวุฒิ', 'ประสิทธิ์', 'สมบัติ', 'วีระ', 'ชาตรี', 'อนุชา', 'สุรชัย', 'ไพโรจน์', 'เอกชัย'];
const WOMEN = ['สมใจ', 'บุญเรือน', 'มาลี', 'สุภาพร', 'จันทร์เพ็ญ', 'วันเพ็ญ', 'ศิริพร', 'นงลักษณ์', 'ประไพ', 'อรุณี', 'กาญจนา', 'สุมาลี', 'ลำดวน', 'ทองใบ', 'พรทิพย์', 'รัตนา'];
const SURNAMES = ['ใจดี', 'ศรีสุข', 'บุญมา', 'แก้วมณี', 'ทองคำ', 'สุขสวัสดิ์', 'พรหมมา', 'อินทร์แก้ว', 'จันทร์หอม', 'ชัยมงคล', 'ศรีวงศ์', 'คำแสน', 'มีสุข', 'แสงจันทร์', 'ทองมา', 'บุญเรือง', 'วงศ์ใหญ่', 'สายบุญ', 'ดวงดี', 'ปัญญาดี'];

// How often each specialty appears in a province's pool.
const MIX: readonly (readonly [Specialty, number])[] = [
  ['construction', 25], ['office', 14], ['computer', 7], ['vehicle', 8], ['fuel', 4], ['printing', 8], ['food', 10],
  ['labour', 12], ['equipment', 8], ['agriculture', 3],
];

/** Running numbers for tax ids, so no two vendors of a province share one. */
interface IdCounter {
  next(): number;
}

function counter(rng: Random): IdCounter {
  let n = rng.int(100, 900);
  return { next: () => (n += rng.int(1, 400)) };
}

function juristicId(provinceCode: string, typeDigit: string, rng: Random, ids: IdCounter): string {
  const year = String(rng.int(35, 67)).padStart(2, '0');
  return withCheckDigit(`0${provinceCode}${typeDigit}${year}${String(ids.next() % 1_000_000).padStart(6, '0')}`);
}

function personId(provinceCode: string, rng: Random, ids: IdCounter): string {
  return withCheckDigit(`${rng.pick(['1', '3'])}${provinceCode}${String(rng.int(1, 15)).padStart(2, '0')}${String(ids.next() % 10_000_000).padStart(7, '0')}`);
}

function personName(rng: Random): string {
  const female = rng.chance(0.5);
  const title = female ? rng.pick(['นาง', 'นางสาว']) : 'นาย';
  return `${title}${rng.pick(female ? WOMEN : MEN)} ${rng.pick(SURNAMES)}`;
}

function makeVendor(specialty: Specialty, provinceCode: string, rng: Random, ids: IdCounter): Vendor {
  const bare = rng.pick(STEMS) + rng.pick(TRADE[specialty]);
  const roll = rng.next();
  if (specialty === 'labour' || (specialty === 'food' && roll < 0.6)) {
    const name = personName(rng);
    return { name, bareName: name, kind: 'person', taxId: rng.chance(0.5) ? personId(provinceCode, rng, ids) : null, specialty };
  }
  if (specialty === 'construction' ? roll < 0.6 : roll < 0.3) {
    return { name: rng.chance(0.65) ? `ห้างหุ้นส่วนจำกัด ${bare}` : `หจก.${bare}`, bareName: bare, kind: 'partnership', taxId: juristicId(provinceCode, '3', rng, ids), specialty };
  }
  if (specialty === 'construction' || roll < 0.55) {
    return { name: rng.chance(0.8) ? `บริษัท ${bare} จำกัด` : `บจก.${bare}`, bareName: bare, kind: 'company', taxId: juristicId(provinceCode, '5', rng, ids), specialty };
  }
  const shop = rng.chance(0.3) ? `${rng.pick(WOMEN)}${rng.pick(TRADE[specialty])}` : bare;
  return { name: rng.chance(0.8) ? `ร้าน${shop}` : `ร้าน ${shop}`, bareName: shop, kind: 'shop', taxId: rng.chance(0.6) ? personId(provinceCode, rng, ids) : null, specialty };
}

function cooperative(kind: 'milk' | 'fuel', place: string, provinceCode: string, ids: IdCounter): Vendor {
  const bare = kind === 'milk' ? `สหกรณ์โคนม${place} จำกัด` : `สหกรณ์การเกษตร${place} จำกัด`;
  const id = withCheckDigit(`09930${provinceCode}0${String(ids.next() % 10_000).padStart(4, '0')}`);
  return { name: bare, bareName: bare, kind: 'cooperative', taxId: id, specialty: kind };
}

/** The vendors of one province: specialists of every trade, two milk cooperatives and a university for surveys. */
export function buildVendorPool(rng: Random, provinceCode: string, size: number, places: readonly string[]): Vendor[] {
  const ids = counter(rng);
  const names = new Set<string>();
  const pool: Vendor[] = [];
  for (let attempts = 0; pool.length < size && attempts < size * 10; attempts++) {
    const [specialty] = MIX[rng.weightedIndex(MIX.map(([, w]) => w))] as readonly [Specialty, number];
    const vendor = makeVendor(specialty, provinceCode, rng, ids);
    if (names.has(vendor.bareName)) continue;
    names.add(vendor.bareName);
    pool.push(vendor);
  }
  pool.push(cooperative('milk', places[0] ?? 'ท้องถิ่น', provinceCode, ids), cooperative('milk', places[1] ?? 'ชุมชน', provinceCode, ids));
  pool.push(cooperative('fuel', places[2] ?? 'ท้องถิ่น', provinceCode, ids));
  const university = `มหาวิทยาลัยราชภัฏ${places[3] ?? 'ท้องถิ่น'}`;
  pool.push({ name: university, bareName: university, kind: 'company', taxId: withCheckDigit(`099400${provinceCode}${String(ids.next() % 10_000).padStart(4, '0')}`), specialty: 'consulting' });
  return pool;
}

/** The few vendors one LAO keeps using, per trade, with how often it picks each. */
export interface VendorBook {
  pick(specialty: Specialty, rng: Random): Vendor;
  /** Someone else of the same trade (other bidders, other lots), or null when there is nobody left. */
  other(specialty: Specialty, rng: Random, not: readonly Vendor[]): Vendor | null;
}

/** An LAO's regular suppliers drawn from its province pool. */
export function vendorBook(rng: Random, pool: readonly Vendor[]): VendorBook {
  const bySpecialty = new Map<Specialty, Vendor[]>();
  for (const v of pool) bySpecialty.set(v.specialty, [...(bySpecialty.get(v.specialty) ?? []), v]);
  const regulars = new Map<Specialty, Vendor[]>();
  for (const [specialty, list] of bySpecialty) regulars.set(specialty, rng.shuffle(list).slice(0, rng.int(2, 4)));
  const fallback = (specialty: Specialty): Vendor[] => bySpecialty.get(specialty) ?? bySpecialty.get('office') ?? pool.slice();
  return {
    pick: (specialty, r) => {
      const own = regulars.get(specialty) ?? fallback(specialty);
      if (r.chance(0.1)) return r.pick(fallback(specialty));
      return own[r.weightedIndex(own.map((_, i) => 1 / (i + 1) ** 1.3))] as Vendor;
    },
    other: (specialty, r, not) => {
      const choices = fallback(specialty).filter((v) => !not.includes(v));
      return choices.length > 0 ? r.pick(choices) : null;
    },
  };
}
