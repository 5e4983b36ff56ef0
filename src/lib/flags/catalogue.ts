// What each red flag means, in plain Thai and English: its title, a sentence built from the values
// that raised it, why it is worth a look, what else may explain it, and a worked example. Pages,
// downloads and the methodology page all read from here.
import type { Flag, FlagCode, ThresholdKey } from '../schema/flags.ts';
import { formatBahtShort, formatCount, formatDate } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';

type Text = { th: string; en: string };
type Values = Flag['values'];

export interface FlagDefinition {
  code: FlagCode;
  /** The indicator (1–9) of the red-flag list it belongs to. */
  indicator: number;
  title: Text;
  /** One sentence about one flag, from its values. */
  says(values: Values, lang: Lang): string;
  /** Why it is worth a second look. */
  why: Text;
  /** Innocent explanations to rule out first. */
  otherReasons: Text;
  /** The thresholds it uses (their values, sources and dates are in config/red-flags.json). */
  thresholds: readonly ThresholdKey[];
  /** A worked example, with made-up numbers. */
  example: Text;
}

const num = (v: Values, key: string) => Number(v[key] ?? 0);
const str = (v: Values, key: string) => String(v[key] ?? '');
const baht = (v: Values, key: string, lang: Lang) => formatBahtShort(num(v, key), lang);
const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

export const FLAGS: readonly FlagDefinition[] = [
  {
    code: 'near-reference-price', indicator: 1,
    title: { th: 'ราคาที่ตกลงใกล้ราคากลางมาก', en: 'Agreed price very close to the reference price' },
    says: (v, lang) => {
      const base = str(v, 'baseKind') === 'reference-price' ? { th: 'ราคากลาง', en: 'the reference price' } : { th: 'วงเงินงบประมาณ (ไม่มีราคากลาง)', en: 'the budget (no reference price published)' };
      return lang === 'th'
        ? `ราคาที่ตกลง ${baht(v, 'agreedPrice', lang)} เท่ากับ ${pct(num(v, 'ratio'))} ของ${base.th} ${baht(v, 'base', lang)}`
        : `The agreed price, ${baht(v, 'agreedPrice', lang)}, is ${pct(num(v, 'ratio'))} of ${base.en}, ${baht(v, 'base', lang)}`;
    },
    why: { th: 'เมื่อมีการแข่งขันจริง ราคาที่ชนะมักต่ำกว่าราคากลางพอสมควร ราคาที่แทบเท่าราคากลางอาจหมายถึงการแข่งขันน้อย', en: 'With real competition the winning price is usually well below the reference price; a price almost equal to it may mean little competition' },
    otherReasons: { th: 'ราคาสินค้าที่กำหนดตายตัว (เช่น ราคาจากผู้ผลิตรายเดียว) หรือราคากลางที่คำนวณไว้ต่ำอยู่แล้ว', en: 'Fixed prices (a single maker\'s list price), or a reference price that was already tight' },
    thresholds: ['nearReferenceShare', 'nearReferenceMinimum'],
    example: { th: 'ราคากลาง 1,000,000 บาท ราคาที่ตกลง 995,000 บาท (99.5%) จึงมีสัญญาณนี้ ถ้าตกลงที่ 950,000 บาท (95%) จะไม่มี', en: 'Reference price 1,000,000 baht, agreed at 995,000 (99.5%): flagged. Agreed at 950,000 (95%): not flagged' },
  },
  {
    code: 'few-bidders', indicator: 2,
    title: { th: 'ผู้เสนอราคาน้อยในวิธีที่ต้องแข่งขัน', en: 'Few bidders in a competitive method' },
    says: (v, lang) => lang === 'th'
      ? `มีผู้เสนอราคา ${formatCount(num(v, 'bidders'))} ราย (น้อยกว่า ${formatCount(num(v, 'minimum'))} ราย)`
      : `${formatCount(num(v, 'bidders'))} bidder${num(v, 'bidders') === 1 ? '' : 's'} (fewer than ${formatCount(num(v, 'minimum'))})`,
    why: { th: 'วิธีประกวดราคาและวิธีคัดเลือกมีไว้ให้ผู้ขายแข่งกัน ผู้เสนอราคารายเดียวหรือสองรายแทบไม่มีการแข่งขัน', en: 'The bidding and selection methods exist to make suppliers compete; one or two bidders is hardly a competition' },
    otherReasons: { th: 'งานเฉพาะทางที่มีผู้ขายในพื้นที่น้อย หรือข้อมูลผู้เสนอราคาไม่ครบ', en: 'Specialised work with few local suppliers, or incomplete bidder data' },
    thresholds: ['minimumBidders'],
    example: { th: 'ประกวดราคาอิเล็กทรอนิกส์ที่มีผู้เสนอราคา 1 ราย มีสัญญาณนี้ ถ้ามี 3 รายขึ้นไปจะไม่มี', en: 'An e-bidding with one bidder: flagged. With three or more: not flagged' },
  },
  {
    code: 'specific-over-ceiling', indicator: 3,
    title: { th: 'ใช้วิธีเฉพาะเจาะจงเกินวงเงิน 500,000 บาท', en: 'Specific method above its 500,000-baht ceiling' },
    says: (v, lang) => lang === 'th'
      ? `ซื้อหรือจ้างด้วยวิธีเฉพาะเจาะจง ${baht(v, 'amount', lang)} สูงกว่าเพดาน ${baht(v, 'ceiling', lang)}`
      : `Bought by the specific method for ${baht(v, 'amount', lang)}, above the ${baht(v, 'ceiling', lang)} ceiling`,
    why: { th: 'วิธีเฉพาะเจาะจงไม่ต้องแข่งขัน จึงใช้ด้วยเหตุวงเงินได้เพียงไม่เกิน 500,000 บาท', en: 'The specific method involves no competition, so on the ground of amount it may only be used up to 500,000 baht' },
    otherReasons: { th: 'กฎหมายยอมให้ใช้วิธีเฉพาะเจาะจงเกินวงเงินนี้ในบางกรณี เช่น เร่งด่วน ซื้อจากหน่วยงานรัฐ หรือประกาศเชิญชวนแล้วไม่มีผู้เสนอราคา (มาตรา 56 (2)) ให้ดูเหตุผลที่ระบุในประกาศ', en: 'The Act allows the specific method above this amount on other grounds, such as urgency, buying from a public body, or an open call nobody answered (section 56 (2)); check the reason given' },
    thresholds: ['specificCeiling'],
    example: { th: 'จ้างซ่อมถนน 650,000 บาท ด้วยวิธีเฉพาะเจาะจง มีสัญญาณนี้ ถ้า 480,000 บาท จะไม่มี', en: 'Road repair for 650,000 baht by the specific method: flagged. For 480,000: not flagged' },
  },
  {
    code: 'possible-splitting', indicator: 4,
    title: { th: 'อาจแบ่งซื้อแบ่งจ้าง', en: 'Possible contract splitting' },
    says: (v, lang) => lang === 'th'
      ? `ซื้อของคล้ายกันจากผู้ขายรายเดียว ${formatCount(num(v, 'purchases'))} ครั้ง ภายใน ${formatCount(num(v, 'windowDays'))} วันต่อกัน (${formatDate(str(v, 'from'), lang)} – ${formatDate(str(v, 'to'), lang)}) รวม ${baht(v, 'total', lang)} เกินเพดานวิธีเฉพาะเจาะจง ${baht(v, 'ceiling', lang)}`
      : `${formatCount(num(v, 'purchases'))} similar purchases from one vendor, each within ${formatCount(num(v, 'windowDays'))} days of the next (${formatDate(str(v, 'from'), lang)} – ${formatDate(str(v, 'to'), lang)}), together ${baht(v, 'total', lang)}, above the ${baht(v, 'ceiling', lang)} specific-method ceiling`,
    why: { th: 'การแบ่งซื้อให้แต่ละครั้งต่ำกว่าเพดาน ทำให้เลี่ยงการแข่งขันได้ ระเบียบจึงห้ามแบ่งซื้อแบ่งจ้าง', en: 'Splitting a purchase so that each part stays under the ceiling avoids competition, which is why the regulation forbids it' },
    otherReasons: { th: 'ความต้องการที่เกิดขึ้นจริงทีละครั้ง (เช่น ซ่อมฉุกเฉิน) หรืองานต่างสถานที่ที่ชื่อคล้ายกัน', en: 'Needs that really arose one at a time (emergency repairs), or different sites with similar names' },
    thresholds: ['specificCeiling', 'splittingWindowDays', 'splittingSimilarity'],
    example: { th: 'ซื้อวัสดุก่อสร้างจากร้านเดียว 3 ครั้งในสองสัปดาห์ ครั้งละ 200,000 บาท รวม 600,000 บาท มีสัญญาณนี้', en: 'Building materials from one shop three times in two weeks, 200,000 baht each, 600,000 together: flagged' },
  },
  {
    code: 'bunching-below-ceiling', indicator: 4,
    title: { th: 'วงเงินกระจุกอยู่ใต้เพดานวิธีเฉพาะเจาะจง', en: 'Amounts bunched just under the specific-method ceiling' },
    says: (v, lang) => lang === 'th'
      ? `การซื้อวิธีเฉพาะเจาะจง ${formatCount(num(v, 'inBand'))} รายการ อยู่ระหว่าง ${baht(v, 'bandFrom', lang)} ถึง ${baht(v, 'ceiling', lang)} มากกว่าแถบถัดลงไปซึ่งมี ${formatCount(num(v, 'below'))} รายการ (จากทั้งหมด ${formatCount(num(v, 'sample'))} รายการ)`
      : `${formatCount(num(v, 'inBand'))} specific purchases between ${baht(v, 'bandFrom', lang)} and ${baht(v, 'ceiling', lang)}, against ${formatCount(num(v, 'below'))} in the band below (of ${formatCount(num(v, 'sample'))})`,
    why: { th: 'ถ้าวงเงินถูกตั้งให้ต่ำกว่าเพดานพอดีบ่อย ๆ อาจเป็นการเลี่ยงการแข่งขัน', en: 'Amounts set just under the ceiling again and again may be a way to avoid competition' },
    otherReasons: { th: 'โครงการมาตรฐานที่มีราคาใกล้เคียงกัน (เช่น ถนนขนาดเดียวกันหลายสาย)', en: 'Standard projects of similar price (several roads of the same size)' },
    thresholds: ['specificCeiling', 'bunchingBand', 'bunchingRatio', 'bunchingMinimumSample'],
    example: { th: 'อปท. หนึ่งมีการซื้อวิธีเฉพาะเจาะจง 120 รายการในปี 12 รายการอยู่ระหว่าง 450,000–500,000 บาท แต่มีเพียง 3 รายการที่ 400,000–450,000 บาท จึงมีสัญญาณนี้', en: 'An LAO made 120 specific purchases in a year: 12 between 450,000 and 500,000 baht but only 3 between 400,000 and 450,000: flagged' },
  },
  {
    code: 'vendor-concentration', indicator: 5,
    title: { th: 'ผู้ขายรายเดียวได้สัญญาส่วนใหญ่', en: 'One vendor holds a large share' },
    says: (v, lang) => lang === 'th'
      ? `ผู้ขายรายนี้ได้ ${pct(num(v, 'share'))} ของมูลค่าสัญญาทั้งปี (${baht(v, 'vendorValue', lang)} จาก ${baht(v, 'totalValue', lang)}, ${formatCount(num(v, 'contracts'))} สัญญา)`
      : `This vendor holds ${pct(num(v, 'share'))} of the year's contract value (${baht(v, 'vendorValue', lang)} of ${baht(v, 'totalValue', lang)}, ${formatCount(num(v, 'contracts'))} contracts)`,
    why: { th: 'เมื่อเงินไปอยู่กับผู้ขายรายเดียวมาก การแข่งขันอาจไม่เปิดกว้าง', en: 'When much of the money goes to one vendor, competition may not be open' },
    otherReasons: { th: 'ผู้ขายรายเดียวในพื้นที่ หรือสัญญาใหญ่สัญญาเดียวในปีที่มีการซื้อน้อย เช่น นมโรงเรียน', en: 'The only supplier in the area, or one large contract in a year of few purchases (school milk, for instance)' },
    thresholds: ['concentrationShare', 'concentrationMinimumContracts'],
    example: { th: 'อปท. ทำสัญญารวม 10 ล้านบาทในปี ผู้ขายรายหนึ่งได้ 4 ล้านบาท (40%) จึงมีสัญญาณนี้', en: 'An LAO signed 10 million baht of contracts in a year; one vendor got 4 million (40%): flagged' },
  },
  {
    code: 'repeat-winner', indicator: 5,
    title: { th: 'ผู้ขายรายเดียวชนะซ้ำหลายครั้ง', en: 'One vendor wins again and again' },
    says: (v, lang) => lang === 'th'
      ? `ผู้ขายรายนี้ได้ ${formatCount(num(v, 'wins'))} สัญญาจาก อปท. นี้ในปีเดียว (จากทั้งหมด ${formatCount(num(v, 'contracts'))} สัญญา)`
      : `This vendor won ${formatCount(num(v, 'wins'))} contracts from this LAO in one year (of ${formatCount(num(v, 'contracts'))})`,
    why: { th: 'การชนะซ้ำบ่อยจาก อปท. เดียวอาจหมายถึงความสัมพันธ์ที่ควรตรวจสอบ', en: 'Winning again and again from one LAO may point to a relationship worth checking' },
    otherReasons: { th: 'ของใช้ประจำที่ซื้อทุกเดือนจากร้านใกล้ที่สุด (เช่น น้ำมัน วัสดุสำนักงาน)', en: 'Everyday supplies bought monthly from the nearest shop (fuel, office supplies)' },
    thresholds: ['repeatWins', 'concentrationMinimumContracts'],
    example: { th: 'ร้านหนึ่งได้สัญญาจาก อปท. เดียว 15 สัญญาในปีงบประมาณ จึงมีสัญญาณนี้', en: 'A shop won 15 contracts from one LAO in a fiscal year: flagged' },
  },
  {
    code: 'year-end-rush', indicator: 6,
    title: { th: 'เร่งซื้อปลายปีงบประมาณ', en: 'End-of-year rush' },
    says: (v, lang) => lang === 'th'
      ? `เดือนกันยายนมีการซื้อวิธีเฉพาะเจาะจง ${formatCount(num(v, 'september'))} รายการ เทียบกับเฉลี่ยเดือนอื่น ${num(v, 'monthlyAverage')} รายการต่อเดือน`
      : `${formatCount(num(v, 'september'))} specific purchases in September, against ${num(v, 'monthlyAverage')} a month on average in the other months`,
    why: { th: 'งบที่ไม่ใช้ภายในปีต้องคืน การเร่งซื้อในเดือนสุดท้ายอาจเป็นการใช้เงินให้หมดมากกว่าตามความจำเป็น', en: 'Unspent budget lapses at year end; a rush in the last month may be spending for its own sake' },
    otherReasons: { th: 'งบที่อนุมัติล่าช้า หรืองานตามฤดูกาล', en: 'A budget approved late, or seasonal work' },
    thresholds: ['rushFactor', 'rushMinimumSample', 'rushMinimumSeptember'],
    example: { th: 'ซื้อวิธีเฉพาะเจาะจงเดือนละราว 5 รายการ แต่เดือนกันยายน 20 รายการ จึงมีสัญญาณนี้', en: 'About 5 specific purchases a month, but 20 in September: flagged' },
  },
  {
    code: 'contract-above-price', indicator: 7,
    title: { th: 'มูลค่าสัญญาสูงกว่าราคาที่ตกลงหรือวงเงิน', en: 'Contract value above the agreed price or budget' },
    says: (v, lang) => {
      const parts = [
        v.agreedPrice !== undefined ? (lang === 'th' ? `ราคาที่ตกลง ${baht(v, 'agreedPrice', lang)}` : `agreed price ${baht(v, 'agreedPrice', lang)}`) : null,
        v.budget !== undefined ? (lang === 'th' ? `วงเงินงบประมาณ ${baht(v, 'budget', lang)}` : `budget ${baht(v, 'budget', lang)}`) : null,
      ].filter(Boolean).join(lang === 'th' ? ', ' : '; ');
      return lang === 'th' ? `มูลค่าสัญญารวม ${baht(v, 'contractValue', lang)} (${parts})` : `Contract value ${baht(v, 'contractValue', lang)} (${parts})`;
    },
    why: { th: 'สัญญาไม่ควรมีมูลค่าเกินราคาที่ตกลงหรือเงินที่มี', en: 'A contract should not be worth more than the agreed price or the money available' },
    otherReasons: { th: 'สัญญาแก้ไขเพิ่มงาน หรือกรอกข้อมูลผิด', en: 'An amended contract with added work, or a data-entry mistake' },
    thresholds: [],
    example: { th: 'ราคาที่ตกลง 300,000 บาท แต่สัญญา 330,000 บาท จึงมีสัญญาณนี้', en: 'Agreed at 300,000 baht, contract for 330,000: flagged' },
  },
  {
    code: 'unmatched-procurement', indicator: 8,
    title: { th: 'ไม่พบในงบประมาณหรือแผนพัฒนา', en: 'Not found in the budget or the plan' },
    says: (_v, lang) => lang === 'th'
      ? 'ไม่พบรายการงบประมาณหรือโครงการตามแผนที่ตรงกับการจัดซื้อนี้ แม้เทียบจากความคล้ายของชื่อ'
      : 'No budget line or plan project matches this procurement, not even by name similarity',
    why: { th: 'เงินที่ใช้ควรมาจากรายการในข้อบัญญัติงบประมาณและโครงการในแผนพัฒนา', en: 'Money spent should come from a line of the budget ordinance and a project of the development plan' },
    otherReasons: { th: 'ชื่อในงบประมาณเขียนต่างกันมาก เงินสะสม เงินอุดหนุนเฉพาะกิจ หรือข้อมูลงบประมาณไม่ครบ', en: 'A very differently worded budget line, reserve funds, a special grant, or incomplete budget data' },
    thresholds: [],
    example: { th: 'จ้างปรับปรุงอาคารที่ไม่มีรายการใดในข้อบัญญัติปีนั้นที่ชื่อคล้ายกัน จึงมีสัญญาณนี้', en: 'A building renovation with no similarly named line in that year\'s budget: flagged' },
  },
  {
    code: 'missing-reference-price', indicator: 9,
    title: { th: 'ไม่มีราคากลาง', en: 'No reference price' },
    says: (v, lang) => lang === 'th'
      ? `วงเงิน ${baht(v, 'amount', lang)} เกิน ${baht(v, 'requiredAbove', lang)} แต่ข้อมูลไม่มีราคากลาง`
      : `${baht(v, 'amount', lang)}, above ${baht(v, 'requiredAbove', lang)}, but no reference price in the data`,
    why: { th: 'ราคากลางช่วยให้ประชาชนเทียบได้ว่าราคาที่จ่ายสมเหตุสมผลหรือไม่', en: 'The reference price lets citizens judge whether the price paid was fair' },
    otherReasons: { th: 'ชุดข้อมูลที่นำมาไม่มีคอลัมน์ราคากลาง (ไฟล์ e-GP บน data.go.th เว้นว่างไว้) ทั้งที่ประกาศไว้ในระบบ e-GP', en: 'The dataset lacks it (the e-GP files on data.go.th leave it blank) although e-GP published it' },
    thresholds: ['referencePriceRequiredAbove'],
    example: { th: 'จ้างก่อสร้าง 800,000 บาท ที่ไม่มีราคากลางในข้อมูล มีสัญญาณนี้', en: 'Construction for 800,000 baht with no reference price in the data: flagged' },
  },
  {
    code: 'invalid-tax-id', indicator: 9,
    title: { th: 'เลขผู้เสียภาษีของผู้ขายผิดหรือไม่มี', en: 'Vendor tax id invalid or missing' },
    says: (v, lang) => lang === 'th'
      ? `${formatCount(num(v, 'contracts'))} สัญญามีเลขผู้เสียภาษีของผู้ขายที่ผิดหรือไม่มี (${str(v, 'status')})`
      : `${formatCount(num(v, 'contracts'))} contract${num(v, 'contracts') === 1 ? '' : 's'} with a wrong or missing vendor tax id (${str(v, 'status')})`,
    why: { th: 'เลขผู้เสียภาษีทำให้รู้ว่าผู้ขายคือใคร ถ้าผิดหรือไม่มี การติดตามผู้ขายข้าม อปท. ทำได้ยาก', en: 'The tax id says who the vendor is; wrong or missing, the vendor cannot be followed across LAOs' },
    otherReasons: { th: 'พิมพ์ผิด หรือ Excel ตัดเลข 0 หน้าออก บุคคลธรรมดาและร้านค้าไม่นับ เพราะ e-GP ไม่เปิดเผยเลขประจำตัวประชาชน', en: 'A typing mistake, or Excel dropping the leading 0. People and shops are not counted: e-GP does not publish citizen ids' },
    thresholds: [],
    example: { th: 'บริษัทที่เลขผู้เสียภาษีมี 12 หลัก หรือเลขตรวจสอบหลักสุดท้ายไม่ถูก มีสัญญาณนี้', en: 'A company whose tax id has 12 digits, or a wrong check digit: flagged' },
  },
  {
    code: 'missing-contract-dates', indicator: 9,
    title: { th: 'สัญญาไม่มีวันที่', en: 'Contract without dates' },
    says: (v, lang) => {
      const missing = str(v, 'missing').split(' ');
      const what = lang === 'th'
        ? missing.map((m) => (m === 'signed' ? 'วันลงนาม' : 'วันสิ้นสุด')).join('และ')
        : missing.map((m) => (m === 'signed' ? 'signing date' : 'end date')).join(' and ');
      return lang === 'th' ? `${formatCount(num(v, 'contracts'))} สัญญาไม่มี${what}` : `${formatCount(num(v, 'contracts'))} contract${num(v, 'contracts') === 1 ? '' : 's'} without a ${what}`;
    },
    why: { th: 'วันที่ของสัญญาใช้ตรวจว่างานเสร็จตามเวลาและเงินจ่ายเมื่อใด', en: 'Contract dates show whether work was done on time and when money was paid' },
    otherReasons: { th: 'ใบสั่งซื้อขนาดเล็กที่ไม่มีวันสิ้นสุด หรือข้อมูลที่ยังไม่ได้ปรับปรุง', en: 'Small purchase orders without an end date, or data not yet updated' },
    thresholds: [],
    example: { th: 'สัญญาที่มีเลขที่และมูลค่า แต่ไม่มีวันลงนาม มีสัญญาณนี้', en: 'A contract with a number and a value but no signing date: flagged' },
  },
];

/** What each threshold of config/red-flags.json is, for the methodology page. */
export const THRESHOLD_LABELS: Record<ThresholdKey, Text> = {
  specificCeiling: { th: 'เพดานวงเงินวิธีเฉพาะเจาะจง (บาท)', en: 'Specific-method ceiling (baht)' },
  nearReferenceShare: { th: 'สัดส่วนของราคากลางที่ถือว่าใกล้มาก', en: 'Share of the reference price counted as very close' },
  nearReferenceMinimum: { th: 'วงเงินขั้นต่ำที่ตรวจ (บาท)', en: 'Smallest amount checked (baht)' },
  minimumBidders: { th: 'จำนวนผู้เสนอราคาขั้นต่ำ', en: 'Fewest bidders' },
  splittingWindowDays: { th: 'ช่วงเวลาที่ดูรวมกัน (วัน)', en: 'Window (days)' },
  splittingSimilarity: { th: 'ความคล้ายของชื่อ (0–1)', en: 'Name similarity (0–1)' },
  bunchingBand: { th: 'ความกว้างของแถบใต้เพดาน (สัดส่วนของเพดาน)', en: 'Width of the band under the ceiling (share of it)' },
  bunchingRatio: { th: 'อัตราส่วนแถบใต้เพดานต่อแถบถัดลงไป', en: 'Band under the ceiling against the band below' },
  bunchingMinimumSample: { th: 'จำนวนการซื้อขั้นต่ำในปี', en: 'Fewest purchases in the year' },
  concentrationShare: { th: 'ส่วนแบ่งมูลค่าสัญญาของผู้ขายรายเดียว', en: 'One vendor\'s share of contract value' },
  concentrationMinimumContracts: { th: 'จำนวนสัญญาขั้นต่ำในปี', en: 'Fewest contracts in the year' },
  repeatWins: { th: 'จำนวนสัญญาที่ผู้ขายรายเดียวได้ในปี', en: 'Contracts one vendor wins in a year' },
  rushFactor: { th: 'เดือนกันยายนเทียบค่าเฉลี่ยเดือนอื่น (เท่า)', en: 'September against the other months (times)' },
  rushMinimumSample: { th: 'จำนวนการซื้อขั้นต่ำในปี', en: 'Fewest purchases in the year' },
  rushMinimumSeptember: { th: 'จำนวนการซื้อขั้นต่ำในเดือนกันยายน', en: 'Fewest purchases in September' },
  referencePriceRequiredAbove: { th: 'วงเงินที่ต้องมีราคากลาง (บาท)', en: 'Amount from which a reference price is expected (baht)' },
};

const BY_CODE = new Map(FLAGS.map((f) => [f.code, f]));

export function flagDefinition(code: FlagCode): FlagDefinition {
  return BY_CODE.get(code)!;
}

/** The plain sentence about one flag. */
export function flagSentence(flag: Flag, lang: Lang): string {
  return flagDefinition(flag.code).says(flag.values, lang);
}
