import { PROGRAMS as CHART_PROGRAMS, SIDES } from '../budget/chart-of-accounts.ts';
/** The budget ordinance chart: 4 ด้าน → 12 แผนงาน → งาน (names as the README and real files have them). */
export interface Program {
  /** Two-digit number used inside line ids. */
  number: string;
  side: string;
  name: string;
  tasks: readonly string[];
}

// งาน of each แผนงาน (the first is its general administration), keyed like the chart of accounts.
const TASKS: Record<string, readonly string[]> = {
  'general-administration': ['บริหารทั่วไป', 'วางแผนสถิติและวิชาการ', 'บริหารงานคลัง', 'ควบคุมภายในและการตรวจสอบภายใน'],
  'public-order': ['บริหารทั่วไปเกี่ยวกับการรักษาความสงบภายใน', 'ป้องกันและบรรเทาสาธารณภัย', 'เทศกิจ'],
  education: ['บริหารทั่วไปเกี่ยวกับการศึกษา', 'ระดับก่อนวัยเรียนและประถมศึกษา', 'ระดับมัธยมศึกษา', 'ศึกษาไม่กำหนดระดับ'],
  'public-health': ['บริหารทั่วไปเกี่ยวกับสาธารณสุข', 'บริการสาธารณสุขและงานสาธารณสุขอื่น', 'ศูนย์บริการสาธารณสุข', 'โรงพยาบาล'],
  'social-welfare': ['บริหารทั่วไปเกี่ยวกับสังคมสงเคราะห์', 'สวัสดิการสังคมและสังคมสงเคราะห์'],
  'housing-community': ['บริหารทั่วไปเกี่ยวกับเคหะและชุมชน', 'ไฟฟ้าและประปา', 'สวนสาธารณะ', 'กำจัดขยะมูลฝอยและสิ่งปฏิกูล'],
  'community-strengthening': ['ส่งเสริมและสนับสนุนความเข้มแข็งชุมชน'],
  'religion-culture-recreation': ['บริหารทั่วไปเกี่ยวกับศาสนา วัฒนธรรม และนันทนาการ', 'กีฬาและนันทนาการ', 'ศาสนาวัฒนธรรมท้องถิ่น', 'วิชาการวางแผนและส่งเสริมการท่องเที่ยว'],
  'industry-public-works': ['บริหารทั่วไปเกี่ยวกับอุตสาหกรรมและการโยธา', 'ก่อสร้างโครงสร้างพื้นฐาน'],
  agriculture: ['ส่งเสริมการเกษตร', 'อนุรักษ์แหล่งน้ำและป่าไม้'],
  commerce: ['ตลาดสด', 'กิจการประปา'],
  'central-fund': ['งบกลาง'],
};

/** The 12 แผนงาน of the chart of accounts, with their ด้าน and งาน. */
export const PROGRAMS: readonly Program[] = CHART_PROGRAMS.map((p, i) => ({
  number: String(i + 1).padStart(2, '0'),
  side: SIDES.find((s) => s.key === p.parent)!.th,
  name: p.th,
  tasks: TASKS[p.key]!,
}));

/** The แผนงาน with this name. */
export function program(name: string): Program {
  const found = PROGRAMS.find((p) => p.name === name);
  if (!found) throw new RangeError(`Unknown แผนงาน: ${name}`);
  return found;
}

/** Chart order of a (program, task) pair, for sorting summaries. */
export function chartOrder(programName: string, task: string): number {
  const index = PROGRAMS.findIndex((p) => p.name === programName);
  const p = PROGRAMS[index];
  return index * 100 + (p ? Math.max(0, p.tasks.indexOf(task)) : 99);
}

/** งบ in ordinance order, each with its หมวด. */
export const BUDGET_GROUPS = [
  { name: 'งบบุคลากร', categories: ['เงินเดือนฝ่ายการเมือง', 'เงินเดือนฝ่ายประจำ'] },
  { name: 'งบดำเนินงาน', categories: ['ค่าตอบแทน', 'ค่าใช้สอย', 'ค่าวัสดุ', 'ค่าสาธารณูปโภค'] },
  { name: 'งบลงทุน', categories: ['ค่าครุภัณฑ์', 'ค่าที่ดินและสิ่งก่อสร้าง'] },
  { name: 'งบเงินอุดหนุน', categories: ['เงินอุดหนุน'] },
  { name: 'งบรายจ่ายอื่น', categories: ['รายจ่ายอื่น'] },
  { name: 'งบกลาง', categories: ['งบกลาง'] },
] as const;

/** Ordinance order of a งบ. */
export function groupOrder(group: string): number {
  const i = BUDGET_GROUPS.findIndex((g) => g.name === group);
  return i < 0 ? 99 : i;
}

/** Which แผนงาน a strategy (ยุทธศาสตร์) of a local plan funds. */
export const STRATEGIES: readonly { name: string; programs: readonly string[] }[] = [
  { name: 'ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน', programs: ['อุตสาหกรรมและการโยธา', 'เคหะและชุมชน'] },
  { name: 'ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม', programs: ['การศึกษา', 'สาธารณสุข', 'สังคมสงเคราะห์', 'สร้างความเข้มแข็งของชุมชน', 'การศาสนา วัฒนธรรม และนันทนาการ'] },
  { name: 'ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจและการเกษตร', programs: ['การเกษตร', 'การพาณิชย์'] },
  { name: 'ยุทธศาสตร์การพัฒนาด้านทรัพยากรธรรมชาติและสิ่งแวดล้อม', programs: ['การเกษตร', 'เคหะและชุมชน'] },
  { name: 'ยุทธศาสตร์การพัฒนาด้านการบริหารจัดการบ้านเมืองที่ดี', programs: ['บริหารงานทั่วไป', 'การรักษาความสงบภายใน'] },
];

/** The strategy that usually carries projects of this แผนงาน. */
export function strategyOf(programName: string): string {
  return (STRATEGIES.find((s) => s.programs.includes(programName)) ?? STRATEGIES[0]!).name;
}

/** The unit (กอง) responsible for a แผนงาน. */
export function responsibleUnit(programName: string): string {
  switch (programName) {
    case 'อุตสาหกรรมและการโยธา':
    case 'เคหะและชุมชน':
    case 'การพาณิชย์':
      return 'กองช่าง';
    case 'การศึกษา':
    case 'การศาสนา วัฒนธรรม และนันทนาการ':
      return 'กองการศึกษา';
    case 'สาธารณสุข':
      return 'กองสาธารณสุขและสิ่งแวดล้อม';
    case 'สังคมสงเคราะห์':
    case 'สร้างความเข้มแข็งของชุมชน':
      return 'กองสวัสดิการสังคม';
    case 'การเกษตร':
      return 'กองส่งเสริมการเกษตร';
    default:
      return 'สำนักปลัด';
  }
}
