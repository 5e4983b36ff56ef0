// The router: which areas (shards.ts) hold the words of a query, and about how many records in each.
// It is a small inverted index of its own, word → [area, records, area, records, …], sorted by word
// and cut into chunks; the manifest lists each chunk's first word, so a query fetches only the chunks
// its words fall in. Words are matched as prefixes, as Pagefind matches them. Long numbers (project
// ids, tax ids: nearly all of the distinct words) go instead to a chunk named by their first six
// digits, which needs no table: a query of six digits or more fetches that one chunk.
import type { Area } from './shards.ts';

/** /pagefind/areas.json: the areas (a0, a1, … in order) and the router's word table. */
export interface RouterManifest {
  version: 2;
  /** Province names, referred to by index in `areas`. */
  provinces: string[];
  /** Each area's provinces: an index into `provinces`, or [index, k, n] when it holds part k of n of it. */
  areas: (number | [number, number, number])[][];
  /** First word of each router chunk, in order: chunk i is /pagefind/route/i.json. */
  chunks: string[];
}

/** An area as the search page names it. */
export interface AreaName {
  id: string;
  provinces: string[];
  parts: ([number, number] | null)[];
}

/**
 * One chunk: entries [word, area, records, Δarea, records, …], sorted by word. Areas ascend, each
 * after the first written as the difference from the one before: mostly 1, which packs well.
 */
export type RouterChunk = (string | number)[][];

export function routerManifest(areas: readonly Area[], firsts: string[]): RouterManifest {
  const provinces = [...new Set(areas.flatMap((a) => a.provinces))];
  const index = new Map(provinces.map((p, i) => [p, i]));
  return {
    version: 2,
    provinces,
    areas: areas.map((a) => a.provinces.map((p, i) => {
      const part = a.parts[i];
      return part ? [index.get(p)!, part[0], part[1]] as [number, number, number] : index.get(p)!;
    })),
    chunks: firsts,
  };
}

export function areaNames(manifest: RouterManifest): AreaName[] {
  return manifest.areas.map((entries, i) => ({
    id: `a${i}`,
    provinces: entries.map((e) => manifest.provinces[typeof e === 'number' ? e : e[0]]!),
    parts: entries.map((e) => (typeof e === 'number' ? null : [e[1], e[2]])),
  }));
}

/** Raw bytes a chunk may reach before a new one starts (about 8 KB once gzipped). */
const CHUNK_BYTES = 32_000;
/** A prefix spanning more chunks than this (a one-letter query) is matched as a whole word only. */
const MAX_CHUNKS_PER_TERM = 2;
/** Numbers at least this long are routed by their first NUMBER_PREFIX digits. */
const NUMBER_PREFIX = 6;
const LONG_NUMBER = new RegExp(`^\\d{${NUMBER_PREFIX},}$`);

/** The chunk of a long number: `n` and its first six digits (route/n670441.json). */
function numberChunk(word: string): string {
  return `n${word.slice(0, NUMBER_PREFIX)}`;
}

/** The words of indexed or typed text as the router keys them: lower case, split at anything but letters, marks and digits. */
export function routerWords(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean))];
}

/** Builds the router area by area, in area order. */
export class RouterBuilder {
  readonly #postings = new Map<string, number[]>();
  readonly #chunkBytes: number;

  constructor(chunkBytes = CHUNK_BYTES) {
    this.#chunkBytes = chunkBytes;
  }

  /** Counts, for one area, how many of its records hold each word. */
  addArea(area: number, contents: Iterable<string>): void {
    const counts = new Map<string, number>();
    for (const content of contents) for (const word of routerWords(content)) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const [word, count] of counts) {
      const list = this.#postings.get(word);
      if (list) list.push(area, count);
      else this.#postings.set(word, [area, count]);
    }
  }

  /** Adds a word's postings as another router wrote them, areas already numbered here (merging shards). */
  addPostings(word: string, postings: readonly number[]): void {
    const list = this.#postings.get(word);
    if (list) list.push(...postings);
    else this.#postings.set(word, [...postings]);
  }

  /**
   * The chunks by name ("0", "1", … in word order, and "n" + six digits for long numbers) and the
   * first word of each numbered chunk. Plain code-unit order, the order the browser searches in.
   */
  build(): { firsts: string[]; chunks: Map<string, RouterChunk> } {
    const words = [...this.#postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const firsts: string[] = [];
    const chunks = new Map<string, RouterChunk>();
    let current: RouterChunk = [];
    let bytes = 0;
    const flush = () => {
      if (current.length) chunks.set(String(firsts.length - 1), current);
      current = [];
      bytes = 0;
    };
    for (const word of words) {
      const postings = this.#postings.get(word)!;
      const entry: (string | number)[] = [word];
      for (let i = 0; i < postings.length; i += 2) entry.push(i === 0 ? postings[0]! : postings[i]! - postings[i - 2]!, postings[i + 1]!);
      if (LONG_NUMBER.test(word)) {
        const name = numberChunk(word);
        chunks.set(name, [...(chunks.get(name) ?? []), entry]);
        continue;
      }
      const size = word.length * 3 + entry.length * 4 + 4;
      if (current.length && bytes + size > this.#chunkBytes) flush();
      if (!current.length) firsts.push(word);
      current.push(entry);
      bytes += size;
    }
    flush();
    return { firsts, chunks };
  }
}

/** A chunk's entries as [word, [area, records, area, records, …]] with absolute area numbers. */
export function decodeChunk(chunk: RouterChunk): [string, number[]][] {
  return chunk.map((entry) => {
    const postings: number[] = [];
    let area = 0;
    for (let i = 1; i < entry.length; i += 2) {
      area += entry[i] as number;
      postings.push(area, entry[i + 1] as number);
    }
    return [entry[0] as string, postings];
  });
}

/** The names of the chunks that may hold words starting with `term`. */
export function chunksFor(term: string, firsts: readonly string[]): string[] {
  if (LONG_NUMBER.test(term)) return [numberChunk(term)];
  let lo = 0;
  let hi = firsts.length - 1;
  // Last chunk whose first word is ≤ term: the term, or the words after it, start there.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firsts[mid]! <= term) lo = mid;
    else hi = mid - 1;
  }
  if (!firsts.length) return [];
  const found = [lo];
  for (let i = lo + 1; i < firsts.length && firsts[i]!.startsWith(term); i++) found.push(i);
  return (found.length > MAX_CHUNKS_PER_TERM ? [lo] : found).map(String);
}

export interface RoutedArea {
  area: number;
  /** About how many records hold every word: the smallest of the words' counts (a word counts each indexed word it starts). */
  estimate: number;
}

/**
 * Areas holding every term (as a word or the start of one), most records first. `chunks` holds the
 * loaded chunks by name; a term whose chunks are missing matches nothing.
 */
export function routeTerms(terms: readonly string[], firsts: readonly string[], chunks: ReadonlyMap<string, RouterChunk>): RoutedArea[] {
  if (!terms.length) return [];
  const perTerm = terms.map((term) => {
    const perArea = new Map<number, number>();
    for (const index of chunksFor(term, firsts)) {
      for (const entry of chunks.get(index) ?? []) {
        if (!(entry[0] as string).startsWith(term)) continue;
        let area = 0;
        for (let i = 1; i < entry.length; i += 2) {
          area += entry[i] as number;
          perArea.set(area, (perArea.get(area) ?? 0) + (entry[i + 1] as number));
        }
      }
    }
    return perArea;
  });
  const [first, ...rest] = perTerm;
  const combined = new Map<number, number>();
  for (const [area, n] of first!) {
    if (rest.every((m) => m.has(area))) combined.set(area, Math.min(n, ...rest.map((m) => m.get(area)!)));
  }
  return [...combined].map(([area, estimate]) => ({ area, estimate })).sort((a, b) => b.estimate - a.estimate || a.area - b.area);
}
