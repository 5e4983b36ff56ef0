// Purchases added to the sample on purpose, so that the demo site shows the red flags that need
// patterns the random generator seldom makes: a purchase split three ways, a contract above its agreed
// price, a one-bidder e-bidding, monthly fuel from one station, amounts bunched under the ceiling, a
// September rush — and a cancelled purchase over the ceiling, which must raise nothing. They go to
// their own file in the canonical procurement layout, so the generated files stay as they were.
import { taxIdCheckDigit } from '../parse/tax-id.ts';
import type { Table } from './deliberate-problems.ts';

const LAO = { lao_code: '3610101', lao_name: 'เทศบาลนครสะแกกรัง', province: 'อุทัยธานี', fiscal_year: '2568' };

const taxId = (first12: string) => `${first12}${taxIdCheckDigit(first12)}`;
const vendor = (name: string, first12: string | null) => ({ name, taxId: first12 ? taxId(first12) : '' });
const BUILDER = vendor('ห้างหุ้นส่วนจำกัด รุ่งเรืองวัสดุภัณฑ์อุทัย', '061356000121');
const STATION = vendor('ห้างหุ้นส่วนจำกัด ปั๊มทองสะแกกรัง', '061355800342');
const CONTRACTOR = vendor('บริษัท สะแกกรังโยธา จำกัด', '061556000877');
const ROADS = [vendor('ห้างหุ้นส่วนจำกัด ศรีอุทัยก่อสร้าง', '061354000415'), vendor('ห้างหุ้นส่วนจำกัด ทุ่งใหญ่การโยธา', '061355100226'),
  vendor('ห้างหุ้นส่วนจำกัด บ้านไร่คอนกรีต', '061356100638'), vendor('ห้างหุ้นส่วนจำกัด หนองฉางวิศวกรรม', '061357000519')];
const SHOPS = [vendor('ร้านอุทัยพาณิชย์', null), vendor('ร้านสะแกกรังเครื่องเขียน', null), vendor('ร้านเจริญไฟฟ้า', null)];

interface Case {
  id: string; name: string; method: string; budget: number; reference?: number; agreed: number; announced?: string;
  bidders?: string; winner: { name: string; taxId: string }; number: string; signed: string; ends: string; value?: number; status?: string;
}

const MONTHS = ['ตุลาคม 2567', 'พฤศจิกายน 2567', 'ธันวาคม 2567', 'มกราคม 2568', 'กุมภาพันธ์ 2568', 'มีนาคม 2568', 'เมษายน 2568',
  'พฤษภาคม 2568', 'มิถุนายน 2568', 'กรกฎาคม 2568', 'สิงหาคม 2568', 'กันยายน 2568'];
// 3 October 2567 … 3 September 2568, as day/month/BE year.
const monthDay = (i: number) => `03/${String(((i + 9) % 12) + 1).padStart(2, '0')}/${i < 3 ? 2567 : 2568}`;

const CASES: readonly Case[] = [
  // possible-splitting: three like purchases from one builder's merchant within three weeks, 559,500 together.
  ...[[1, 195_000, '02/06/2568'], [2, 188_500, '11/06/2568'], [3, 176_000, '19/06/2568']].map(([n, amount, day]): Case => ({
    id: `6806999910${n}`, name: `ซื้อวัสดุก่อสร้างสำหรับซ่อมแซมถนนในเขตเทศบาล ชุดที่ ${n}`, method: 'เฉพาะเจาะจง', budget: amount as number,
    agreed: amount as number, winner: BUILDER, number: `ฟ${n}/2568`, signed: day as string, ends: day as string,
  })),
  // contract-above-price: contract value above both the agreed price and the budget.
  { id: '68049999201', name: 'จ้างปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก', method: 'คัดเลือก', budget: 350_000, reference: 340_000, agreed: 320_000, announced: '01/04/2568',
    bidders: `${CONTRACTOR.name} / 320000 บาท; ${ROADS[0]!.name} / 331000 บาท; ${ROADS[1]!.name} / 338500 บาท`, winner: CONTRACTOR, number: '41/2568',
    signed: '02/05/2568', ends: '31/07/2568', value: 352_000 },
  // few-bidders (and near-reference-price): one bidder in an e-bidding, at 99.8% of the reference price.
  { id: '68039999301', name: 'จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายเลียบแม่น้ำสะแกกรัง', method: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', budget: 2_400_000,
    reference: 2_380_000, agreed: 2_376_000, announced: '10/03/2568', bidders: `${CONTRACTOR.name} / 2376000 บาท`, winner: CONTRACTOR, number: '35/2568',
    signed: '21/04/2568', ends: '18/08/2568' },
  // repeat-winner: fuel every month from one station (240,000 a year, so no splitting).
  ...MONTHS.map((month, i): Case => ({
    id: `68${String(((i + 9) % 12) + 1).padStart(2, '0')}99994${String(i).padStart(2, '0')}`.slice(0, 11), name: `ซื้อน้ำมันเชื้อเพลิงและหล่อลื่น ประจำเดือน${month}`,
    method: 'เฉพาะเจาะจง', budget: 20_000, agreed: 20_000, winner: STATION, number: `น${i + 1}/2568`, signed: monthDay(i), ends: monthDay(i),
  })),
  // bunching-below-ceiling: four roads priced just under 500,000 baht.
  ...[489_000, 495_500, 498_000, 499_000].map((amount, i): Case => ({
    id: `6807999950${i}`, name: `ก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยสะแกกรัง ${i + 3}`, method: 'เฉพาะเจาะจง', budget: amount, agreed: amount - 500,
    winner: ROADS[i]!, number: `${60 + i}/2568`, signed: `${10 + i}/07/2568`, ends: `${10 + i}/10/2568`,
  })),
  // year-end-rush: office and household supplies bought in the last weeks of September.
  ...Array.from({ length: 9 }, (_, i): Case => ({
    id: `6809999960${i}`, name: ['ซื้อวัสดุสำนักงาน', 'ซื้อวัสดุงานบ้านงานครัว', 'ซื้อวัสดุไฟฟ้าและวิทยุ'][i % 3]! + ` กองคลัง ครั้งที่ ${i + 1}`,
    method: 'เฉพาะเจาะจง', budget: 30_000 + i * 4_000, agreed: 30_000 + i * 4_000, winner: SHOPS[i % 3]!, number: `ก${i + 1}/2568`,
    signed: `${15 + i}/09/2568`, ends: `${20 + i}/09/2568`,
  })),
  // A cancelled purchase over the ceiling: it must raise nothing.
  { id: '68089999701', name: 'ซื้อรถบรรทุกขยะ ขนาด 6 ตัน (ยกเลิก)', method: 'เฉพาะเจาะจง', budget: 2_500_000, agreed: 2_480_000, winner: CONTRACTOR,
    number: '77/2568', signed: '01/08/2568', ends: '30/09/2568', status: 'ยกเลิกโครงการ' },
];

/** The cases as rows of a table with the canonical procurement header. */
export function redFlagCases(header: readonly string[]): Table {
  const rows = CASES.map((c) => {
    const cells: Record<string, string> = {
      ...LAO, project_id: c.id, project_name: c.name, method: c.method, budget: String(c.budget), reference_price: c.reference ? String(c.reference) : '',
      announced_date: c.announced ?? '', bidders: c.bidders ?? '', winner_tax_id: c.winner.taxId, winner_name: c.winner.name,
      agreed_price: String(c.agreed), contract_number: c.number, contract_date: c.signed, contract_end_date: c.ends,
      contract_value: String(c.value ?? c.agreed), status: c.status ?? 'แล้วเสร็จตามสัญญา', budget_line_id: '', plan_project_id: '',
    };
    return header.map((h) => {
      if (!(h in cells)) throw new RangeError(`red-flag cases: no value for column ${h}`);
      return cells[h]!;
    });
  });
  return { header: [...header], rows };
}
