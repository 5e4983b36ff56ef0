import { parseLaoName, parseLaoType, normaliseProvince } from '../parse/lao-name.ts';
import type { Adapter } from './adapter.ts';

/** The list of LAOs with their codes and facts; enriches LAOs named by other files. */
export const organisations: Adapter = {
  spec: {
    id: 'organisations',
    label: { th: 'รายชื่อ อปท.', en: 'Organisations (LAOs)' },
    description: 'One row per LAO: its code, name, type and facts. Optional, but it gives LAOs their codes and populations.',
    columns: [
      { key: 'code', names: ['code', 'lao_code', 'รหัส อปท.', 'รหัสอปท', 'รหัสหน่วยงาน', 'รหัส'], doc: '7-digit LAO code' },
      { key: 'name', names: ['name', 'lao_name', 'ชื่อ อปท.', 'ชื่อหน่วยงาน', 'ชื่อ'], required: true, doc: 'LAO name' },
      { key: 'type', names: ['type', 'ประเภท', 'ประเภท อปท.'], doc: 'LAO type (อบจ., เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบต.); read from the name when absent' },
      { key: 'province', names: ['province', 'จังหวัด'], required: true, doc: 'Province' },
      { key: 'district', names: ['district', 'อำเภอ', 'เขต/อำเภอ'], doc: 'District (อำเภอ)' },
      { key: 'population', names: ['population', 'ประชากร', 'จำนวนประชากร'], doc: 'Population (people)' },
      { key: 'area', names: ['area_km2', 'พื้นที่ (ตร.กม.)', 'พื้นที่'], doc: 'Area in km²' },
      { key: 'households', names: ['households', 'จำนวนครัวเรือน', 'ครัวเรือน'], doc: 'Number of households' },
      { key: 'website', names: ['website', 'เว็บไซต์'], doc: 'Website address' },
      { key: 'lat', names: ['lat', 'latitude', 'ละติจูด'], doc: 'Latitude of the office' },
      { key: 'lon', names: ['lon', 'longitude', 'ลองจิจูด'], doc: 'Longitude of the office' },
    ],
    signature: ['ประเภท', 'type'],
  },
  map(row) {
    const rawName = row.required('name');
    const rawProvince = row.required('province');
    const code = row.text('code');
    if (code !== null && !/^\d{7}$/.test(code)) row.report('InvalidNumber', 'code', code, { en: 'an LAO code has 7 digits', th: 'รหัส อปท. มี 7 หลัก' });
    const typeText = row.text('type');
    const parsed = rawName ? parseLaoName(rawName) : null;
    const type = (typeText ? parseLaoType(typeText) : null) ?? parsed?.type ?? null;
    if (typeText && !parseLaoType(typeText)) row.report('UnknownLaoType', 'type');
    const lat = row.decimal('lat');
    const lon = row.decimal('lon');
    if (!parsed || !rawProvince) return [];
    return [{
      kind: 'organisation',
      data: {
        code: code && /^\d{7}$/.test(code) ? code : null,
        name: parsed.name,
        type,
        province: normaliseProvince(rawProvince),
        district: row.text('district'),
        population: row.count('population'),
        areaKm2: row.decimal('area'),
        households: row.count('households'),
        website: row.text('website'),
        lat: lat !== null && Math.abs(lat) <= 90 ? lat : null,
        lon: lon !== null && Math.abs(lon) <= 180 ? lon : null,
      },
    }];
  },
  laoOf(row) {
    return { code: row.text('code'), name: row.text('name'), province: row.text('province') };
  },
};
