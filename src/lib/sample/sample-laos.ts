import type { SampleLao } from './model.ts';

type Fixed = Omit<SampleLao, 'ordinal'>;

// Invented LAOs in two real provinces (none of these names is a real LAO in ../shared/real).
// Websites use the reserved .example domain so they can never point at a real site.
const LAOS: readonly Fixed[] = [
  {
    code: '2610101', name: 'องค์การบริหารส่วนจังหวัดอุทัยธานี', type: 'pao', province: 'อุทัยธานี', provinceCode: '61',
    district: 'เมืองอุทัยธานี', population: 326_850, areaKm2: 6_730.25, households: 112_480,
    website: 'https://uthaithani-pao.example', lat: 15.379, lon: 100.0245,
    villages: ['บ้านท่าซุงเหนือ', 'บ้านหาดทนง', 'บ้านเนินแจง', 'บ้านทุ่งนางาม', 'บ้านหนองไผ่ล้อม', 'บ้านเขาปฐวี', 'บ้านห้วยรอบ', 'บ้านป่าอ้อ'],
  },
  {
    code: '3610101', name: 'เทศบาลนครสะแกกรัง', type: 'city', province: 'อุทัยธานี', provinceCode: '61',
    district: 'เมืองอุทัยธานี', population: 108_420, areaKm2: 36.52, households: 41_230,
    website: 'https://sakaekrang-city.example', lat: 15.3842, lon: 100.0311,
    villages: ['ชุมชนตลาดเก่า', 'ชุมชนริมน้ำสะแกกรัง', 'ชุมชนเขาสะแกกรัง', 'ชุมชนหลังวัด', 'ชุมชนบ้านเกาะ', 'ชุมชนทุ่งแก้ว'],
  },
  {
    code: '5610401', name: 'เทศบาลตำบลหนองโพธิ์งาม', type: 'subdistrict', province: 'อุทัยธานี', provinceCode: '61',
    district: 'หนองฉาง', population: 8_950, areaKm2: 42.3, households: 3_120,
    website: 'https://nongphongam.example', lat: 15.3931, lon: 99.8414,
    villages: ['บ้านหนองโพธิ์', 'บ้านโคกสำราญ', 'บ้านหนองโพธิ์ใต้', 'บ้านท่าโพ', 'บ้านดอนมะเกลือ', 'บ้านทุ่งกระเจียว', 'บ้านหัวฝาย'],
  },
  {
    code: '6610601', name: 'องค์การบริหารส่วนตำบลห้วยทรายทอง', type: 'sao', province: 'อุทัยธานี', provinceCode: '61',
    district: 'บ้านไร่', population: 6_420, areaKm2: 118.7, households: 2_240,
    website: '', lat: 15.0823, lon: 99.5262,
    villages: ['บ้านห้วยทราย', 'บ้านเขาตะพาบ', 'บ้านคลองเสลา', 'บ้านซับป่าพลู', 'บ้านหินโจน', 'บ้านทุ่งมะกอก', 'บ้านห้วยทรายใต้', 'บ้านปางไม้แดง'],
  },
  {
    code: '4180101', name: 'เทศบาลเมืองบางหลวงทอง', type: 'town', province: 'ชัยนาท', provinceCode: '18',
    district: 'เมืองชัยนาท', population: 24_830, areaKm2: 14.2, households: 9_350,
    website: 'https://bangluangthong.example', lat: 15.1863, lon: 100.1259,
    villages: ['ชุมชนท่าน้ำ', 'ชุมชนตลาดบางหลวง', 'ชุมชนวัดทอง', 'ชุมชนหัวสะพาน', 'ชุมชนหลังสถานี', 'ชุมชนบ้านกล้วย'],
  },
  {
    code: '5180501', name: 'เทศบาลตำบลดอนกระถินทอง', type: 'subdistrict', province: 'ชัยนาท', provinceCode: '18',
    district: 'สรรคบุรี', population: 7_340, areaKm2: 31.8, households: 2_610,
    website: 'https://donkrathinthong.example', lat: 15.0762, lon: 100.1513,
    villages: ['บ้านดอนกระถิน', 'บ้านโพนทอง', 'บ้านคลองมะขาม', 'บ้านนาเหนือ', 'บ้านดอนกระถินใต้', 'บ้านหนองสังข์'],
  },
  {
    code: '6180601', name: 'องค์การบริหารส่วนตำบลดงมะไฟหวาน', type: 'sao', province: 'ชัยนาท', provinceCode: '18',
    district: 'หันคา', population: 5_210, areaKm2: 72.4, households: 1_870,
    website: '', lat: 15.0119, lon: 99.9742,
    villages: ['บ้านดงมะไฟ', 'บ้านหนองกระทุ่ม', 'บ้านเนินสะเดา', 'บ้านไร่พัฒนา', 'บ้านโคกหม้อ', 'บ้านดงมะไฟเหนือ', 'บ้านหนองแฟบ'],
  },
];

/** The seven LAOs of the default sample: 1 อบจ., 1 เทศบาลนคร, 1 เทศบาลเมือง, 2 เทศบาลตำบล, 2 อบต. */
export function sampleLaos(): SampleLao[] {
  return LAOS.map((lao, ordinal) => ({ ...lao, ordinal }));
}

/** Codes of the LAOs whose procurement is in procurement.csv (the others are in the e-GP files). */
export const PROCUREMENT_CSV_LAOS = ['3610101', '5610401', '4180101', '6180601'] as const;
/** Codes of the LAOs whose procurement comes as e-GP exports. */
export const EGP_LAOS = ['2610101', '6610601', '5180501'] as const;
/** The LAO and month of the sample สขร.1 form. */
export const SKR1 = { code: '5610401', yearBE: 2568, month: 8 } as const;
/** The showcase road: plan → budget → e-GP linked by name only (บ้านนาเหนือ หมู่ที่ 4 of เทศบาลตำบลดอนกระถินทอง, FY2568). */
export const FEATURED = { code: '5180501', moo: 4, fiscalYear: 2568 } as const;
