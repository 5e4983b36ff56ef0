import { program } from './budget-chart.ts';
import type { Satang } from './format.ts';
import type { ChartPosition, ExpenseKind, LaoTypeKey, SampleLao } from './model.ts';
import type { Random } from './random.ts';

/** A budget line before amounts and ids are final. */
export interface LineDraft extends ChartPosition {
  item: string;
  kind: ExpenseKind;
  /** Relative size among lines of the same kind. */
  weight: number;
  /** Set when the amount follows from the item itself (equipment prices, plan amounts). */
  fixedAmount?: Satang;
  planProjectId?: string;
  planLinkExplicit?: boolean;
  featured?: boolean;
}

const GROUP_OF: Readonly<Record<string, string>> = {
  'เงินเดือนฝ่ายการเมือง': 'งบบุคลากร', 'เงินเดือนฝ่ายประจำ': 'งบบุคลากร',
  'ค่าตอบแทน': 'งบดำเนินงาน', 'ค่าใช้สอย': 'งบดำเนินงาน', 'ค่าวัสดุ': 'งบดำเนินงาน', 'ค่าสาธารณูปโภค': 'งบดำเนินงาน',
  'ค่าครุภัณฑ์': 'งบลงทุน', 'ค่าที่ดินและสิ่งก่อสร้าง': 'งบลงทุน',
  'เงินอุดหนุน': 'งบเงินอุดหนุน', 'รายจ่ายอื่น': 'งบรายจ่ายอื่น', 'งบกลาง': 'งบกลาง',
};

/** Chart position of a line of this program, task, หมวด and ประเภท. */
export function position(programName: string, task: string, category: string, expenseType: string): ChartPosition {
  return { side: program(programName).side, program: programName, task, group: GROUP_OF[category] ?? 'งบดำเนินงาน', category, expenseType };
}

/** งาน an LAO of this type has (secondary schools and hospitals are for bigger LAOs). */
export function tasksFor(programName: string, type: LaoTypeKey): string[] {
  return program(programName).tasks.filter((task) => {
    if (task === 'ระดับมัธยมศึกษา' || task === 'โรงพยาบาล') return type === 'pao' || type === 'city' || type === 'bangkok';
    if (task === 'เทศกิจ') return type === 'city' || type === 'town' || type === 'subdistrict' || type === 'bangkok' || type === 'pattaya';
    if (task === 'ตลาดสด') return type !== 'pao';
    return true;
  });
}

const STAFF_TITLE: Readonly<Record<LaoTypeKey, string>> = {
  pao: 'พนักงานส่วนจังหวัด', city: 'พนักงานเทศบาล', town: 'พนักงานเทศบาล', subdistrict: 'พนักงานเทศบาล',
  sao: 'พนักงานส่วนตำบล', bangkok: 'ข้าราชการกรุงเทพมหานคร', pattaya: 'พนักงานเมืองพัทยา',
};

const POLITICAL = [
  'เงินเดือนนายก/รองนายก', 'เงินค่าตอบแทนประจำตำแหน่งนายก/รองนายก', 'เงินค่าตอบแทนพิเศษนายก/รองนายก',
  'เงินค่าตอบแทนเลขานุการ/ที่ปรึกษานายก', 'เงินค่าตอบแทนสมาชิกสภา',
] as const;

/** The political salary lines (all under บริหารทั่วไป). */
export function politicalLine(index: number): LineDraft {
  const type = POLITICAL[index % POLITICAL.length] as string;
  return { ...position('บริหารงานทั่วไป', 'บริหารทั่วไป', 'เงินเดือนฝ่ายการเมือง', type), item: type, kind: 'political', weight: index === 4 ? 1.6 : 1 };
}

const STAFF = ['เงินเดือนพนักงาน', 'ค่าตอบแทนพนักงานจ้าง', 'เงินเพิ่มต่าง ๆ ของพนักงาน', 'เงินประจำตำแหน่ง', 'เงินเพิ่มต่าง ๆ ของพนักงานจ้าง'] as const;
const STAFF_WEIGHT = [5, 2.5, 0.6, 0.4, 0.3] as const;

/** A staff salary line of a program; the main programs come first. */
export function staffLine(rng: Random, lao: SampleLao, programName: string, typeIndex: number): LineDraft {
  const type = STAFF[typeIndex % STAFF.length] as string;
  const tasks = tasksFor(programName, lao.type);
  const task = typeIndex < STAFF.length ? (tasks[0] as string) : rng.pick(tasks);
  const item = type === 'เงินเดือนพนักงาน' ? `เงินเดือน${STAFF_TITLE[lao.type]}` : type;
  return { ...position(programName, task, 'เงินเดือนฝ่ายประจำ', type), item, kind: 'staff', weight: STAFF_WEIGHT[typeIndex % STAFF.length] as number };
}

const COMPENSATION = [
  'ค่าตอบแทนผู้ปฏิบัติราชการอันเป็นประโยชน์แก่องค์กรปกครองส่วนท้องถิ่น', 'ค่าเช่าบ้าน',
  'เงินช่วยเหลือการศึกษาบุตร', 'ค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ',
] as const;

/** A compensation (ค่าตอบแทน) line. */
export function compensationLine(rng: Random, lao: SampleLao, programName: string): LineDraft {
  const type = rng.pick(COMPENSATION);
  return { ...position(programName, tasksFor(programName, lao.type)[0] as string, 'ค่าตอบแทน', type), item: type, kind: 'compensation', weight: 1 };
}

const SUPPLIES: readonly (readonly [string, number])[] = [
  ['วัสดุสำนักงาน', 3], ['วัสดุคอมพิวเตอร์', 2], ['วัสดุเชื้อเพลิงและหล่อลื่น', 3], ['วัสดุงานบ้านงานครัว', 2],
  ['วัสดุไฟฟ้าและวิทยุ', 2], ['วัสดุก่อสร้าง', 2], ['วัสดุยานพาหนะและขนส่ง', 2], ['วัสดุโฆษณาและเผยแพร่', 1],
  ['วัสดุการเกษตร', 1], ['วัสดุวิทยาศาสตร์หรือการแพทย์', 1], ['วัสดุเครื่องแต่งกาย', 1], ['วัสดุกีฬา', 0.5], ['วัสดุเครื่องดับเพลิง', 0.5],
];

/** A supplies (ค่าวัสดุ) line in a random งาน of the program. */
export function suppliesLine(rng: Random, lao: SampleLao, programName: string, useCostPrefix: boolean): LineDraft {
  const [type, weight] = SUPPLIES[rng.weightedIndex(SUPPLIES.map(([, w]) => w))] as readonly [string, number];
  const task = rng.pick(tasksFor(programName, lao.type));
  const item = useCostPrefix ? `ค่าจัดซื้อ${type}` : type;
  return { ...position(programName, task, 'ค่าวัสดุ', type), item, kind: 'supplies', weight };
}

/** The school milk line: amount from pupils × days × 7.37 baht. */
export function milkLine(rng: Random, lao: SampleLao): LineDraft {
  const pupils = Math.max(40, Math.round(lao.population * rng.between(0.05, 0.08)));
  const amount = Math.round((pupils * 260 * 7.37) / 100) * 100;
  return {
    ...position('การศึกษา', 'ระดับก่อนวัยเรียนและประถมศึกษา', 'ค่าวัสดุ', 'ค่าอาหารเสริม (นม)'),
    item: 'ค่าอาหารเสริม (นม) โรงเรียนและศูนย์พัฒนาเด็กเล็ก', kind: 'milk', weight: 1, fixedAmount: amount * 100,
  };
}

const SERVICE_BOUGHT = 'รายจ่ายเพื่อให้ได้มาซึ่งบริการ';
const SERVICES: readonly (readonly [string, string, string])[] = [
  ['บริหารงานทั่วไป', 'บริหารทั่วไป', 'ค่าจ้างเหมาบริการ'],
  ['บริหารงานทั่วไป', 'บริหารทั่วไป', 'ค่าจ้างเหมาบริการทำความสะอาดอาคารสำนักงาน'],
  ['บริหารงานทั่วไป', 'บริหารทั่วไป', 'ค่าจ้างเหมาบริการรักษาความปลอดภัย'],
  ['บริหารงานทั่วไป', 'บริหารงานคลัง', 'ค่าถ่ายเอกสารและเย็บเล่ม'],
  ['บริหารงานทั่วไป', 'บริหารทั่วไป', 'ค่าเช่าเครื่องถ่ายเอกสาร'],
  ['บริหารงานทั่วไป', 'บริหารทั่วไป', 'ค่าจ้างเหมาบริการรถยนต์'],
  ['บริหารงานทั่วไป', 'วางแผนสถิติและวิชาการ', 'ค่าโฆษณาและเผยแพร่'],
  ['เคหะและชุมชน', 'กำจัดขยะมูลฝอยและสิ่งปฏิกูล', 'ค่าจ้างเหมาเก็บขนขยะมูลฝอย'],
  ['เคหะและชุมชน', 'สวนสาธารณะ', 'ค่าจ้างเหมาตัดหญ้าและดูแลสวนสาธารณะ'],
  ['สาธารณสุข', 'บริการสาธารณสุขและงานสาธารณสุขอื่น', 'ค่าจ้างเหมาฉีดพ่นหมอกควันกำจัดยุงลาย'],
];

/** A bought-in service (ค่าจ้างเหมา…) line. */
export function serviceLine(rng: Random): LineDraft {
  const [programName, task, item] = rng.pick(SERVICES);
  return { ...position(programName, task, 'ค่าใช้สอย', SERVICE_BOUGHT), item, kind: 'service', weight: 1 };
}

const REPAIRS: readonly (readonly [string, string, string])[] = [
  ['บริหารงานทั่วไป', 'บริหารทั่วไป', 'ค่าบำรุงรักษาและซ่อมแซมทรัพย์สิน'],
  ['บริหารงานทั่วไป', 'บริหารทั่วไป', 'ค่าซ่อมแซมรถยนต์ส่วนกลาง'],
  ['อุตสาหกรรมและการโยธา', 'บริหารทั่วไปเกี่ยวกับอุตสาหกรรมและการโยธา', 'ค่าซ่อมแซมถนนและทางระบายน้ำ'],
  ['การรักษาความสงบภายใน', 'ป้องกันและบรรเทาสาธารณภัย', 'ค่าซ่อมแซมรถบรรทุกน้ำอเนกประสงค์'],
  ['เคหะและชุมชน', 'ไฟฟ้าและประปา', 'ค่าซ่อมแซมระบบประปาหมู่บ้าน'],
];

/** A maintenance and repair line. */
export function repairLine(rng: Random): LineDraft {
  const [programName, task, item] = rng.pick(REPAIRS);
  return { ...position(programName, task, 'ค่าใช้สอย', 'ค่าบำรุงรักษาและซ่อมแซม'), item, kind: 'repair', weight: 1 };
}

/** ประเภท of event projects (the long official name). */
export const EVENT_TYPE = 'รายจ่ายเกี่ยวเนื่องกับการปฏิบัติราชการที่ไม่เข้าลักษณะรายจ่ายหมวดอื่น ๆ';

/** Recurring activity projects by แผนงาน (the usual ผ.02 and budget items). */
export const EVENT_PROJECTS: readonly (readonly [string, string, string])[] = [
  ['การศึกษา', 'ระดับก่อนวัยเรียนและประถมศึกษา', 'โครงการจัดงานวันเด็กแห่งชาติ'],
  ['การศึกษา', 'ระดับก่อนวัยเรียนและประถมศึกษา', 'โครงการแข่งขันกีฬาเด็กปฐมวัย'],
  ['การศึกษา', 'ศึกษาไม่กำหนดระดับ', 'โครงการส่งเสริมการอ่านในชุมชน'],
  ['สาธารณสุข', 'บริการสาธารณสุขและงานสาธารณสุขอื่น', 'โครงการป้องกันและควบคุมโรคไข้เลือดออก'],
  ['สาธารณสุข', 'บริการสาธารณสุขและงานสาธารณสุขอื่น', 'โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า'],
  ['สาธารณสุข', 'บริการสาธารณสุขและงานสาธารณสุขอื่น', 'โครงการส่งเสริมสุขภาพผู้สูงอายุ'],
  ['สังคมสงเคราะห์', 'สวัสดิการสังคมและสังคมสงเคราะห์', 'โครงการโรงเรียนผู้สูงอายุ'],
  ['สังคมสงเคราะห์', 'สวัสดิการสังคมและสังคมสงเคราะห์', 'โครงการส่งเสริมพัฒนาคุณภาพชีวิตคนพิการ'],
  ['สร้างความเข้มแข็งของชุมชน', 'ส่งเสริมและสนับสนุนความเข้มแข็งชุมชน', 'โครงการส่งเสริมอาชีพกลุ่มสตรี'],
  ['สร้างความเข้มแข็งของชุมชน', 'ส่งเสริมและสนับสนุนความเข้มแข็งชุมชน', 'โครงการป้องกันและแก้ไขปัญหายาเสพติด'],
  ['การศาสนา วัฒนธรรม และนันทนาการ', 'ศาสนาวัฒนธรรมท้องถิ่น', 'โครงการประเพณีลอยกระทง'],
  ['การศาสนา วัฒนธรรม และนันทนาการ', 'ศาสนาวัฒนธรรมท้องถิ่น', 'โครงการประเพณีสงกรานต์และวันผู้สูงอายุ'],
  ['การศาสนา วัฒนธรรม และนันทนาการ', 'ศาสนาวัฒนธรรมท้องถิ่น', 'โครงการแห่เทียนพรรษา'],
  ['การศาสนา วัฒนธรรม และนันทนาการ', 'กีฬาและนันทนาการ', 'โครงการแข่งขันกีฬาต้านยาเสพติด'],
  ['การรักษาความสงบภายใน', 'ป้องกันและบรรเทาสาธารณภัย', 'โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)'],
  ['การรักษาความสงบภายใน', 'ป้องกันและบรรเทาสาธารณภัย', 'โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาล'],
  ['บริหารงานทั่วไป', 'บริหารทั่วไป', 'โครงการอบรมคุณธรรมจริยธรรมบุคลากร'],
  ['บริหารงานทั่วไป', 'บริหารงานคลัง', 'โครงการจัดเก็บภาษีเคลื่อนที่'],
  ['การเกษตร', 'ส่งเสริมการเกษตร', 'โครงการส่งเสริมการปลูกผักปลอดสารพิษ'],
  ['การเกษตร', 'ส่งเสริมการเกษตร', 'โครงการปลูกต้นไม้เฉลิมพระเกียรติ'],
  ['เคหะและชุมชน', 'กำจัดขยะมูลฝอยและสิ่งปฏิกูล', 'โครงการคัดแยกขยะต้นทาง'],
];

/** An activity project line (not from the plan). */
export function eventLine(rng: Random): LineDraft {
  const [programName, task, item] = rng.pick(EVENT_PROJECTS);
  return { ...position(programName, task, 'ค่าใช้สอย', EVENT_TYPE), item, kind: 'event', weight: 1 };
}

const UTILITIES: readonly (readonly [string, number])[] = [
  ['ค่าไฟฟ้า', 5], ['ค่าน้ำประปา ค่าน้ำบาดาล', 1], ['ค่าบริการโทรศัพท์', 0.5], ['ค่าบริการไปรษณีย์', 0.3], ['ค่าบริการสื่อสารและโทรคมนาคม', 1],
];

/** A utilities line (index picks the type, so a few lines cover the list). */
export function utilityLine(index: number): LineDraft {
  const [type, weight] = UTILITIES[index % UTILITIES.length] as readonly [string, number];
  return { ...position('บริหารงานทั่วไป', 'บริหารทั่วไป', 'ค่าสาธารณูปโภค', type), item: type, kind: 'utility', weight };
}

interface EquipmentItem {
  name: string;
  type: string;
  unitPrice: number;
  units: string;
  qty: readonly [number, number];
  program: string;
  task: string;
  /** Only for LAOs with at least this budget (baht). */
  minBudget: number;
}

const COMPUTER = 'ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์';
const OFFICE = 'ครุภัณฑ์สำนักงาน';
const VEHICLE = 'ครุภัณฑ์ยานพาหนะและขนส่ง';
const EQUIPMENT: readonly EquipmentItem[] = [
  { name: 'จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล', type: COMPUTER, unitPrice: 24_000, units: 'เครื่อง', qty: [1, 3], program: 'บริหารงานทั่วไป', task: 'บริหารงานคลัง', minBudget: 0 },
  { name: 'จัดซื้อเครื่องคอมพิวเตอร์ All In One สำหรับงานสำนักงาน', type: COMPUTER, unitPrice: 17_000, units: 'เครื่อง', qty: [1, 4], program: 'บริหารงานทั่วไป', task: 'บริหารทั่วไป', minBudget: 0 },
  { name: 'จัดซื้อเครื่องพิมพ์ Multifunction แบบฉีดหมึกพร้อมติดตั้งถังหมึกพิมพ์', type: COMPUTER, unitPrice: 8_000, units: 'เครื่อง', qty: [1, 2], program: 'การศึกษา', task: 'บริหารทั่วไปเกี่ยวกับการศึกษา', minBudget: 0 },
  { name: 'จัดซื้อเครื่องสำรองไฟฟ้า ขนาด 800 VA', type: COMPUTER, unitPrice: 2_500, units: 'เครื่อง', qty: [2, 6], program: 'บริหารงานทั่วไป', task: 'วางแผนสถิติและวิชาการ', minBudget: 0 },
  { name: 'จัดซื้อเก้าอี้สำนักงาน', type: OFFICE, unitPrice: 3_500, units: 'ตัว', qty: [2, 10], program: 'บริหารงานทั่วไป', task: 'บริหารทั่วไป', minBudget: 0 },
  { name: 'จัดซื้อตู้เหล็ก แบบ 2 บาน', type: OFFICE, unitPrice: 5_500, units: 'ตู้', qty: [1, 5], program: 'บริหารงานทั่วไป', task: 'บริหารงานคลัง', minBudget: 0 },
  { name: 'จัดซื้อเครื่องปรับอากาศ แบบแยกส่วน ขนาด 24,000 บีทียู', type: OFFICE, unitPrice: 34_000, units: 'เครื่อง', qty: [1, 3], program: 'สาธารณสุข', task: 'บริหารทั่วไปเกี่ยวกับสาธารณสุข', minBudget: 0 },
  { name: 'จัดซื้อเครื่องถ่ายเอกสาร ระบบดิจิตอล', type: OFFICE, unitPrice: 150_000, units: 'เครื่อง', qty: [1, 1], program: 'บริหารงานทั่วไป', task: 'บริหารทั่วไป', minBudget: 30_000_000 },
  { name: 'จัดซื้อรถจักรยานยนต์ ขนาด 110 ซีซี', type: VEHICLE, unitPrice: 45_500, units: 'คัน', qty: [1, 2], program: 'บริหารงานทั่วไป', task: 'บริหารทั่วไป', minBudget: 0 },
  { name: 'จัดซื้อรถบรรทุก (ดีเซล) ขนาด 1 ตัน ปริมาตรกระบอกสูบไม่ต่ำกว่า 2,400 ซีซี ขับเคลื่อน 2 ล้อ แบบดับเบิ้ลแค็บ', type: VEHICLE, unitPrice: 854_000, units: 'คัน', qty: [1, 1], program: 'บริหารงานทั่วไป', task: 'บริหารทั่วไป', minBudget: 40_000_000 },
  { name: 'จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย', type: VEHICLE, unitPrice: 2_500_000, units: 'คัน', qty: [1, 1], program: 'เคหะและชุมชน', task: 'กำจัดขยะมูลฝอยและสิ่งปฏิกูล', minBudget: 80_000_000 },
  { name: 'จัดซื้อรถยนต์บรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร', type: VEHICLE, unitPrice: 2_300_000, units: 'คัน', qty: [1, 1], program: 'การรักษาความสงบภายใน', task: 'ป้องกันและบรรเทาสาธารณภัย', minBudget: 60_000_000 },
  { name: 'จัดซื้อเครื่องสูบน้ำ แบบหอยโข่ง ขนาด 5 แรงม้า', type: 'ครุภัณฑ์การเกษตร', unitPrice: 25_000, units: 'เครื่อง', qty: [1, 3], program: 'การเกษตร', task: 'ส่งเสริมการเกษตร', minBudget: 0 },
  { name: 'จัดซื้อเครื่องตัดหญ้า แบบข้อแข็ง', type: 'ครุภัณฑ์การเกษตร', unitPrice: 9_500, units: 'เครื่อง', qty: [1, 4], program: 'เคหะและชุมชน', task: 'สวนสาธารณะ', minBudget: 0 },
  { name: 'จัดซื้อเครื่องพ่นหมอกควัน', type: 'ครุภัณฑ์วิทยาศาสตร์หรือการแพทย์', unitPrice: 59_000, units: 'เครื่อง', qty: [1, 2], program: 'สาธารณสุข', task: 'บริการสาธารณสุขและงานสาธารณสุขอื่น', minBudget: 0 },
  { name: 'จัดซื้อโทรทัศน์ แอล อี ดี (LED TV) ขนาด 55 นิ้ว', type: 'ครุภัณฑ์โฆษณาและเผยแพร่', unitPrice: 17_000, units: 'เครื่อง', qty: [1, 2], program: 'การศึกษา', task: 'ระดับก่อนวัยเรียนและประถมศึกษา', minBudget: 0 },
  { name: 'จัดซื้อเครื่องกำเนิดไฟฟ้า ขนาด 10 กิโลวัตต์', type: 'ครุภัณฑ์ไฟฟ้าและวิทยุ', unitPrice: 120_000, units: 'เครื่อง', qty: [1, 1], program: 'การรักษาความสงบภายใน', task: 'ป้องกันและบรรเทาสาธารณภัย', minBudget: 0 },
  { name: 'จัดซื้อเครื่องออกกำลังกายกลางแจ้ง', type: 'ครุภัณฑ์กีฬา', unitPrice: 150_000, units: 'ชุด', qty: [1, 2], program: 'การศาสนา วัฒนธรรม และนันทนาการ', task: 'กีฬาและนันทนาการ', minBudget: 0 },
  { name: 'จัดซื้อกล้องโทรทัศน์วงจรปิด ชนิดเครือข่าย แบบมุมมองคงที่', type: COMPUTER, unitPrice: 25_000, units: 'ตัว', qty: [4, 16], program: 'การรักษาความสงบภายใน', task: 'บริหารทั่วไปเกี่ยวกับการรักษาความสงบภายใน', minBudget: 20_000_000 },
];

/** An equipment (ครุภัณฑ์) line priced from a standard price list; big LAOs buy more units. */
export function equipmentLine(rng: Random, lao: SampleLao, budgetBaht: number): LineDraft {
  const choices = EQUIPMENT.filter((e) => e.minBudget <= budgetBaht);
  const e = rng.pick(choices);
  const scale = Math.max(1, Math.round(Math.sqrt(budgetBaht / 80_000_000)));
  const qty = Math.min(e.qty[1] * scale, rng.int(e.qty[0], e.qty[1]) * (e.unitPrice > 500_000 ? 1 : scale));
  const task = tasksFor(e.program, lao.type).includes(e.task) ? e.task : (tasksFor(e.program, lao.type)[0] as string);
  return {
    ...position(e.program, task, 'ค่าครุภัณฑ์', e.type),
    item: `${e.name} จำนวน ${qty} ${e.units}`,
    kind: 'equipment',
    weight: 1,
    fixedAmount: e.unitPrice * qty * 100,
  };
}

/** A subsidy (เงินอุดหนุน) line. */
export function subsidyLine(rng: Random, lao: SampleLao): LineDraft {
  const moo = rng.int(1, lao.villages.length);
  const village = lao.villages[moo - 1] as string;
  const options: readonly (readonly [string, string, string, string, number])[] = [
    ['การศึกษา', 'ระดับก่อนวัยเรียนและประถมศึกษา', 'เงินอุดหนุนส่วนราชการ', 'อุดหนุนโครงการอาหารกลางวัน โรงเรียนสังกัด สพฐ.', 6],
    ['บริหารงานทั่วไป', 'บริหารทั่วไป', 'เงินอุดหนุนส่วนราชการ', `อุดหนุนที่ทำการปกครองอำเภอ${lao.district || lao.province} ตามโครงการศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน`, 0.3],
    ['สาธารณสุข', 'บริการสาธารณสุขและงานสาธารณสุขอื่น', 'เงินอุดหนุนองค์กรประชาชน', `อุดหนุนคณะกรรมการหมู่บ้าน ${village} หมู่ที่ ${moo} ตามโครงการพระราชดำริด้านสาธารณสุข`, 0.4],
    ['สังคมสงเคราะห์', 'สวัสดิการสังคมและสังคมสงเคราะห์', 'เงินอุดหนุนกิจการที่เป็นสาธารณประโยชน์', `อุดหนุนเหล่ากาชาดจังหวัด${lao.province}`, 0.3],
    ['เคหะและชุมชน', 'ไฟฟ้าและประปา', 'เงินอุดหนุนส่วนราชการ', `อุดหนุนการไฟฟ้าส่วนภูมิภาค ขยายเขตไฟฟ้า ${village} หมู่ที่ ${moo}`, 1],
  ];
  const [programName, task, type, item, weight] = rng.pick(options);
  return { ...position(programName, task, 'เงินอุดหนุน', type), item, kind: 'subsidy', weight };
}

/** The one 'other expenses' line most LAOs have: a satisfaction survey by a university. */
export function otherLine(): LineDraft {
  return {
    ...position('บริหารงานทั่วไป', 'บริหารทั่วไป', 'รายจ่ายอื่น', 'รายจ่ายอื่น'),
    item: 'ค่าจ้างที่ปรึกษาเพื่อประเมินความพึงพอใจของผู้รับบริการ', kind: 'other', weight: 1,
    fixedAmount: 25_000 * 100,
  };
}

const CENTRAL: readonly (readonly [string, number])[] = [
  ['เบี้ยยังชีพผู้สูงอายุ', 12], ['เบี้ยยังชีพความพิการ', 3], ['สำรองจ่าย', 1.5],
  ['เงินสมทบกองทุนบำเหน็จบำนาญข้าราชการส่วนท้องถิ่น (กบท.)', 1.2], ['เงินสมทบกองทุนประกันสังคม', 0.8],
  ['เงินสมทบกองทุนหลักประกันสุขภาพ', 0.6], ['รายจ่ายตามข้อผูกพัน', 0.5], ['เบี้ยยังชีพผู้ป่วยเอดส์', 0.1],
  ['เงินสมทบกองทุนเงินทดแทน', 0.1], ['เงินช่วยพิเศษ', 0.1],
];

/** The index-th งบกลาง line (อบจ. pay no living allowances). */
export function centralLine(index: number, type: LaoTypeKey): LineDraft {
  const list = type === 'pao' ? CENTRAL.filter(([name]) => !name.startsWith('เบี้ยยังชีพ')) : CENTRAL;
  const [name, weight] = list[index % list.length] as readonly [string, number];
  return { ...position('งบกลาง', 'งบกลาง', 'งบกลาง', name), item: name, kind: 'central', weight };
}
