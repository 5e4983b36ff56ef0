import type { Random } from './random.ts';

/** An invented Thai place name with a rough romanisation (used for website addresses). */
export interface PlaceName {
  thai: string;
  latin: string;
}

type Part = readonly [string, string];

const HEADS: readonly Part[] = [
  ['หนอง', 'nong'], ['นา', 'na'], ['ดอน', 'don'], ['โคก', 'khok'], ['ท่า', 'tha'], ['ห้วย', 'huai'],
  ['ป่า', 'pa'], ['บาง', 'bang'], ['วัง', 'wang'], ['โนน', 'non'], ['สระ', 'sa'], ['คลอง', 'khlong'],
  ['เขา', 'khao'], ['ทุ่ง', 'thung'], ['บึง', 'bueng'], ['ดง', 'dong'], ['หาด', 'hat'], ['ไร่', 'rai'],
  ['แม่', 'mae'], ['ศรี', 'si'], ['โพน', 'phon'], ['กุด', 'kut'], ['ลำ', 'lam'], ['เนิน', 'noen'],
];
const TAILS: readonly Part[] = [
  ['บัว', 'bua'], ['แดง', 'daeng'], ['ทอง', 'thong'], ['งาม', 'ngam'], ['ขาม', 'kham'], ['ยาง', 'yang'],
  ['ไผ่', 'phai'], ['โพธิ์', 'pho'], ['สะแก', 'sakae'], ['มะม่วง', 'mamuang'], ['ตะเคียน', 'takhian'],
  ['กระทุ่ม', 'krathum'], ['เตย', 'toei'], ['หว้า', 'wa'], ['จาน', 'chan'], ['แก', 'kae'], ['สำโรง', 'samrong'],
  ['ประดู่', 'pradu'], ['ขี้เหล็ก', 'khilek'], ['หิน', 'hin'], ['ทราย', 'sai'], ['น้ำใส', 'namsai'],
  ['กลาง', 'klang'], ['ตาล', 'tan'], ['มะขาม', 'makham'], ['ยูง', 'yung'], ['คู', 'khu'], ['เสือ', 'suea'],
  ['กระถิน', 'krathin'], ['ม่วง', 'muang'], ['สวรรค์', 'sawan'], ['จิก', 'chik'], ['แค', 'khae'], ['ปรือ', 'prue'],
  ['ตะแบก', 'tabaek'], ['ไทร', 'sai'], ['เต่า', 'tao'], ['นกเขา', 'nokkhao'], ['โสน', 'sano'], ['ยอ', 'yo'],
];
const SUFFIXES: readonly Part[] = [
  ['ใหญ่', 'yai'], ['น้อย', 'noi'], ['เหนือ', 'nuea'], ['ใต้', 'tai'], ['ทอง', 'thong'], ['งาม', 'ngam'],
  ['พัฒนา', 'phatthana'], ['เจริญ', 'charoen'], ['ตะวันออก', 'tawanok'], ['ตะวันตก', 'tawantok'],
];

/** An invented name such as หนองบัว or ดอนกระถินทอง. */
export function placeName(rng: Random): PlaceName {
  const head = rng.pick(HEADS);
  const tail = rng.pick(TAILS);
  let thai = head[0] + tail[0];
  let latin = head[1] + tail[1];
  if (rng.chance(0.3)) {
    const suffix = rng.pick(SUFFIXES);
    thai += suffix[0];
    latin += suffix[1];
  }
  return { thai, latin };
}

/** A stream or canal name without a head word: 'ตะเคียน', 'บัวใหญ่' (templates add คลอง / ลำห้วย). */
export function streamName(rng: Random): string {
  return rng.pick(TAILS)[0] + (rng.chance(0.3) ? rng.pick(SUFFIXES)[0] : '');
}

/** A name not yet in `taken` (which it joins); after many collisions a numbered suffix is used. */
export function uniquePlaceName(rng: Random, taken: Set<string>): PlaceName {
  for (let attempt = 0; attempt < 200; attempt++) {
    const name = placeName(rng);
    if (!taken.has(name.thai)) {
      taken.add(name.thai);
      return name;
    }
  }
  const base = placeName(rng);
  for (let n = 2; ; n++) {
    const thai = `${base.thai}${n}`;
    if (!taken.has(thai)) {
      taken.add(thai);
      return { thai, latin: `${base.latin}${n}` };
    }
  }
}

/** Village names (บ้าน…) for หมู่ที่ 1…count, all different. */
export function villageNames(rng: Random, count: number): string[] {
  const taken = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push('บ้าน' + uniquePlaceName(rng, taken).thai);
  return out;
}
