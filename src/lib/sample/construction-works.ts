import type { Random } from './random.ts';
import { streamName } from './place-names.ts';

/** A construction or repair work in one village, named three ways (plan, budget, procurement). */
export interface ConstructionWork {
  /** Full name as a plan (ผ.02) writes it: 'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนาเหนือ หมู่ที่ 4'. */
  planName: string;
  /** Shorter budget-ordinance form: 'โครงการก่อสร้างถนน คสล. สายบ้านนาเหนือ หมู่ที่ 4'. */
  budgetName: string;
  /** Procurement base without method: 'จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนาเหนือ หมู่ที่ 4'. */
  procurementName: string;
  program: string;
  task: string;
  expenseType: string;
  /** Relative cost (a concrete road = 1). */
  costFactor: number;
  objective: string;
  target: string;
  kpi: string;
  expectedResult: string;
  location: string;
}

interface WorkTemplate {
  long: string;
  short: string;
  program: string;
  task: string;
  expenseType: string;
  costFactor: number;
  objective: string;
  target: (rng: Random) => string;
  kpi: string;
  expectedResult: string;
}

const ROADS = 'อุตสาหกรรมและการโยธา';
const BUILD = 'ก่อสร้างโครงสร้างพื้นฐาน';
const UTILITY_WORKS = 'ค่าก่อสร้างสิ่งสาธารณูปโภค';
const PUBLIC_WORKS = 'ค่าก่อสร้างสิ่งสาธารณูปการ';
const IMPROVEMENT = 'ค่าบำรุงรักษาและปรับปรุงที่ดินและสิ่งก่อสร้าง';
const TRAVEL = 'เพื่อให้ประชาชนมีเส้นทางคมนาคมที่สะดวกและปลอดภัย';
const TRAVEL_RESULT = 'ประชาชนสัญจรไปมาได้สะดวก ปลอดภัย';
const FLOOD = 'เพื่อแก้ไขปัญหาน้ำท่วมขังและระบายน้ำได้สะดวก';
const FLOOD_RESULT = 'ลดปัญหาน้ำท่วมขังในชุมชน';

// {v}: village (บ้าน…), {n}: หมู่ number, {w}: a stream name.
const TEMPLATES: readonly WorkTemplate[] = [
  { long: 'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สาย{v} หมู่ที่ {n}', short: 'โครงการก่อสร้างถนน คสล. สาย{v} หมู่ที่ {n}', program: ROADS, task: BUILD, expenseType: UTILITY_WORKS, costFactor: 1, objective: TRAVEL, target: (r) => `ถนน คสล. กว้าง ${r.pick([3, 4, 5])} เมตร ยาว ${r.int(4, 30) * 10} เมตร หนา 0.15 เมตร`, kpi: 'ความยาวถนนที่ได้รับการก่อสร้าง (เมตร)', expectedResult: TRAVEL_RESULT },
  { long: 'โครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก พร้อมบ่อพัก {v} หมู่ที่ {n}', short: 'โครงการก่อสร้างรางระบายน้ำ คสล. {v} หมู่ที่ {n}', program: ROADS, task: BUILD, expenseType: UTILITY_WORKS, costFactor: 0.8, objective: FLOOD, target: (r) => `รางระบายน้ำ คสล. กว้าง 0.40 เมตร ยาว ${r.int(5, 40) * 10} เมตร`, kpi: 'ความยาวรางระบายน้ำ (เมตร)', expectedResult: FLOOD_RESULT },
  { long: 'โครงการวางท่อระบายน้ำคอนกรีตเสริมเหล็ก {v} หมู่ที่ {n}', short: 'โครงการวางท่อระบายน้ำ คสล. {v} หมู่ที่ {n}', program: ROADS, task: BUILD, expenseType: UTILITY_WORKS, costFactor: 0.6, objective: FLOOD, target: (r) => `ท่อ คสล. ขนาด Ø 0.60 เมตร จำนวน ${r.int(20, 120)} ท่อน พร้อมบ่อพัก`, kpi: 'ความยาวท่อระบายน้ำ (เมตร)', expectedResult: FLOOD_RESULT },
  { long: 'โครงการปรับปรุงถนนลูกรัง สาย{v} หมู่ที่ {n}', short: 'โครงการปรับปรุงถนนลูกรัง สาย{v} หมู่ที่ {n}', program: ROADS, task: BUILD, expenseType: IMPROVEMENT, costFactor: 0.35, objective: TRAVEL, target: (r) => `ลงลูกรังกว้าง 4 เมตร ยาว ${r.int(3, 15) * 100} เมตร`, kpi: 'ความยาวถนนที่ได้รับการปรับปรุง (เมตร)', expectedResult: TRAVEL_RESULT },
  { long: 'โครงการก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สาย{v} หมู่ที่ {n}', short: 'โครงการก่อสร้างถนนแอสฟัลท์ติก สาย{v} หมู่ที่ {n}', program: ROADS, task: BUILD, expenseType: UTILITY_WORKS, costFactor: 1.8, objective: TRAVEL, target: (r) => `ผิวจราจรแอสฟัลท์ติกกว้าง ${r.pick([5, 6])} เมตร ยาว ${r.int(3, 12) * 100} เมตร`, kpi: 'ความยาวถนนที่ได้รับการก่อสร้าง (เมตร)', expectedResult: TRAVEL_RESULT },
  { long: 'โครงการก่อสร้างท่อลอดเหลี่ยมคอนกรีตเสริมเหล็ก ข้ามลำห้วย{w} หมู่ที่ {n}', short: 'โครงการก่อสร้างท่อลอดเหลี่ยม คสล. ลำห้วย{w} หมู่ที่ {n}', program: ROADS, task: BUILD, expenseType: UTILITY_WORKS, costFactor: 0.9, objective: TRAVEL, target: () => 'ท่อลอดเหลี่ยม คสล. ขนาด 1.80 x 1.80 เมตร จำนวน 3 ช่อง', kpi: 'จำนวนจุดที่ก่อสร้าง (จุด)', expectedResult: TRAVEL_RESULT },
  { long: 'โครงการขุดลอกคลอง{w} หมู่ที่ {n}', short: 'โครงการขุดลอกคลอง{w} หมู่ที่ {n}', program: 'การเกษตร', task: 'อนุรักษ์แหล่งน้ำและป่าไม้', expenseType: IMPROVEMENT, costFactor: 0.5, objective: 'เพื่อให้มีแหล่งน้ำสำหรับการเกษตรและการอุปโภคบริโภค', target: (r) => `ขุดลอกยาว ${r.int(3, 20) * 100} เมตร ปริมาณดินขุดไม่น้อยกว่า ${r.int(20, 90) * 100} ลูกบาศก์เมตร`, kpi: 'ปริมาณดินขุด (ลูกบาศก์เมตร)', expectedResult: 'เกษตรกรมีน้ำใช้ในการเกษตรเพียงพอ' },
  { long: 'โครงการก่อสร้างฝายน้ำล้น ลำห้วย{w} หมู่ที่ {n}', short: 'โครงการก่อสร้างฝายน้ำล้น ลำห้วย{w} หมู่ที่ {n}', program: 'การเกษตร', task: 'อนุรักษ์แหล่งน้ำและป่าไม้', expenseType: UTILITY_WORKS, costFactor: 0.9, objective: 'เพื่อกักเก็บน้ำไว้ใช้ในฤดูแล้ง', target: () => 'ฝายน้ำล้น สันฝายสูง 1.50 เมตร กว้าง 10 เมตร', kpi: 'จำนวนฝาย (แห่ง)', expectedResult: 'มีน้ำใช้ในฤดูแล้ง' },
  { long: 'โครงการก่อสร้างระบบประปาหมู่บ้าน แบบบาดาลขนาดใหญ่ {v} หมู่ที่ {n}', short: 'โครงการก่อสร้างระบบประปาหมู่บ้าน {v} หมู่ที่ {n}', program: 'เคหะและชุมชน', task: 'ไฟฟ้าและประปา', expenseType: UTILITY_WORKS, costFactor: 1.3, objective: 'เพื่อให้ประชาชนมีน้ำสะอาดใช้อย่างทั่วถึง', target: () => 'ระบบประปาบาดาลขนาดใหญ่ 1 แห่ง', kpi: 'จำนวนครัวเรือนที่มีน้ำประปาใช้', expectedResult: 'ประชาชนมีน้ำประปาใช้ตลอดปี' },
  { long: 'โครงการติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ {v} หมู่ที่ {n}', short: 'โครงการติดตั้งไฟฟ้าโซลาร์เซลล์ {v} หมู่ที่ {n}', program: 'เคหะและชุมชน', task: 'ไฟฟ้าและประปา', expenseType: UTILITY_WORKS, costFactor: 0.45, objective: 'เพื่อให้มีแสงสว่างเพียงพอและลดอุบัติเหตุ', target: (r) => `เสาไฟฟ้าโซลาร์เซลล์ จำนวน ${r.int(5, 25)} ต้น`, kpi: 'จำนวนจุดติดตั้ง (ต้น)', expectedResult: 'ชุมชนมีแสงสว่างเพียงพอ ปลอดภัยในชีวิตและทรัพย์สิน' },
  { long: 'โครงการก่อสร้างศาลาอเนกประสงค์ {v} หมู่ที่ {n}', short: 'โครงการก่อสร้างศาลาอเนกประสงค์ {v} หมู่ที่ {n}', program: 'เคหะและชุมชน', task: 'บริหารทั่วไปเกี่ยวกับเคหะและชุมชน', expenseType: PUBLIC_WORKS, costFactor: 0.8, objective: 'เพื่อให้ชุมชนมีสถานที่จัดกิจกรรมและประชุม', target: () => 'ศาลาอเนกประสงค์ ขนาด 8 x 12 เมตร 1 หลัง', kpi: 'จำนวนอาคาร (หลัง)', expectedResult: 'ชุมชนมีสถานที่ทำกิจกรรมร่วมกัน' },
  { long: 'โครงการปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก{v}', short: 'โครงการปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก{v}', program: 'การศึกษา', task: 'ระดับก่อนวัยเรียนและประถมศึกษา', expenseType: IMPROVEMENT, costFactor: 0.5, objective: 'เพื่อให้ศูนย์พัฒนาเด็กเล็กมีอาคารที่ได้มาตรฐานและปลอดภัย', target: () => 'ปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก 1 หลัง', kpi: 'จำนวนอาคารที่ได้รับการปรับปรุง (หลัง)', expectedResult: 'เด็กเล็กมีสถานที่เรียนที่ปลอดภัย' },
];

function fillWork(template: WorkTemplate, rng: Random, village: string, moo: number, stream: string): ConstructionWork {
  const fill = (text: string): string => text.replace('{v}', village).replace('{n}', String(moo)).replace('{w}', stream);
  const planName = fill(template.long);
  return {
    planName,
    budgetName: fill(template.short),
    procurementName: 'จ้าง' + planName.replace(/^โครงการ/, ''),
    program: template.program,
    task: template.task,
    expenseType: template.expenseType,
    costFactor: template.costFactor,
    objective: template.objective,
    target: template.target(rng),
    kpi: template.kpi,
    expectedResult: template.expectedResult,
    location: `หมู่ที่ ${moo} ${village}`,
  };
}

/** A random work in one of the LAO's villages. */
export function randomWork(rng: Random, villages: readonly string[]): ConstructionWork {
  const t = rng.weightedIndex(TEMPLATES.map((tpl) => (tpl.long.includes('ถนนคอนกรีต') ? 4 : tpl.long.includes('รางระบายน้ำ') ? 2 : 1)));
  const moo = rng.int(1, villages.length);
  return fillWork(TEMPLATES[t] as WorkTemplate, rng, villages[moo - 1] as string, moo, streamName(rng));
}

/** A concrete road in village หมู่ที่ moo (the sample's showcase work). */
export function roadWork(rng: Random, villages: readonly string[], moo: number): ConstructionWork {
  return fillWork(TEMPLATES[0] as WorkTemplate, rng, villages[moo - 1] as string, moo, '');
}
