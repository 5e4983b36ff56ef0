// Thai has no spaces between words, so search needs words cut out the same way in the index and in
// the query. Both sides use ICU's dictionary segmenter (Intl.Segmenter): at build time in Node, in the
// browser for the query. ICU keeps some compounds whole ('คอนกรีตเสริมเหล็ก') that a reader searches
// in part ('เสริมเหล็ก' → 'เสริม' + 'เหล็ก'), so the index also gets the known words inside each compound.
import { toArabicDigits } from '../parse/thai-digits.ts';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const THAI_LETTERS = /^[\u0E01-\u0E4E]+$/;
/** Where a Thai syllable can start: a consonant, or a vowel written before its consonant. */
const SYLLABLE_START = /[ก-ฮเแโใไ]/;
const LEADING_VOWEL = /[เแโใไ]/;
/** Shorter than this, a word is taken as simple: splitting short words yields fragments, not words. */
const COMPOUND_MIN_LENGTH = 7;

/** The words of a text as ICU cuts them, digits made Arabic, punctuation and spaces dropped. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(toArabicDigits(text).normalize('NFC'))) if (s.isWordLike) out.push(s.segment.toLowerCase());
  return out;
}

/**
 * A string ICU knows as one dictionary word. Alone, ICU also returns some unknown strings whole, so
 * the string is read between two known words, where an unknown one falls apart or merges.
 */
function isDictionaryWord(text: string): boolean {
  const parts = [...segmenter.segment(`และ${text}และ`)];
  return parts.length === 3 && parts[1]!.segment === text;
}

/** Where a Thai word piece can begin: before a consonant or a leading vowel, not after a leading vowel. */
function canBreakAt(word: string, i: number): boolean {
  return i === 0 || i === word.length || (SYLLABLE_START.test(word[i]!) && !LEADING_VOWEL.test(word[i - 1]!));
}

const innerCache = new Map<string, string[]>();

/**
 * Known words inside a Thai compound that ICU keeps whole: the words of the cuts of the whole compound
 * into the fewest dictionary words (maximal matching). 'คอนกรีตเสริมเหล็ก' → คอนกรีต, เสริม, เหล็ก.
 */
export function innerWords(word: string): string[] {
  if (word.length < COMPOUND_MIN_LENGTH || !THAI_LETTERS.test(word)) return [];
  const cached = innerCache.get(word);
  if (cached) return cached;
  const n = word.length;
  // piece[i]: ends j such that word[i..j) is a dictionary word of two letters or more, not the whole word
  const piece: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    if (!canBreakAt(word, i)) continue;
    for (let j = i + 2; j <= n; j++) if (canBreakAt(word, j) && !(i === 0 && j === n) && isDictionaryWord(word.slice(i, j))) piece[i]!.push(j);
  }
  // Fewest pieces from the start to i, and from j to the end.
  const fromStart = new Array<number>(n + 1).fill(Infinity);
  const toEnd = new Array<number>(n + 1).fill(Infinity);
  fromStart[0] = 0;
  toEnd[n] = 0;
  for (let i = 0; i < n; i++) for (const j of piece[i]!) fromStart[j] = Math.min(fromStart[j]!, fromStart[i]! + 1);
  for (let i = n - 1; i >= 0; i--) for (const j of piece[i]!) toEnd[i] = Math.min(toEnd[i]!, toEnd[j]! + 1);
  const found = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (const j of piece[i]!) if (fromStart[i]! + 1 + toEnd[j]! === toEnd[0]) found.add(word.slice(i, j));
  }
  const result = [...found].sort();
  if (innerCache.size > 100_000) innerCache.clear();
  innerCache.set(word, result);
  return result;
}

/** Text for the search index: its words separated by spaces, each compound followed by the words inside it. */
export function indexText(text: string): string {
  return words(text).flatMap((w) => [w, ...innerWords(w)]).join(' ');
}

/**
 * Abbreviated legal forms a reader types before a company name. The index holds each vendor's name with
 * its legal form written out and without it, so the abbreviation is simply dropped from the query.
 */
const LEGAL_FORM_ABBREVIATIONS = /(?:^|\s)(?:บจก|หจก|บมจ|หสม|บ\.จ\.ก|ห\.จ\.ก)(?:\.|(?=\s|$))/g;

/** A reader's query as the index holds words: digits Arabic, Thai cut into words, joined by spaces. */
export function queryText(query: string): string {
  return words(query.replace(LEGAL_FORM_ABBREVIATIONS, ' ')).join(' ');
}
