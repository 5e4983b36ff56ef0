// The 77 provinces with their DOPA codes (the PP of a 7-digit LAO code) and English names.
// A province's page lives at /province/<code>/, so its URL never depends on other data.
import { shortDigest } from '../digest.ts';

export interface ProvinceName {
  /** Two-digit DOPA province code. */
  code: string;
  th: string;
  en: string;
}

const ROWS = `10 กรุงเทพมหานคร Bangkok|11 สมุทรปราการ Samut Prakan|12 นนทบุรี Nonthaburi|13 ปทุมธานี Pathum Thani|14 พระนครศรีอยุธยา Phra Nakhon Si Ayutthaya|15 อ่างทอง Ang Thong|16 ลพบุรี Lop Buri|17 สิงห์บุรี Sing Buri|18 ชัยนาท Chai Nat|19 สระบุรี Saraburi|20 ชลบุรี Chon Buri|21 ระยอง Rayong|22 จันทบุรี Chanthaburi|23 ตราด Trat|24 ฉะเชิงเทรา Chachoengsao|25 ปราจีนบุรี Prachin Buri|26 นครนายก Nakhon Nayok|27 สระแก้ว Sa Kaeo|30 นครราชสีมา Nakhon Ratchasima|31 บุรีรัมย์ Buri Ram|32 สุรินทร์ Surin|33 ศรีสะเกษ Si Sa Ket|34 อุบลราชธานี Ubon Ratchathani|35 ยโสธร Yasothon|36 ชัยภูมิ Chaiyaphum|37 อำนาจเจริญ Amnat Charoen|38 บึงกาฬ Bueng Kan|39 หนองบัวลำภู Nong Bua Lam Phu|40 ขอนแก่น Khon Kaen|41 อุดรธานี Udon Thani|42 เลย Loei|43 หนองคาย Nong Khai|44 มหาสารคาม Maha Sarakham|45 ร้อยเอ็ด Roi Et|46 กาฬสินธุ์ Kalasin|47 สกลนคร Sakon Nakhon|48 นครพนม Nakhon Phanom|49 มุกดาหาร Mukdahan|50 เชียงใหม่ Chiang Mai|51 ลำพูน Lamphun|52 ลำปาง Lampang|53 อุตรดิตถ์ Uttaradit|54 แพร่ Phrae|55 น่าน Nan|56 พะเยา Phayao|57 เชียงราย Chiang Rai|58 แม่ฮ่องสอน Mae Hong Son|60 นครสวรรค์ Nakhon Sawan|61 อุทัยธานี Uthai Thani|62 กำแพงเพชร Kamphaeng Phet|63 ตาก Tak|64 สุโขทัย Sukhothai|65 พิษณุโลก Phitsanulok|66 พิจิตร Phichit|67 เพชรบูรณ์ Phetchabun|70 ราชบุรี Ratchaburi|71 กาญจนบุรี Kanchanaburi|72 สุพรรณบุรี Suphan Buri|73 นครปฐม Nakhon Pathom|74 สมุทรสาคร Samut Sakhon|75 สมุทรสงคราม Samut Songkhram|76 เพชรบุรี Phetchaburi|77 ประจวบคีรีขันธ์ Prachuap Khiri Khan|80 นครศรีธรรมราช Nakhon Si Thammarat|81 กระบี่ Krabi|82 พังงา Phang Nga|83 ภูเก็ต Phuket|84 สุราษฎร์ธานี Surat Thani|85 ระนอง Ranong|86 ชุมพร Chumphon|90 สงขลา Songkhla|91 สตูล Satun|92 ตรัง Trang|93 พัทลุง Phatthalung|94 ปัตตานี Pattani|95 ยะลา Yala|96 นราธิวาส Narathiwat`;

export const PROVINCES: readonly ProvinceName[] = ROWS.split('|').map((row) => {
  const [code, th, ...en] = row.split(' ');
  return { code: code!, th: th!, en: en.join(' ') };
});

const BY_THAI_NAME = new Map(PROVINCES.map((p) => [p.th, p]));

/** The province of a (normalised) Thai name, or null when it is not one of the 77. */
export function findProvince(thaiName: string): ProvinceName | null {
  return BY_THAI_NAME.get(thaiName) ?? null;
}

/** The URL segment of a province: its DOPA code, or `x-` + a digest for a name that is not a province. */
export function provinceSlug(thaiName: string): string {
  return findProvince(thaiName)?.code ?? `x-${shortDigest(thaiName)}`;
}

/**
 * Orders LAOs province by province (DOPA code order, names that are not one of the 77 last), then by
 * id: the order in which the search index and the downloads stream through them, one province at a time.
 */
export function byProvinceThenId(a: { province: string; id: string }, b: { province: string; id: string }): number {
  const pa = provinceSlug(a.province);
  const pb = provinceSlug(b.province);
  return pa < pb ? -1 : pa > pb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A province's name in the page's language (Thai names as published when not one of the 77). */
export function provinceName(thaiName: string, lang: 'th' | 'en'): string {
  return lang === 'en' ? findProvince(thaiName)?.en ?? thaiName : thaiName;
}

/** How a province is written after an LAO's name: 'จังหวัดอุทัยธานี' / 'Uthai Thani province'; Bangkok is not a จังหวัด. */
export function provinceLabel(thaiName: string, lang: 'th' | 'en'): string {
  if (thaiName === 'กรุงเทพมหานคร') return lang === 'th' ? thaiName : 'Bangkok';
  return lang === 'th' ? `จังหวัด${thaiName}` : `${provinceName(thaiName, 'en')} province`;
}
