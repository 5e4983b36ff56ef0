// The downloadable tables: one zod schema per kind of record, flat (one value per cell), with the
// meaning of every column (field.ts), and the function that turns an LAO's data into its rows.
// CSV, XLSX, JSON, datapackage.json and the data dictionary are all made from these definitions.
import { z } from 'astro/zod';
import { sumBaht } from '../parse/amount.ts';
import { flagDefinition, flagSentence } from '../flags/catalogue.ts';
import { packBidders } from '../procurement/packed-cells.ts';
import type { LaoData } from '../schema/site.ts';
import { baht, count, decimal, fiscalYear, isoDate, requiredText, score, text } from './field.ts';

const LAO = {
  lao_id: requiredText({ th: 'รหัส อปท. ในเว็บไซต์', en: 'LAO id', about: { th: 'รหัส อปท. 7 หลักของกรมส่งเสริมการปกครองท้องถิ่น หรือ n- ตามด้วยรหัสที่คำนวณจากชื่อและจังหวัด เมื่อข้อมูลไม่ระบุรหัส', en: 'The 7-digit DLA code of the LAO, or n- and a digest of its name and province when no input gives the code' }, columnType: 'administrative-classification:generic:code' }),
  lao_name: requiredText({ th: 'ชื่อ อปท.', en: 'LAO name', about: { th: 'ชื่อเต็มของ อปท. (ขยายคำย่อ เช่น อบต. เป็น องค์การบริหารส่วนตำบล)', en: 'Full name of the LAO, abbreviations written out' }, columnType: 'administrative-classification:generic:label' }),
  province: requiredText({ th: 'จังหวัด', en: 'Province', about: { th: 'จังหวัดที่ อปท. ตั้งอยู่', en: 'Province of the LAO' } }),
};
const SOURCE = {
  source_file: requiredText({ th: 'ไฟล์ต้นทาง', en: 'Source file', about: { th: 'ไฟล์ข้อมูลที่นำเข้า ซึ่งแถวนี้มาจาก', en: 'The input file this row comes from' } }),
  source_row: count({ th: 'แถวในไฟล์ต้นทาง', en: 'Source row', about: { th: 'บรรทัดของแถวนี้ในไฟล์ต้นทาง (นับหัวตารางเป็นบรรทัดที่ 1)', en: 'Line of this row in the input file (the header is line 1)' } }),
};
const FISCAL_YEAR = fiscalYear({ th: 'ปีงบประมาณ', en: 'Fiscal year', about: { th: 'ปีงบประมาณ พ.ศ. (1 ต.ค. ถึง 30 ก.ย. ปีนั้น)', en: 'Fiscal year in the Buddhist Era, 1 October to 30 September of that year' }, columnType: 'date:fiscal-year' });
const PHASE = requiredText({ th: 'ขั้นของงบประมาณ', en: 'Budget phase', about: { th: 'proposed = ขอตั้ง, approved = ตามข้อบัญญัติ/เทศบัญญัติ, revised = หลังโอน/แก้ไข, spent = ใช้จ่ายหรือรับจริง', en: 'proposed, approved (the budget ordinance), revised (after transfers) or spent (actually spent or received)' }, columnType: 'phase:id' });
const LINK_METHOD = (what: { th: string; en: string }) => text({ th: `วิธีเชื่อมกับ${what.th}`, en: `How linked to the ${what.en}`, about: { th: 'explicit = ข้อมูลระบุรหัสไว้, inferred = เชื่อมจากความคล้ายของข้อความ', en: 'explicit: the input names the id; inferred: matched by the similarity of the Thai text' } });
const LINK_CONFIDENCE = (what: { th: string; en: string }) => score({ th: `ความมั่นใจในการเชื่อมกับ${what.th}`, en: `Confidence of the link to the ${what.en}`, about: { th: '1 เมื่อข้อมูลระบุรหัส หรือคะแนนความคล้าย 0–1 เมื่อเชื่อมจากข้อความ', en: '1 for explicit links, the similarity score 0–1 for inferred ones' } });
const PLAN = { th: 'โครงการตามแผน', en: 'plan project' };
const BUDGET_LINE = { th: 'รายการงบประมาณ', en: 'budget line' };

export const PlanProjectRowSchema = z.object({
  plan_project_id: requiredText({ th: 'รหัสโครงการตามแผน', en: 'Plan project id', about: { th: 'รหัสโครงการในเว็บไซต์: รหัส อปท.:รหัสโครงการตามข้อมูล หรือรหัสที่คำนวณจากเนื้อหา', en: 'Site id of the plan project: LAO id and the input project id, or a digest' } }),
  project_number: text({ th: 'รหัสโครงการตามข้อมูล', en: 'Project number', about: { th: 'รหัสหรือลำดับโครงการตามที่ไฟล์ข้อมูลเขียนไว้ ซึ่งรายการงบประมาณและการจัดซื้อจัดจ้างใช้อ้างถึง', en: 'The project id or number as the input writes it, which budget lines and procurement refer to' }, source: 'รหัสโครงการ' }),
  ...LAO,
  plan_period: text({ th: 'ช่วงแผน', en: 'Plan period', about: { th: 'ช่วงปีของแผนพัฒนาท้องถิ่น (พ.ศ.)', en: 'Years of the local development plan (BE)' }, source: 'ช่วงแผน' }),
  fiscal_year: FISCAL_YEAR,
  strategy: text({ th: 'ยุทธศาสตร์', en: 'Strategy', about: { th: 'ยุทธศาสตร์การพัฒนาที่โครงการอยู่', en: 'Development strategy of the project' }, source: 'ยุทธศาสตร์' }),
  program: text({ th: 'แผนงาน', en: 'Programme', about: { th: 'แผนงานของโครงการ', en: 'Programme of the project' }, source: 'แผนงาน' }),
  name: requiredText({ th: 'ชื่อโครงการ', en: 'Project name', about: { th: 'ชื่อโครงการตามแผน (แบบ ผ.02)', en: 'Project name as in the plan (form ผ.02)' }, source: 'โครงการ' }),
  objective: text({ th: 'วัตถุประสงค์', en: 'Objective', about: { th: 'วัตถุประสงค์ของโครงการ', en: 'Objective of the project' }, source: 'วัตถุประสงค์' }),
  target: text({ th: 'เป้าหมาย', en: 'Target', about: { th: 'เป้าหมาย (ผลผลิตของโครงการ)', en: 'Target (output of the project)' }, source: 'เป้าหมาย' }),
  location: text({ th: 'สถานที่', en: 'Location', about: { th: 'หมู่บ้านหรือสถานที่ของโครงการ', en: 'Village or place of the project' }, source: 'สถานที่' }),
  planned_amount: baht({ th: 'งบประมาณตามแผน', en: 'Planned amount', about: { th: 'วงเงินที่แผนกำหนดไว้สำหรับปีงบประมาณนี้ (บาท)', en: 'Amount the plan sets for this fiscal year (baht)' }, source: 'งบประมาณ <ปี>', columnType: 'value' }),
  budgeted_amount: baht({ th: 'งบประมาณที่ตั้งไว้จริง', en: 'Budgeted amount', about: { th: 'วงเงินที่ตั้งไว้ในข้อบัญญัติสำหรับปีนี้ เมื่อข้อมูลระบุ (บาท)', en: 'Amount actually budgeted for this year, where the input says (baht)' } }),
  kpi: text({ th: 'ตัวชี้วัด', en: 'KPI', about: { th: 'ตัวชี้วัดของโครงการ', en: 'Key performance indicator of the project' }, source: 'ตัวชี้วัด (KPI)' }),
  expected_result: text({ th: 'ผลที่คาดว่าจะได้รับ', en: 'Expected result', about: { th: 'ผลที่คาดว่าจะได้รับจากโครงการ', en: 'Result the project expects' }, source: 'ผลที่คาดว่าจะได้รับ' }),
  responsible_unit: text({ th: 'หน่วยงานรับผิดชอบ', en: 'Responsible unit', about: { th: 'หน่วยงานรับผิดชอบหลัก', en: 'Main responsible unit' }, source: 'หน่วยงานรับผิดชอบหลัก' }),
  ...SOURCE,
});

export const PlanIndicatorRowSchema = z.object({
  indicator_id: requiredText({ th: 'รหัสตัวชี้วัด', en: 'Indicator id', about: { th: 'รหัสตัวชี้วัดในเว็บไซต์', en: 'Site id of the indicator' } }),
  ...LAO,
  plan_period: text({ th: 'ช่วงแผน', en: 'Plan period', about: { th: 'ช่วงปีของแผนพัฒนาท้องถิ่น (พ.ศ.)', en: 'Years of the local development plan (BE)' } }),
  fiscal_year: FISCAL_YEAR,
  strategy: text({ th: 'ยุทธศาสตร์', en: 'Strategy', about: { th: 'ยุทธศาสตร์ที่ตัวชี้วัดวัดผล', en: 'Strategy the indicator measures' } }),
  indicator: requiredText({ th: 'ตัวชี้วัด', en: 'Indicator', about: { th: 'ชื่อตัวชี้วัด', en: 'Name of the indicator' } }),
  unit: text({ th: 'หน่วยนับ', en: 'Unit', about: { th: 'หน่วยของค่าเป้าหมายและผล', en: 'Unit of the target and the result' } }),
  target: decimal({ th: 'ค่าเป้าหมาย', en: 'Target', about: { th: 'ค่าเป้าหมายของปีนี้', en: 'Target for this year' } }),
  result: decimal({ th: 'ผลที่ได้', en: 'Result', about: { th: 'ผลที่วัดได้ของปีนี้ เมื่อรายงานแล้ว', en: 'Result measured for this year, once reported' } }),
  ...SOURCE,
});

export const BudgetLineRowSchema = z.object({
  budget_line_id: requiredText({ th: 'รหัสรายการงบประมาณ', en: 'Budget line id', about: { th: 'รหัสรายการในเว็บไซต์: รหัส อปท.:ปี:รหัสรายการตามข้อมูล หรือรหัสที่คำนวณจากเนื้อหา', en: 'Site id of the line: LAO id, year and the input line id, or a digest' } }),
  line_id: text({ th: 'รหัสรายการตามข้อมูล', en: 'Line id', about: { th: 'รหัสรายการตามที่ไฟล์งบประมาณเขียนไว้ (เหมือนกันทุกขั้นของรายการเดียวกัน)', en: 'The line id as the budget file writes it (the same in every phase of one line)' }, source: 'รหัสรายการ' }),
  ...LAO,
  fiscal_year: FISCAL_YEAR,
  phase: PHASE,
  side: text({ th: 'ด้าน', en: 'Sector (ด้าน)', about: { th: 'ด้านตามโครงสร้างงบประมาณ เช่น ด้านบริการชุมชนและสังคม', en: 'Sector of the budget structure, e.g. community and social services' }, source: 'ด้าน', columnType: 'functional-classification:generic:level1:label' }),
  program: text({ th: 'แผนงาน', en: 'Programme', about: { th: 'แผนงานตามโครงสร้างงบประมาณ', en: 'Programme of the budget structure' }, source: 'แผนงาน', columnType: 'functional-classification:generic:level2:label' }),
  task: text({ th: 'งาน', en: 'Task', about: { th: 'งานภายใต้แผนงาน', en: 'Task under the programme' }, source: 'งาน', columnType: 'functional-classification:generic:level3:label' }),
  budget_group: text({ th: 'งบ', en: 'Budget group (งบ)', about: { th: 'งบ เช่น งบบุคลากร งบดำเนินงาน งบลงทุน', en: 'Budget group, e.g. personnel, operations, investment' }, source: 'งบ', columnType: 'economic-classification:generic:level1:label' }),
  category: text({ th: 'หมวด', en: 'Category (หมวด)', about: { th: 'หมวดรายจ่าย', en: 'Expense category' }, source: 'หมวด', columnType: 'economic-classification:generic:level2:label' }),
  expense_type: text({ th: 'ประเภท', en: 'Type (ประเภท)', about: { th: 'ประเภทรายจ่าย', en: 'Expense type' }, source: 'ประเภท', columnType: 'economic-classification:generic:level3:label' }),
  item: text({ th: 'รายการ', en: 'Item', about: { th: 'รายการ (ชื่อโครงการหรือสิ่งที่จ่าย)', en: 'Item (the project or what is paid for)' }, source: 'รายการ', columnType: 'project:label' }),
  amount: baht({ th: 'จำนวนเงิน', en: 'Amount', about: { th: 'จำนวนเงินของรายการในขั้นนี้ (บาท)', en: 'Amount of the line in this phase (baht)' }, source: 'จำนวนเงิน', columnType: 'value' }),
  plan_project_id: text({ th: 'รหัสโครงการตามแผน', en: 'Plan project id', about: { th: 'โครงการตามแผนที่รายการนี้เชื่อมถึง', en: 'The plan project this line is linked to' } }),
  plan_link: LINK_METHOD(PLAN),
  plan_link_confidence: LINK_CONFIDENCE(PLAN),
  ...SOURCE,
});

export const RevenueLineRowSchema = z.object({
  revenue_line_id: requiredText({ th: 'รหัสรายการรายรับ', en: 'Revenue line id', about: { th: 'รหัสรายการรายรับในเว็บไซต์', en: 'Site id of the revenue line' } }),
  ...LAO,
  fiscal_year: FISCAL_YEAR,
  phase: PHASE,
  revenue_type: text({ th: 'ประเภทรายรับ', en: 'Revenue type', about: { th: 'ประเภทรายรับตามที่เผยแพร่ เช่น รายได้จัดเก็บเอง ภาษีจัดสรร เงินอุดหนุน', en: 'Revenue type as published: own revenue, shared taxes, grants' }, source: 'ประเภทรายรับ', columnType: 'economic-classification:generic:level1:label' }),
  revenue_type_key: text({ th: 'กลุ่มรายรับ', en: 'Revenue group', about: { th: 'own-source = จัดเก็บเอง, shared-tax = ภาษีจัดสรร, grant = เงินอุดหนุน', en: 'own-source, shared-tax or grant' } }),
  category: text({ th: 'หมวด', en: 'Category', about: { th: 'หมวดรายรับ', en: 'Revenue category' }, source: 'หมวด', columnType: 'economic-classification:generic:level2:label' }),
  item: text({ th: 'รายการ', en: 'Item', about: { th: 'รายการรายรับ', en: 'Revenue item' }, source: 'รายการ' }),
  amount: baht({ th: 'จำนวนเงิน', en: 'Amount', about: { th: 'จำนวนเงินในขั้นนี้ (บาท)', en: 'Amount in this phase (baht)' }, source: 'จำนวนเงิน', columnType: 'value' }),
  ...SOURCE,
});

export const ProcurementRowSchema = z.object({
  procurement_id: requiredText({ th: 'รหัสโครงการจัดซื้อจัดจ้าง', en: 'Procurement id', about: { th: 'เลขที่โครงการ e-GP เมื่อมี หรือรหัส อปท.: ตามด้วยรหัสที่คำนวณจากเนื้อหา', en: 'The e-GP project number when known, otherwise the LAO id and a digest' } }),
  egp_project_id: text({ th: 'เลขที่โครงการ e-GP', en: 'e-GP project number', about: { th: 'เลขที่โครงการตามระบบ e-GP ของกรมบัญชีกลาง', en: 'Project number in the Comptroller General\'s e-GP system' }, source: 'เลขที่โครงการ' }),
  ...LAO,
  fiscal_year: FISCAL_YEAR,
  name: requiredText({ th: 'ชื่อโครงการ', en: 'Project name', about: { th: 'ชื่อโครงการจัดซื้อจัดจ้าง', en: 'Name of the procurement project' }, source: 'ชื่อโครงการ' }),
  method: text({ th: 'วิธีจัดซื้อจัดจ้าง', en: 'Method', about: { th: 'วิธีตาม พ.ร.บ.จัดซื้อจัดจ้างฯ 2560: specific = เฉพาะเจาะจง, e-bidding, e-market, selection = คัดเลือก ฯลฯ', en: 'Method under the Procurement Act 2017: specific, e-bidding, e-market, selection, …' } }),
  method_text: text({ th: 'วิธีจัดซื้อจัดจ้างตามที่เผยแพร่', en: 'Method as published', about: { th: 'ชื่อวิธีตามที่ข้อมูลเขียนไว้ (ในไฟล์ e-GP อยู่ในคอลัมน์ กลุ่มวิธีจัดซื้อฯ ซึ่งสลับกับ วิธีจัดซื้อฯ)', en: 'The method as the input writes it (in e-GP files, in the column named กลุ่มวิธีจัดซื้อฯ: the two method columns are swapped)' }, source: 'กลุ่มวิธีจัดซื้อฯ' }),
  announced_date: isoDate({ th: 'วันที่ประกาศ', en: 'Announced', about: { th: 'วันที่ประกาศ (ค.ศ. ISO 8601)', en: 'Date announced (ISO 8601, Common Era)' }, source: 'วันที่ประกาศ' }),
  budget: baht({ th: 'วงเงินงบประมาณ', en: 'Budget', about: { th: 'วงเงินงบประมาณของโครงการ (ระดับโครงการ ห้ามรวมต่อสัญญา)', en: 'Budget of the project (project level: never sum it per contract)' }, source: 'วงเงินงบประมาณ' }),
  reference_price: baht({ th: 'ราคากลาง', en: 'Reference price', about: { th: 'ราคากลางของโครงการ', en: 'Reference price of the project' }, source: 'ราคากลาง' }),
  agreed_price: baht({ th: 'ราคาที่ตกลงซื้อหรือจ้าง', en: 'Agreed price', about: { th: 'ราคาที่ตกลงซื้อหรือจ้าง (ระดับโครงการ)', en: 'Agreed price (project level)' }, source: 'ราคาที่ตกลงซื้อหรือจ้าง' }),
  status: text({ th: 'สถานะ', en: 'Status', about: { th: 'สถานะโครงการตามที่เผยแพร่', en: 'Project status as published' }, source: 'สถานะโครงการ' }),
  bidder_count: count({ th: 'จำนวนผู้เสนอราคา', en: 'Bidders', about: { th: 'จำนวนผู้เสนอราคาที่ข้อมูลระบุ (0 เมื่อไม่มีข้อมูลผู้เสนอราคา)', en: 'Number of bidders the input names (0 when it names none)' } }),
  bidders: text({ th: 'ผู้เสนอราคา', en: 'Bidder list', about: { th: 'ผู้เสนอราคาและราคาที่เสนอ คั่นด้วย ; เช่น ร้าน ก / 98500 บาท; หจก. ข / 99000 บาท', en: 'Bidders and their prices, separated by ;, e.g. ร้าน ก / 98500 บาท; หจก. ข / 99000 บาท' }, source: 'รายชื่อผู้เสนอราคาและราคาที่เสนอ' }),
  district: text({ th: 'อำเภอ', en: 'District', about: { th: 'อำเภอที่ตั้งโครงการ', en: 'District of the project' }, source: 'อำเภอ' }),
  subdistrict: text({ th: 'ตำบล', en: 'Subdistrict', about: { th: 'ตำบลที่ตั้งโครงการ', en: 'Subdistrict of the project' }, source: 'ตำบล' }),
  contracts: count({ th: 'จำนวนสัญญา', en: 'Contracts', about: { th: 'จำนวนสัญญาของโครงการ', en: 'Number of contracts of the project' } }),
  contract_value: baht({ th: 'มูลค่าสัญญารวม', en: 'Contract value', about: { th: 'ผลรวมมูลค่าสัญญาที่ทราบของโครงการ (บาท)', en: 'Sum of the known contract values of the project (baht)' }, columnType: 'value' }),
  budget_line_id: text({ th: 'รหัสรายการงบประมาณ', en: 'Budget line id', about: { th: 'รายการงบประมาณที่โครงการนี้เชื่อมถึง', en: 'The budget line this project is linked to' } }),
  budget_line_link: LINK_METHOD(BUDGET_LINE),
  budget_line_link_confidence: LINK_CONFIDENCE(BUDGET_LINE),
  plan_project_id: text({ th: 'รหัสโครงการตามแผน', en: 'Plan project id', about: { th: 'โครงการตามแผนที่โครงการนี้เชื่อมถึง', en: 'The plan project this project is linked to' } }),
  plan_link: LINK_METHOD(PLAN),
  plan_link_confidence: LINK_CONFIDENCE(PLAN),
  ...SOURCE,
});

export const ContractRowSchema = z.object({
  procurement_id: requiredText({ th: 'รหัสโครงการจัดซื้อจัดจ้าง', en: 'Procurement id', about: { th: 'โครงการที่สัญญานี้อยู่ (ตาราง procurement_projects)', en: 'The project this contract belongs to (table procurement_projects)' } }),
  ...LAO,
  fiscal_year: FISCAL_YEAR,
  contract_number: text({ th: 'เลขที่สัญญา', en: 'Contract number', about: { th: 'เลขที่สัญญาหรือใบสั่งซื้อ/จ้าง', en: 'Number of the contract or purchase order' }, source: 'เลขที่สัญญา' }),
  vendor_id: text({ th: 'รหัสผู้ขาย', en: 'Vendor id', about: { th: 'เลขประจำตัวผู้เสียภาษีเมื่อถูกต้อง หรือ n- ตามด้วยรหัสที่คำนวณจากชื่อ', en: 'The tax id when valid, otherwise n- and a digest of the name' } }),
  vendor_name: text({ th: 'ชื่อผู้ขาย/ผู้รับจ้าง', en: 'Vendor name', about: { th: 'ชื่อผู้ชนะตามที่เผยแพร่', en: 'Winner name as published' }, source: 'ชื่อผู้ขาย/ผู้รับจ้าง' }),
  tax_id: text({ th: 'เลขประจำตัวผู้เสียภาษี', en: 'Tax id', about: { th: 'เลขประจำตัวผู้เสียภาษี 13 หลัก เมื่อเลขตรวจสอบถูกต้อง', en: '13-digit tax id, when its check digit is right' }, source: 'เลขประจำตัวผู้เสียภาษี' }),
  tax_id_published: text({ th: 'เลขผู้เสียภาษีตามที่เผยแพร่', en: 'Tax id as published', about: { th: 'เลขประจำตัวผู้เสียภาษีตามที่ข้อมูลเขียนไว้ รวมทั้งเลขที่ผิด', en: 'The tax id as the input writes it, wrong ones included' }, source: 'เลขประจำตัวผู้เสียภาษี' }),
  tax_id_status: requiredText({ th: 'สถานะเลขผู้เสียภาษี', en: 'Tax id status', about: { th: 'valid = ถูกต้อง, missing = ไม่มี, bad-length = จำนวนหลักผิด, bad-check-digit = เลขตรวจสอบผิด, excel-damaged = ถูก Excel แปลงเป็นตัวเลข', en: 'valid, missing, bad-length, bad-check-digit, or excel-damaged (turned into a number by Excel)' } }),
  signed_date: isoDate({ th: 'วันที่ลงนาม', en: 'Signed', about: { th: 'วันที่ลงนามในสัญญา', en: 'Date the contract was signed' }, source: 'วันที่ลงนามในสัญญา' }),
  end_date: isoDate({ th: 'วันสิ้นสุดสัญญา', en: 'Ends', about: { th: 'วันสิ้นสุดสัญญา', en: 'End date of the contract' }, source: 'วันสิ้นสุดสัญญา' }),
  value: baht({ th: 'มูลค่าสัญญา', en: 'Contract value', about: { th: 'มูลค่าสัญญา: จำนวนเงินเดียวที่รวมต่อผู้ขายได้ (บาท)', en: 'Contract value: the only procurement amount that may be summed per vendor (baht)' }, source: 'จำนวนเงินตามสัญญา', columnType: 'value' }),
  value_source: text({ th: 'ที่มาของมูลค่าสัญญา', en: 'Value source', about: { th: 'contract = จากคอลัมน์มูลค่าสัญญา, agreed-price = ใช้ราคาที่ตกลงของโครงการที่มีสัญญาเดียว', en: 'contract: the contract value column; agreed-price: the agreed price of a project with this one contract' } }),
  status: text({ th: 'สถานะสัญญา', en: 'Status', about: { th: 'สถานะสัญญาตามที่เผยแพร่', en: 'Contract status as published' }, source: 'สถานะสัญญา' }),
  ...SOURCE,
});

export const VendorRowSchema = z.object({
  vendor_id: requiredText({ th: 'รหัสผู้ขาย', en: 'Vendor id', about: { th: 'เลขประจำตัวผู้เสียภาษีเมื่อถูกต้อง หรือ n- ตามด้วยรหัสที่คำนวณจากชื่อ', en: 'The tax id when valid, otherwise n- and a digest of the name' } }),
  tax_id: text({ th: 'เลขประจำตัวผู้เสียภาษี', en: 'Tax id', about: { th: 'เลขประจำตัวผู้เสียภาษี 13 หลัก', en: '13-digit tax id' } }),
  name: requiredText({ th: 'ชื่อ', en: 'Name', about: { th: 'ชื่อที่พบบ่อยที่สุดในข้อมูลชุดนี้', en: 'The name seen most often in these rows' } }),
  other_names: text({ th: 'ชื่ออื่น', en: 'Other names', about: { th: 'ชื่ออื่นที่พบ คั่นด้วย |', en: 'Other spellings seen, separated by |' } }),
  contracts: count({ th: 'จำนวนสัญญา', en: 'Contracts', about: { th: 'จำนวนสัญญาในข้อมูลชุดนี้', en: 'Contracts in these rows' } }),
  contract_value: baht({ th: 'มูลค่าสัญญารวม', en: 'Contract value', about: { th: 'ผลรวมมูลค่าสัญญาที่ทราบ (บาท)', en: 'Sum of the known contract values (baht)' }, columnType: 'value' }),
  contracts_without_value: count({ th: 'สัญญาที่ไม่ทราบมูลค่า', en: 'Contracts without value', about: { th: 'จำนวนสัญญาที่ไม่ทราบมูลค่า (ไม่อยู่ในผลรวม)', en: 'Contracts whose value is not known (not in the sum)' } }),
  laos: count({ th: 'จำนวน อปท.', en: 'LAOs', about: { th: 'จำนวน อปท. ที่ทำสัญญาด้วย', en: 'Number of LAOs it has contracts with' } }),
});

export const FlagRowSchema = z.object({
  flag_id: requiredText({ th: 'รหัสสัญญาณ', en: 'Flag id', about: { th: 'รหัสของสัญญาณนี้: ชนิดสัญญาณและสิ่งที่สัญญาณพูดถึง', en: 'Id of this flag: its code and what it is about' } }),
  code: requiredText({ th: 'ชนิดสัญญาณ', en: 'Flag code', about: { th: 'รหัสคงที่ของชนิดสัญญาณ อธิบายไว้ในหน้าวิธีคิดสัญญาณเตือน (/flags/methodology/)', en: 'Stable code of the kind of flag, explained on the methodology page (/flags/methodology/)' } }),
  indicator: count({ th: 'ตัวชี้วัดที่', en: 'Indicator', about: { th: 'ลำดับตัวชี้วัด 1–9 ในหน้าวิธีคิด', en: 'Number (1–9) of the indicator on the methodology page' } }),
  title: requiredText({ th: 'สัญญาณ', en: 'Flag', about: { th: 'ชื่อสัญญาณเป็นภาษาไทย', en: 'Name of the flag in Thai' } }),
  subject: requiredText({ th: 'เรื่องที่สัญญาณพูดถึง', en: 'Subject', about: { th: 'procurement = โครงการจัดซื้อจัดจ้าง, lao-year = อปท. ทั้งปี, vendor = ผู้ขายใน อปท. ทั้งปี', en: 'procurement: a procurement project; lao-year: an LAO over a year; vendor: a vendor of an LAO over a year' } }),
  ...LAO,
  fiscal_year: FISCAL_YEAR,
  procurement_ids: text({ th: 'รหัสโครงการจัดซื้อจัดจ้าง', en: 'Procurement ids', about: { th: 'โครงการที่เกี่ยวข้อง คั่นด้วย |', en: 'The procurement projects concerned, separated by |' } }),
  vendor_id: text({ th: 'รหัสผู้ขาย', en: 'Vendor id', about: { th: 'ผู้ขายที่สัญญาณพูดถึง', en: 'The vendor the flag is about' } }),
  description: requiredText({ th: 'คำอธิบาย', en: 'Description', about: { th: 'สิ่งที่ทำให้เกิดสัญญาณ เป็นภาษาไทย พร้อมตัวเลข', en: 'What raised the flag, in Thai, with its figures' } }),
  description_en: requiredText({ th: 'คำอธิบาย (อังกฤษ)', en: 'Description (English)', about: { th: 'สิ่งที่ทำให้เกิดสัญญาณ เป็นภาษาอังกฤษ', en: 'What raised the flag, in English, with its figures' } }),
  trigger_values: requiredText({ th: 'ค่าที่ทำให้เกิดสัญญาณ', en: 'Trigger values', about: { th: 'ค่าที่ใช้ตัดสิน เป็น JSON (จำนวนเงินเป็นบาท ส่วนแบ่งเป็น 0–1)', en: 'The values that raised it, as JSON (amounts in baht, shares 0–1)' } }),
});

export type PlanProjectRow = z.infer<typeof PlanProjectRowSchema>;
export type FlagRow = z.infer<typeof FlagRowSchema>;
export type PlanIndicatorRow = z.infer<typeof PlanIndicatorRowSchema>;
export type BudgetLineRow = z.infer<typeof BudgetLineRowSchema>;
export type RevenueLineRow = z.infer<typeof RevenueLineRowSchema>;
export type ProcurementRow = z.infer<typeof ProcurementRowSchema>;
export type ContractRow = z.infer<typeof ContractRowSchema>;
export type VendorRow = z.infer<typeof VendorRowSchema>;

function laoColumns(data: LaoData): Pick<PlanProjectRow, 'lao_id' | 'lao_name' | 'province'> {
  return { lao_id: data.lao.id, lao_name: data.lao.name, province: data.lao.province };
}

/** The years two year-indexed records name, in order; [null] when they name none (the record still gets a row). */
function yearsOrNone(a: Record<string, number>, b: Record<string, number>): (string | null)[] {
  const years = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return years.length ? years : [null];
}

/** One row per plan project and fiscal year it plans money for (a project with none: one row, no year). */
export function planProjectRows(data: LaoData): PlanProjectRow[] {
  return data.planProjects.flatMap((p) =>
    yearsOrNone(p.plannedByYear, p.budgetedByYear).map((year): PlanProjectRow => ({
      plan_project_id: p.id, project_number: p.sourceId, ...laoColumns(data), plan_period: p.planPeriod, fiscal_year: year === null ? null : Number(year),
      strategy: p.strategy, program: p.program, name: p.name, objective: p.objective, target: p.target, location: p.location,
      planned_amount: year === null ? null : (p.plannedByYear[year] ?? null), budgeted_amount: year === null ? null : (p.budgetedByYear[year] ?? null),
      kpi: p.kpi, expected_result: p.expectedResult, responsible_unit: p.responsibleUnit, source_file: p.source.file, source_row: p.source.row,
    })));
}

/** One row per indicator and year with a target or a result. */
export function planIndicatorRows(data: LaoData): PlanIndicatorRow[] {
  return data.planIndicators.flatMap((i) =>
    yearsOrNone(i.targetByYear, i.resultByYear).map((year): PlanIndicatorRow => ({
      indicator_id: i.id, ...laoColumns(data), plan_period: i.planPeriod, fiscal_year: year === null ? null : Number(year), strategy: i.strategy,
      indicator: i.indicator, unit: i.unit, target: year === null ? null : (i.targetByYear[year] ?? null), result: year === null ? null : (i.resultByYear[year] ?? null),
      source_file: i.source.file, source_row: i.source.row,
    })));
}

export function budgetLineRows(data: LaoData): BudgetLineRow[] {
  return data.expenseLines.map((l) => ({
    budget_line_id: l.id, line_id: l.sourceId, ...laoColumns(data), fiscal_year: l.fiscalYear, phase: l.phase, side: l.side, program: l.program, task: l.task,
    budget_group: l.budgetGroup, category: l.category, expense_type: l.expenseType, item: l.item, amount: l.amount,
    plan_project_id: l.planProject?.id ?? null, plan_link: l.planProject?.method ?? null, plan_link_confidence: l.planProject?.confidence ?? null,
    source_file: l.source.file, source_row: l.source.row,
  }));
}

export function revenueLineRows(data: LaoData): RevenueLineRow[] {
  return data.revenueLines.map((l) => ({
    revenue_line_id: l.id, ...laoColumns(data), fiscal_year: l.fiscalYear, phase: l.phase, revenue_type: l.revenueType, revenue_type_key: l.revenueTypeKey,
    category: l.category, item: l.item, amount: l.amount, source_file: l.source.file, source_row: l.source.row,
  }));
}

export function procurementRows(data: LaoData): ProcurementRow[] {
  return data.procurements.map((p) => ({
    procurement_id: p.id, egp_project_id: p.sourceId, ...laoColumns(data), fiscal_year: p.fiscalYear, name: p.name, method: p.method, method_text: p.methodText,
    announced_date: p.announcedDate, budget: p.budget, reference_price: p.referencePrice, agreed_price: p.agreedPrice, status: p.status,
    bidder_count: p.bidders.length, bidders: p.bidders.length ? packBidders(p.bidders) : null,
    district: p.district, subdistrict: p.subdistrict, contracts: p.contracts.length,
    contract_value: p.contracts.some((c) => c.value !== null) ? sumBaht(p.contracts.map((c) => c.value)) : null,
    budget_line_id: p.budgetLine?.id ?? null, budget_line_link: p.budgetLine?.method ?? null, budget_line_link_confidence: p.budgetLine?.confidence ?? null,
    plan_project_id: p.planProject?.id ?? null, plan_link: p.planProject?.method ?? null, plan_link_confidence: p.planProject?.confidence ?? null,
    source_file: p.source.file, source_row: p.source.row,
  }));
}

export function contractRows(data: LaoData): ContractRow[] {
  return data.procurements.flatMap((p) => p.contracts.map((c) => ({
    procurement_id: p.id, ...laoColumns(data), fiscal_year: p.fiscalYear, contract_number: c.number, vendor_id: c.vendorId, vendor_name: c.vendorName,
    tax_id: c.taxId, tax_id_published: c.taxIdRaw, tax_id_status: c.taxIdStatus, signed_date: c.signedDate, end_date: c.endDate, value: c.value, value_source: c.valueSource, status: c.status,
    source_file: c.source.file, source_row: c.source.row,
  })));
}

/** One row per red flag: a reason to look closer, never a finding. */
export function flagRows(data: LaoData): FlagRow[] {
  return data.flags.map((f) => {
    const definition = flagDefinition(f.code);
    return {
      flag_id: f.id, code: f.code, indicator: definition.indicator, title: definition.title.th, subject: f.subject, ...laoColumns(data),
      fiscal_year: f.fiscalYear, procurement_ids: f.procurementIds.join(' | ') || null, vendor_id: f.vendorId,
      description: flagSentence(f, 'th'), description_en: flagSentence(f, 'en'), trigger_values: JSON.stringify(f.values),
    };
  });
}

/** Vendor totals over a stream of contract rows: the contract value is the only amount summed. */
export class VendorTotals {
  readonly #vendors = new Map<string, { taxId: string | null; names: Map<string, number>; contracts: number; satang: number; withoutValue: number; laos: Set<string> }>();

  add(contract: ContractRow): void {
    if (!contract.vendor_id) return;
    let vendor = this.#vendors.get(contract.vendor_id);
    if (!vendor) {
      vendor = { taxId: null, names: new Map(), contracts: 0, satang: 0, withoutValue: 0, laos: new Set() };
      this.#vendors.set(contract.vendor_id, vendor);
    }
    vendor.taxId ??= contract.tax_id;
    if (contract.vendor_name) vendor.names.set(contract.vendor_name, (vendor.names.get(contract.vendor_name) ?? 0) + 1);
    vendor.contracts++;
    if (contract.value === null) vendor.withoutValue++;
    else vendor.satang += Math.round(contract.value * 100);
    vendor.laos.add(contract.lao_id);
  }

  /** Largest contract value first, then by id. */
  rows(): VendorRow[] {
    return [...this.#vendors].map(([id, v]): VendorRow => {
      const ranked = [...v.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
      return {
        vendor_id: id, tax_id: v.taxId, name: ranked[0] ?? id, other_names: ranked.slice(1).sort().join(' | ') || null,
        contracts: v.contracts, contract_value: v.satang / 100, contracts_without_value: v.withoutValue, laos: v.laos.size,
      };
    }).sort((a, b) => (b.contract_value ?? 0) - (a.contract_value ?? 0) || (a.vendor_id < b.vendor_id ? -1 : 1));
  }
}

/** Vendors of a set of contracts, with their totals within it. */
export function vendorRows(contracts: readonly ContractRow[]): VendorRow[] {
  const totals = new VendorTotals();
  for (const c of contracts) totals.add(c);
  return totals.rows();
}
