import { shortThaiDate } from './dates.ts';
import { plainAmount } from './format.ts';
import type { ProcurementProject, SampleLao } from './model.ts';

/** The 28 headers of the data.go.th e-GP contract dataset, in order. */
export const EGP_HEADER = [
  'ลำดับ', 'รหัสโครงการ', 'ชื่อโครงการ', 'ชื่อประเภทโครงการ', 'ชื่อหน่วยงาน', 'ชื่อหน่วยงานย่อย', 'วิธีจัดซื้อฯ',
  'กลุ่มวิธีจัดซื้อฯ', 'วันที่ประกาศ', 'งบประมาณ(บาท)', 'ราคากลาง(บาท)', 'ราคาตกลงซื้อ/จ้าง', 'ปีงบประมาณ',
  'วันที่เกิดรายการ', 'จังหวัด', 'เขต/อำเภอ', 'แขวง/ตำบล', 'สถานะโครงการ', 'พิกัดของโครงการ', 'ละติจูดโครงการ',
  'ลองจิจูดโครงการ', 'เลขนิติบุคคล', 'ชื่อผู้ชนะ', 'เลขที่สัญญา', 'วันที่ลงนามสัญญา', 'วันที่สิ้นสุดสัญญา',
  'งบสัญญา(บาท)', 'สถานะสัญญา',
] as const;

/** The 26-name header of one real FY2568 file: no เขต/อำเภอ and แขวง/ตำบล, while rows keep 28 fields. */
export const EGP_HEADER_26: readonly string[] = EGP_HEADER.filter((h) => h !== 'เขต/อำเภอ' && h !== 'แขวง/ตำบล');

/** What e-GP writes in วิธีจัดซื้อฯ: the method group, not the method (the real columns are swapped). */
export const EGP_METHOD_GROUP = 'วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง';

/** 28-field rows for a project's contracts, numbered from `first` (ลำดับ). */
export function egpRows(lao: SampleLao, project: ProcurementProject, first: number): string[][] {
  return project.contracts.map((contract, i) => [
    String(first + i),
    project.projectId,
    project.egpName,
    '',
    lao.name,
    '',
    EGP_METHOD_GROUP,
    project.method,
    project.announced === null ? '-' : shortThaiDate(project.announced),
    plainAmount(project.budget),
    '',
    plainAmount(project.agreedPrice),
    String(project.fiscalYear),
    '',
    lao.province,
    lao.district,
    '',
    '',
    '',
    '',
    '',
    contract.vendor.taxId ?? '',
    contract.vendor.name,
    contract.number,
    shortThaiDate(contract.signed),
    shortThaiDate(contract.ends),
    '',
    contract.status === 'ระหว่างดำเนินการ' ? 'ระหว่างดำเนินการ' : '',
  ]);
}
