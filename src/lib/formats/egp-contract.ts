import { parseMethod } from '../procurement/methods.ts';
import type { Adapter } from './adapter.ts';
import { readContract } from './procurement.ts';

/** The 28 columns of data.go.th's e-GP contract dataset, in file order. */
export const EGP_HEADER = [
  'ลำดับ', 'รหัสโครงการ', 'ชื่อโครงการ', 'ชื่อประเภทโครงการ', 'ชื่อหน่วยงาน', 'ชื่อหน่วยงานย่อย',
  'วิธีจัดซื้อฯ', 'กลุ่มวิธีจัดซื้อฯ', 'วันที่ประกาศ', 'งบประมาณ(บาท)', 'ราคากลาง(บาท)', 'ราคาตกลงซื้อ/จ้าง',
  'ปีงบประมาณ', 'วันที่เกิดรายการ', 'จังหวัด', 'เขต/อำเภอ', 'แขวง/ตำบล', 'สถานะโครงการ',
  'พิกัดของโครงการ', 'ละติจูดโครงการ', 'ลองจิจูดโครงการ', 'เลขนิติบุคคล', 'ชื่อผู้ชนะ', 'เลขที่สัญญา',
  'วันที่ลงนามสัญญา', 'วันที่สิ้นสุดสัญญา', 'งบสัญญา(บาท)', 'สถานะสัญญา',
] as const;

const col = (key: string, name: (typeof EGP_HEADER)[number], doc: string, extra: { required?: boolean; money?: boolean } = {}) => ({
  key, names: [name], doc, ...extra,
});

/**
 * data.go.th e-GP contracts (dataset egp-contact-YYYY): one row per contract. Real quirks handled:
 * the method columns are swapped; some files have a 26-name header (no เขต/อำเภอ, แขวง/ตำบล) over
 * 28-field rows, others 31 names with phantom "(Eng)" columns.
 */
export const egpContract: Adapter = {
  spec: {
    id: 'egp-contract',
    label: { th: 'สัญญาจากระบบ e-GP (data.go.th)', en: 'e-GP contracts (data.go.th)' },
    description: 'The data.go.th e-GP contract export, 28 Thai columns, one row per contract; the buyer is named, not coded.',
    columns: [
      col('rowNumber', 'ลำดับ', 'Running number (ignored)'),
      col('projectId', 'รหัสโครงการ', 'e-GP project id, 11 digits', { required: true }),
      col('projectName', 'ชื่อโครงการ', 'Project name', { required: true }),
      col('projectType', 'ชื่อประเภทโครงการ', 'Project type (ซื้อ / จ้างก่อสร้าง …)'),
      col('laoName', 'ชื่อหน่วยงาน', 'Buyer (the LAO), by name', { required: true }),
      col('subUnit', 'ชื่อหน่วยงานย่อย', 'Sub-unit (กองช่าง …)'),
      col('methodGroup', 'วิธีจัดซื้อฯ', 'In practice the method group (swapped with the next column)', { required: true }),
      col('method', 'กลุ่มวิธีจัดซื้อฯ', 'In practice the actual method', { required: true }),
      col('announcedDate', 'วันที่ประกาศ', 'Announcement date (“-” for เฉพาะเจาะจง)'),
      col('budget', 'งบประมาณ(บาท)', 'Project budget (project level, repeats per contract)', { money: true }),
      col('referencePrice', 'ราคากลาง(บาท)', 'Reference price (project level)', { money: true }),
      col('agreedPrice', 'ราคาตกลงซื้อ/จ้าง', 'Agreed price (project level)', { money: true }),
      col('fiscalYear', 'ปีงบประมาณ', 'Fiscal year, BE'),
      col('transactionDate', 'วันที่เกิดรายการ', 'Transaction date'),
      col('province', 'จังหวัด', 'Province of the buyer', { required: true }),
      col('district', 'เขต/อำเภอ', 'District'),
      col('subdistrict', 'แขวง/ตำบล', 'Subdistrict'),
      col('projectStatus', 'สถานะโครงการ', 'Project status'),
      col('geometry', 'พิกัดของโครงการ', 'WKT geometry (not imported)'),
      col('lat', 'ละติจูดโครงการ', 'Latitude'),
      col('lon', 'ลองจิจูดโครงการ', 'Longitude'),
      col('taxId', 'เลขนิติบุคคล', 'Winner’s 13-digit tax id'),
      col('winner', 'ชื่อผู้ชนะ', 'Winner name'),
      col('contractNumber', 'เลขที่สัญญา', 'Contract number'),
      col('signedDate', 'วันที่ลงนามสัญญา', 'Contract signing date'),
      col('endDate', 'วันที่สิ้นสุดสัญญา', 'Contract end date'),
      col('contractValue', 'งบสัญญา(บาท)', 'Contract value (per contract)', { money: true }),
      col('contractStatus', 'สถานะสัญญา', 'Contract status'),
    ],
    signature: ['เลขนิติบุคคล', 'กลุ่มวิธีจัดซื้อฯ'],
  },
  layoutFor(header, fieldCount) {
    // Rows keep all 28 fields even where the header lost or gained names.
    return fieldCount === EGP_HEADER.length && header.length !== EGP_HEADER.length ? EGP_HEADER : null;
  },
  laoOf(row) {
    return { code: null, name: row.text('laoName'), province: row.text('province') };
  },
  map(row) {
    const first = row.text('method');
    const second = row.text('methodGroup');
    // The columns are swapped in practice; take the method from whichever names one.
    const fromFirst = parseMethod(first);
    const method = fromFirst ?? parseMethod(second);
    const methodText = fromFirst ? first : method ? second : first;
    const methodGroupText = methodText === first ? second : first;
    if (!method && (first || second)) row.report('UnknownMethod', 'method');
    const announcedDate = row.date('announcedDate');
    const contract = readContract(row, {
      taxId: 'taxId', winner: 'winner', number: 'contractNumber', signed: 'signedDate',
      end: 'endDate', value: 'contractValue', status: 'contractStatus',
    });
    const fiscalYear = row.fiscalYear('fiscalYear', contract?.signedDate ?? null, announcedDate);
    const sourceId = row.required('projectId');
    const name = row.required('projectName');
    const budget = row.amount('budget');
    const referencePrice = row.amount('referencePrice');
    const agreedPrice = row.amount('agreedPrice');
    const lat = row.decimal('lat');
    const lon = row.decimal('lon');
    row.date('transactionDate');
    if (row.rejected || fiscalYear === null || !name) return [];
    return [{
      kind: 'procurement',
      format: 'egp-contract',
      project: {
        sourceId, fiscalYear, name, method, methodText, methodGroupText, announcedDate,
        budget, referencePrice, agreedPrice, status: row.text('projectStatus'),
        district: row.text('district'), subdistrict: row.text('subdistrict'),
        lat: lat !== null && Math.abs(lat) <= 90 ? lat : null,
        lon: lon !== null && Math.abs(lon) <= 180 ? lon : null,
        bidders: [],
        source: { file: row.file, row: row.line },
      },
      contract,
      budgetLineRef: null,
      planProjectRef: null,
    }];
  },
};
