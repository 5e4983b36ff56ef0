import { matchKey } from '../parse/text.ts';

// Words that say how something is bought, not what: they would make every purchase look alike.
const BOILERPLATE = [
  'ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์', 'ด้วยวิธีเฉพาะเจาะจง', 'ด้วยวิธีคัดเลือก', 'โดยวิธีเฉพาะเจาะจง', 'ebidding', 'emarket',
  'ประกวดราคา', 'โครงการ', 'จัดซื้อ', 'จัดจ้าง', 'จ้างเหมา', 'ซื้อ', 'จ้าง', 'ค่าจัดซื้อ', 'ค่า', 'รายการ', 'จำนวน',
];
// Long form → the form it is compared in ('หมู่ที่ 4' and 'ม.4' both become 'ม4').
const ABBREVIATIONS: [string, string][] = [
  ['คอนกรีตเสริมเหล็ก', 'คสล'],
  ['หมู่ที่', 'ม'],
];

/** Text reduced to what identifies the thing bought: folded, abbreviations expanded, boilerplate removed. */
export function subjectKey(text: string): string {
  let key = matchKey(text);
  for (const [long, short] of ABBREVIATIONS) key = key.split(long).join(short);
  for (const word of BOILERPLATE) key = key.split(word).join('');
  return key;
}

// Names repeat (the same item in every phase, the same template across years): keep their trigrams.
const gramCache = new Map<string, Set<string>>();

/** Trigrams of a text's subject key, remembered. */
export function subjectGrams(text: string): Set<string> {
  let grams = gramCache.get(text);
  if (!grams) {
    if (gramCache.size > 50_000) gramCache.clear();
    gramCache.set(text, (grams = trigrams(subjectKey(text))));
  }
  return grams;
}

/** Character trigrams of a key (Thai has no spaces, so characters, not words, are compared). */
export function trigrams(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= key.length; i++) out.add(key.slice(i, i + 3));
  if (key.length > 0 && key.length < 3) out.add(key);
  return out;
}

/** Dice coefficient of two trigram sets: 1 for the same text, 0 for nothing in common. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Finds, for a text, the most similar of many candidates, through an inverted trigram index so that
 * linking stays near-linear in the number of records.
 */
export class SimilarityIndex<T> {
  readonly #items: { item: T; grams: Set<string> }[] = [];
  readonly #postings = new Map<string, number[]>();

  add(item: T, text: string): void {
    const grams = subjectGrams(text);
    const index = this.#items.push({ item, grams }) - 1;
    for (const g of grams) {
      const list = this.#postings.get(g);
      if (list) list.push(index);
      else this.#postings.set(g, [index]);
    }
  }

  get size(): number {
    return this.#items.length;
  }

  /** The best candidate at or above `threshold`, or null; ties go to the one added first. */
  best(text: string, threshold: number, accept: (item: T) => boolean = () => true): { item: T; score: number } | null {
    const grams = subjectGrams(text);
    if (grams.size === 0) return null;
    const shared = new Map<number, number>();
    for (const g of grams) for (const i of this.#postings.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best: { item: T; score: number; index: number } | null = null;
    for (const [i, count] of shared) {
      const candidate = this.#items[i]!;
      const score = (2 * count) / (grams.size + candidate.grams.size);
      if (score < threshold || !accept(candidate.item)) continue;
      if (!best || score > best.score || (score === best.score && i < best.index)) best = { item: candidate.item, score, index: i };
    }
    return best && { item: best.item, score: Math.round(best.score * 1000) / 1000 };
  }
}
