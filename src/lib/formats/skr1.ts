import { MONTH_NAMES, parseFiscalYear } from '../parse/dates.ts';
import { normaliseProvince } from '../parse/lao-name.ts';
import { cleanText } from '../parse/text.ts';
import { normaliseVendorName } from '../parse/vendor-name.ts';
import { parseContractCell, parseNamePrice } from '../procurement/packed-cells.ts';
import { readBidders, readMethod } from './procurement.ts';
import type { Adapter } from './adapter.ts';
import type { LaoRef } from './row.ts';

const LAO_IN_TEXT = /((?:องค์การบริหารส่วนจังหวัด|องค์การบริหารส่วนตำบล|เทศบาลนคร|เทศบาลเมือง|เทศบาลตำบล|อบจ\.|อบต\.|ทน\.|ทม\.|ทต\.)\s?[^\s,]+|กรุงเทพมหานคร|เมืองพัทยา)/;

/** The LAO, province and reporting month a สขร.1 form states above its table. */
export function readSkr1Preamble(lines: readonly string[]): { lao: LaoRef | null; fiscalYear: number | null } {
  const text = lines.map(cleanText).join(' ');
  const name = LAO_IN_TEXT.exec(text)?.[1] ?? null;
  const province = /จังหวัด\s?([^\s,]+)/.exec(text.replace(/องค์การบริหารส่วนจังหวัด/g, ''))?.[1] ?? null;
  let fiscalYear: number | null = null;
  const month = new RegExp(`(${MONTH_NAMES.join('|')})\\s*(?:พ\\.ศ\\.\\s*)?([0-9๐-๙]{4})`).exec(text);
  if (month) {
    const year = parseFiscalYear(month[2]!);
    if (year.ok && year.value !== null) fiscalYear = year.value + (MONTH_NAMES.indexOf(month[1]! as (typeof MONTH_NAMES)[number]) >= 9 ? 1 : 0);
  }
  return { lao: name ? { code: null, name, province: province ? normaliseProvince(province) : null } : null, fiscalYear };
}

/** สขร.1: the monthly summary of procurement an LAO must publish. */
export const skr1: Adapter = {
  spec: {
    id: 'skr1',
    label: { th: 'แบบสรุปผลการจัดซื้อจัดจ้าง (สขร.1)', en: 'Monthly procurement summary (form สขร.1)' },
    description: 'The monthly สขร.1 form saved as CSV: lines naming the LAO and month, then the table. Bidders are packed as “name / price บาท” in one cell.',
    preambleLines: 8,
    columns: [
      { key: 'rowNumber', names: ['ลำดับที่', 'ลำดับ'], doc: 'Running number' },
      { key: 'projectName', names: ['งานที่จัดซื้อหรือจัดจ้าง', 'งานที่จัดซื้อจัดจ้าง'], required: true, doc: 'What was bought or hired' },
      { key: 'budget', names: ['วงเงินที่จะซื้อหรือจ้าง', 'วงเงินงบประมาณ'], money: true, doc: 'Budget' },
      { key: 'referencePrice', names: ['ราคากลาง'], money: true, doc: 'Reference price' },
      { key: 'method', names: ['วิธีซื้อหรือจ้าง', 'วิธีจัดซื้อจัดจ้าง'], required: true, doc: 'Method' },
      { key: 'bidders', names: ['รายชื่อผู้เสนอราคาและราคาที่เสนอ'], required: true, doc: 'Bidders and prices, “name / price บาท” per line' },
      { key: 'winner', names: ['ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง'], required: true, doc: 'Winner and agreed price, “name / price บาท”' },
      { key: 'reason', names: ['เหตุผลที่คัดเลือกโดยสรุป'], doc: 'Reason for the choice' },
      { key: 'contract', names: ['เลขที่และวันที่ของสัญญาหรือข้อตกลง'], doc: 'Contract number and date: “เลขที่ 12/2568 ลงวันที่ 13 ส.ค. 68”' },
      { key: 'laoName', names: ['อปท.', 'ชื่อ อปท.'], doc: 'LAO name (optional; else read from the lines above the table)' },
      { key: 'province', names: ['จังหวัด'], doc: 'Province (optional, as above)' },
    ],
  },
  prepare(ctx) {
    const found = readSkr1Preamble(ctx.preamble);
    return found;
  },
  laoOf(row, file) {
    const name = row.text('laoName');
    return name ? { code: null, name, province: row.text('province') ?? file.lao?.province ?? null } : (file.lao ?? { code: null, name: null, province: null });
  },
  map(row, file) {
    const name = row.required('projectName');
    const { methodText, method } = readMethod(row, 'method');
    const budget = row.amount('budget');
    const referencePrice = row.amount('referencePrice');
    const winner = parseNamePrice(row.raw('winner'));
    const contractCell = parseContractCell(row.raw('contract'));
    const fiscalYear = contractCell.date ? row.fiscalYear('none', contractCell.date) : file.fiscalYear;
    if (fiscalYear === null) row.report('InvalidFiscalYear', 'contract');
    if (row.rejected || !name || fiscalYear === null) return [];
    const vendor = winner ? normaliseVendorName(winner.name) : null;
    return [{
      kind: 'procurement',
      format: 'skr1',
      project: {
        sourceId: null, fiscalYear, name, method, methodText, methodGroupText: null, announcedDate: null,
        budget, referencePrice, agreedPrice: winner?.price ?? null, status: null,
        district: null, subdistrict: null, lat: null, lon: null,
        bidders: readBidders(row.raw('bidders')),
        source: { file: row.file, row: row.line },
      },
      contract: winner && vendor ? {
        number: contractCell.number, vendorName: vendor.display, vendorKey: vendor.key || null, legalForm: vendor.legalForm,
        taxId: null, taxIdRaw: null, taxIdStatus: 'missing', signedDate: contractCell.date, endDate: null,
        value: winner.price, valueSource: winner.price !== null ? 'contract' : null, status: null,
        source: { file: row.file, row: row.line },
      } : null,
      budgetLineRef: null,
      planProjectRef: null,
    }];
  },
};
