import { LAO_TYPE_INFO, LAO_TYPE_ORDER, NATIONAL_TYPE_COUNTS } from './lao-types.ts';
import type { LaoTypeKey, SampleLao } from './model.ts';
import { type PlaceName, uniquePlaceName, villageNames } from './place-names.ts';
import { PROVINCES, type Province } from './provinces.ts';
import { type Random, randomFor } from './random.ts';

// Where the 30 เทศบาลนคร are: province code, district index, own name (null: named after the province).
const CITIES: readonly (readonly [string, number, string | null])[] = [
  ['11', 0, null], ['12', 0, null], ['12', 3, 'ปากเกร็ด'], ['13', 2, 'รังสิต'], ['14', 0, null],
  ['20', 5, 'เจ้าพระยาสุรศักดิ์'], ['20', 5, 'แหลมฉบัง'], ['30', 0, null], ['34', 0, null], ['40', 0, null],
  ['41', 0, null], ['47', 0, null], ['50', 0, null], ['52', 0, null], ['57', 0, null], ['60', 0, null],
  ['63', 3, 'แม่สอด'], ['65', 0, null], ['70', 0, null], ['73', 0, null], ['74', 0, null], ['74', 1, 'อ้อมน้อย'],
  ['80', 0, null], ['83', 0, null], ['84', 0, null], ['84', 3, 'เกาะสมุย'], ['90', 3, 'หาดใหญ่'], ['90', 0, null],
  ['92', 0, null], ['95', 0, null],
];
const PATTAYA = { provinceCode: '20', district: 3 } as const;

const POPULATION_RANGE: Readonly<Record<LaoTypeKey, readonly [number, number]>> = {
  pao: [0, 0], city: [50_000, 400_000], town: [8_000, 150_000], subdistrict: [1_500, 45_000],
  sao: [1_500, 30_000], bangkok: [0, 0], pattaya: [0, 0],
};

/** Splits total over keys in proportion to weights; the parts are integers adding up to total. */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum === 0 ? 0 : (total * w) / sum));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts;
}

interface Draft {
  type: LaoTypeKey;
  district: number;
  /** Place part of the name; null when named after the province. */
  place: PlaceName | null;
  fixedName?: string;
}

function districtNames(province: Province, rng: Random, taken: Set<string>): string[] {
  const names = [...province.knownDistricts];
  for (const name of names) taken.add(name);
  while (names.length < province.districtCount) names.push(uniquePlaceName(rng, taken).thai);
  return names.slice(0, province.districtCount);
}

function clamp(value: number, [min, max]: readonly [number, number]): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function provinceDrafts(province: Province, counts: Record<'town' | 'subdistrict' | 'sao', number>, rng: Random, taken: Set<string>): Draft[] {
  const drafts: Draft[] = [{ type: 'pao', district: 0, place: null }];
  const cities = CITIES.filter(([code]) => code === province.code);
  for (const [, district, own] of cities) {
    drafts.push({ type: 'city', district, place: own ? { thai: own, latin: '' } : null });
    if (own) taken.add(own);
  }
  if (province.code === PATTAYA.provinceCode) drafts.push({ type: 'pattaya', district: PATTAYA.district, place: null, fixedName: 'เมืองพัทยา' });
  const capitalTaken = cities.some(([, district, own]) => district === 0 && own === null);
  const d = province.districtCount;
  for (let k = 0; k < counts.town; k++) {
    const named = k === 0 && !capitalTaken;
    drafts.push({ type: 'town', district: k === 0 ? 0 : 1 + ((k * 3) % Math.max(1, d - 1)) % d, place: named ? null : uniquePlaceName(rng, taken) });
  }
  for (const type of ['subdistrict', 'sao'] as const) {
    const start = rng.int(0, d - 1);
    for (let k = 0; k < counts[type]; k++) drafts.push({ type, district: (start + k) % d, place: uniquePlaceName(rng, taken) });
  }
  return drafts;
}

function laoName(draft: Draft, province: Province): string {
  if (draft.fixedName) return draft.fixedName;
  return LAO_TYPE_INFO[draft.type].prefix + (draft.place ? draft.place.thai : province.name);
}

function website(draft: Draft, code: string, rng: Random): string {
  if (rng.chance(0.2)) return '';
  if (draft.type === 'pattaya') return 'https://www.pattaya.go.th';
  if (draft.place && draft.place.latin) return `https://www.${draft.place.latin}.go.th`;
  return `https://www.lao${code}.go.th`;
}

function buildProvince(province: Province, counts: Record<'town' | 'subdistrict' | 'sao', number>, seed: number): SampleLao[] {
  const rng = randomFor(seed, 'registry', province.code);
  const taken = new Set<string>();
  const districts = districtNames(province, rng, taken);
  const offsets = districts.map(() => [rng.between(-0.35, 0.35), rng.between(-0.35, 0.35)] as const);
  const drafts = provinceDrafts(province, counts, rng, taken);
  const running = new Map<string, number>();
  const laos: SampleLao[] = drafts.map((draft) => {
    const info = LAO_TYPE_INFO[draft.type];
    const aa = String(draft.district + 1).padStart(2, '0');
    const key = info.codeDigit + aa;
    const nn = (running.get(key) ?? 0) + 1;
    running.set(key, nn);
    const code = info.codeDigit + province.code + aa + String(nn).padStart(2, '0');
    const population = draft.type === 'pattaya' ? info.medianPopulation
      : Math.round(clamp(rng.logNormal(info.medianPopulation, 0.5), POPULATION_RANGE[draft.type]));
    const [dLat, dLon] = offsets[draft.district] ?? [0, 0];
    const jitter = draft.type === 'pao' ? 0 : 1;
    return {
      ordinal: 0,
      code,
      name: laoName(draft, province),
      type: draft.type,
      province: province.name,
      provinceCode: province.code,
      district: districts[draft.district] ?? '',
      population,
      areaKm2: draft.type === 'pattaya' ? info.medianAreaKm2 : round(rng.logNormal(info.medianAreaKm2, 0.5), 2),
      households: 0,
      website: website(draft, code, rng),
      lat: round(province.lat + jitter * (dLat + rng.between(-0.08, 0.08)), 6),
      lon: round(province.lon + jitter * (dLon + rng.between(-0.08, 0.08)), 6),
      villages: villageNames(rng, rng.int(...info.villages)),
    };
  });
  const pao = laos[0] as SampleLao;
  const rest = laos.slice(1);
  pao.population = rest.reduce((sum, l) => sum + l.population, 0);
  pao.areaKm2 = round(rest.reduce((sum, l) => sum + l.areaKm2, 0), 2);
  for (const lao of laos) lao.households = Math.round(lao.population / rng.between(2.6, 3.4));
  return laos;
}

function bangkok(): SampleLao {
  const info = LAO_TYPE_INFO.bangkok;
  return {
    ordinal: 0, code: '3100101', name: 'กรุงเทพมหานคร', type: 'bangkok', province: 'กรุงเทพมหานคร', provinceCode: '10',
    district: '', population: info.medianPopulation, areaKm2: info.medianAreaKm2, households: 2_980_000,
    website: 'https://www.bangkok.go.th', lat: 13.7563, lon: 100.5018,
    villages: villageNames(randomFor('bangkok-villages'), info.villages[0]),
  };
}

/** All 7,850 LAOs of the national-scale dataset, Bangkok first, then by province code and type. */
export function buildNationalRegistry(seed: number): SampleLao[] {
  const provinces = PROVINCES.filter((p) => p.code !== '10');
  const mixRng = randomFor(seed, 'registry-mix');
  const lean = provinces.map(() => mixRng.between(0.6, 1.4));
  const extraTowns = largestRemainder(NATIONAL_TYPE_COUNTS.town - provinces.length, provinces.map((p) => p.districtCount));
  const subdistricts = largestRemainder(NATIONAL_TYPE_COUNTS.subdistrict, provinces.map((p, i) => p.districtCount * (lean[i] as number)));
  const saos = largestRemainder(NATIONAL_TYPE_COUNTS.sao, provinces.map((p, i) => p.districtCount * (2 - (lean[i] as number))));
  const all: SampleLao[] = [bangkok()];
  provinces.forEach((province, i) => {
    const counts = { town: 1 + (extraTowns[i] as number), subdistrict: subdistricts[i] as number, sao: saos[i] as number };
    all.push(...buildProvince(province, counts, seed));
  });
  all.forEach((lao, i) => (lao.ordinal = i));
  return all;
}

/** LAOs of the named provinces, in registry order. */
export function laosOfProvinces(registry: readonly SampleLao[], provinces: readonly string[]): SampleLao[] {
  return registry.filter((lao) => provinces.includes(lao.province));
}

/**
 * n LAOs with the type mix of the registry: each type gets its proportional share (largest
 * remainder) and its LAOs are taken evenly spaced, so they spread over the provinces.
 */
export function stratifiedSelection(registry: readonly SampleLao[], n: number): SampleLao[] {
  if (n >= registry.length) return registry.slice();
  const byType = LAO_TYPE_ORDER.map((type) => registry.filter((lao) => lao.type === type));
  const shares = largestRemainder(n, byType.map((group) => group.length));
  const chosen = new Set<SampleLao>();
  byType.forEach((group, t) => {
    const take = shares[t] as number;
    for (let k = 0; k < take; k++) chosen.add(group[Math.floor(((k + 0.5) * group.length) / take)] as SampleLao);
  });
  return registry.filter((lao) => chosen.has(lao));
}
