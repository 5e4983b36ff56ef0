import { checkTaxId } from '../parse/tax-id.ts';
import { normaliseVendorName } from '../parse/vendor-name.ts';
import { parseMethod } from '../procurement/methods.ts';
import { parseBidders } from '../procurement/packed-cells.ts';
import { LAO_COLUMNS, type Adapter } from './adapter.ts';
import type { RowReader } from './row.ts';
import type { StagedContract } from './staged.ts';
import type { Bidder, ProcurementMethod } from '../schema/procurement.ts';

/** A contract from a winner name, tax id and contract columns; null when the row names no winner and no contract. */
export function readContract(
  row: RowReader,
  keys: { taxId: string; winner: string; number: string; signed: string; end: string; value: string | null; status: string | null },
): StagedContract | null {
  const vendorName = row.text(keys.winner);
  const number = row.text(keys.number);
  const taxIdRaw = row.text(keys.taxId);
  if (!vendorName && !number && !taxIdRaw) return null;
  const tax = checkTaxId(taxIdRaw ?? '');
  if (taxIdRaw && tax.status !== 'valid') row.report('InvalidTaxId', keys.taxId, taxIdRaw, { en: tax.status, th: tax.status });
  const vendor = vendorName ? normaliseVendorName(vendorName) : null;
  const value = keys.value ? row.amount(keys.value) : null;
  return {
    number,
    vendorName: vendor?.display ?? null,
    vendorKey: vendor?.key || null,
    legalForm: vendor?.legalForm ?? null,
    taxId: tax.value,
    taxIdRaw,
    taxIdStatus: tax.status,
    signedDate: row.date(keys.signed),
    endDate: row.date(keys.end),
    value,
    valueSource: value !== null ? 'contract' : null,
    status: keys.status ? row.text(keys.status) : null,
    source: { file: row.file, row: row.line },
  };
}

/** The method column, required, as published and as a key; an unknown method is reported. */
export function readMethod(row: RowReader, key: string): { methodText: string | null; method: ProcurementMethod | null } {
  const methodText = row.required(key);
  const method = parseMethod(methodText);
  if (methodText && !method) row.report('UnknownMethod', key);
  return { methodText, method };
}

/** Bidders packed in one cell, each with the key its vendor is matched by. */
export function readBidders(cell: string): Bidder[] {
  return parseBidders(cell).map((b) => ({ name: b.name, vendorKey: normaliseVendorName(b.name).key, price: b.price }));
}

/** Canonical procurement: one row per contract, with bidders packed in one cell. */
export const procurement: Adapter = {
  spec: {
    id: 'procurement',
    label: { th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' },
    description: 'One row per contract (a project with no contract yet has one row with the contract columns empty). Project-level columns repeat on each contract row.',
    columns: [
      ...LAO_COLUMNS,
      { key: 'fiscalYear', names: ['fiscal_year', 'ปีงบประมาณ'], doc: 'Fiscal year, BE; worked out from the contract or announcement date when blank' },
      { key: 'projectId', names: ['project_id', 'เลขที่โครงการ', 'รหัสโครงการ'], required: true, doc: 'Procurement project id (e-GP เลขที่โครงการ, 11 digits)' },
      { key: 'projectName', names: ['project_name', 'ชื่อโครงการ'], required: true, doc: 'Project name' },
      { key: 'method', names: ['method', 'วิธีจัดซื้อจัดจ้าง', 'วิธีการจัดซื้อจัดจ้าง'], required: true, doc: 'Method: เฉพาะเจาะจง, ประกวดราคาอิเล็กทรอนิกส์ (e-bidding), คัดเลือก, ตลาดอิเล็กทรอนิกส์ (e-market) …' },
      { key: 'budget', names: ['budget', 'วงเงินงบประมาณ', 'งบประมาณ'], money: true, doc: 'Project budget (project level)' },
      { key: 'referencePrice', names: ['reference_price', 'ราคากลาง'], money: true, doc: 'Reference price ราคากลาง (project level)' },
      { key: 'announcedDate', names: ['announced_date', 'วันที่ประกาศ'], doc: 'Announcement date' },
      { key: 'bidders', names: ['bidders', 'ผู้เสนอราคา', 'รายชื่อผู้เสนอราคาและราคาที่เสนอ'], doc: 'Bidders and their prices, packed: “ร้าน ก / 98,500 บาท; หจก. ข / 99,000 บาท”' },
      { key: 'winnerTaxId', names: ['winner_tax_id', 'เลขประจำตัวผู้เสียภาษีผู้ชนะ', 'เลขนิติบุคคล', 'เลขประจำตัวผู้เสียภาษี'], doc: 'Winner’s 13-digit tax id' },
      { key: 'winnerName', names: ['winner_name', 'ชื่อผู้ชนะ', 'ผู้ชนะ'], doc: 'Winner name' },
      { key: 'agreedPrice', names: ['agreed_price', 'ราคาที่ตกลง', 'ราคาตกลงซื้อ/จ้าง'], money: true, doc: 'Agreed price (project level)' },
      { key: 'contractNumber', names: ['contract_number', 'เลขที่สัญญา'], doc: 'Contract number, e.g. 46/2568' },
      { key: 'contractDate', names: ['contract_date', 'วันที่ลงนามสัญญา'], doc: 'Contract signing date' },
      { key: 'contractEndDate', names: ['contract_end_date', 'วันที่สิ้นสุดสัญญา'], doc: 'Contract end date' },
      { key: 'contractValue', names: ['contract_value', 'มูลค่าสัญญา', 'งบสัญญา'], money: true, doc: 'Contract value (per contract: the only amount to sum per vendor)' },
      { key: 'status', names: ['status', 'สถานะ', 'สถานะโครงการ'], doc: 'Project status' },
      { key: 'budgetLineId', names: ['budget_line_id', 'รหัสรายการงบประมาณ'], doc: 'Line id of the budget line that funds it (optional link)' },
      { key: 'planProjectId', names: ['plan_project_id', 'รหัสโครงการตามแผน'], doc: 'Id of the plan project (optional link)' },
    ],
    signature: ['winner_name', 'method'],
  },
  map(row) {
    const announcedDate = row.date('announcedDate');
    const contract = readContract(row, {
      taxId: 'winnerTaxId', winner: 'winnerName', number: 'contractNumber', signed: 'contractDate',
      end: 'contractEndDate', value: 'contractValue', status: null,
    });
    const fiscalYear = row.fiscalYear('fiscalYear', contract?.signedDate ?? null, announcedDate);
    const sourceId = row.required('projectId');
    const name = row.required('projectName');
    const { methodText, method } = readMethod(row, 'method');
    const budget = row.amount('budget');
    const referencePrice = row.amount('referencePrice');
    const agreedPrice = row.amount('agreedPrice');
    if (row.rejected || fiscalYear === null || !name) return [];
    return [{
      kind: 'procurement',
      format: 'procurement',
      project: {
        sourceId, fiscalYear, name, method, methodText, methodGroupText: null, announcedDate,
        budget, referencePrice, agreedPrice, status: row.text('status'),
        district: null, subdistrict: null, lat: null, lon: null,
        bidders: readBidders(row.raw('bidders')),
        source: { file: row.file, row: row.line },
      },
      contract,
      budgetLineRef: row.text('budgetLineId'),
      planProjectRef: row.text('planProjectId'),
    }];
  },
};
