import { partsBE, shortThaiDate, thaiMonthName } from './dates.ts';
import { commaAmount, shortCommaAmount } from './format.ts';
import type { ProcurementProject, SampleLao } from './model.ts';

/** Header of the monthly procurement summary form สขร.1. */
export const SKR1_HEADER = [
  'ลำดับที่', 'งานที่จัดซื้อหรือจัดจ้าง', 'วงเงินที่จะซื้อหรือจ้าง', 'ราคากลาง', 'วิธีซื้อหรือจ้าง',
  'รายชื่อผู้เสนอราคาและราคาที่เสนอ', 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง', 'เหตุผลที่คัดเลือกโดยสรุป',
  'เลขที่และวันที่ของสัญญาหรือข้อตกลง',
] as const;

/** The preamble lines above the header: form name, month, and the LAO. */
export function skr1Preamble(lao: SampleLao, yearBE: number, month: number): string[] {
  return ['แบบ สขร.1', `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ${thaiMonthName(month)} ${yearBE}`, `${lao.name} อำเภอ${lao.district} จังหวัด${lao.province}`];
}

/** Projects with a contract signed in that month, in signing order. */
export function projectsOfMonth(projects: readonly ProcurementProject[], yearBE: number, month: number): ProcurementProject[] {
  return projects
    .filter((p) => {
      const d = partsBE(p.contracts[0]?.signed ?? 0);
      return d.year === yearBE && d.month === month;
    })
    .sort((a, b) => (a.contracts[0]?.signed ?? 0) - (b.contracts[0]?.signed ?? 0));
}

/** One สขร.1 row per project; several bidders or winners go on separate lines inside one cell. */
export function skr1Rows(projects: readonly ProcurementProject[]): string[][] {
  return projects.map((p, i) => [
    String(i + 1),
    p.name,
    commaAmount(p.budget),
    commaAmount(p.referencePrice),
    p.method,
    p.bidders.map((b) => `${b.vendor.name} / ${shortCommaAmount(b.price)} บาท`).join('\n'),
    p.contracts.map((c) => `${c.vendor.name} / ${shortCommaAmount(c.value)} บาท`).join('\n'),
    p.buyOrHire === 'ซื้อ' ? 'เป็นผู้มีอาชีพขายและเสนอราคาต่ำสุด' : 'เป็นผู้มีอาชีพรับจ้างและเสนอราคาต่ำสุด',
    p.contracts.map((c) => `เลขที่ ${c.number} ลงวันที่ ${shortThaiDate(c.signed)}`).join('\n'),
  ]);
}
