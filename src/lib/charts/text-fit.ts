// Fitting a label into a width without measuring it: estimate, then cut at a grapheme boundary so a
// Thai vowel or tone mark is never separated from its consonant.
import { glyphWidthEm } from './glyph-width.ts';

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Estimated width of `text` at `fontSize`, in the same units as `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += glyphWidthEm(char);
  return em * fontSize;
}

/**
 * `text` if it fits in `maxWidth`; otherwise its longest grapheme-whole prefix followed by "…";
 * an empty string when not even one grapheme and the ellipsis fit.
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const budget = maxWidth - estimateTextWidth(ELLIPSIS, fontSize);
  let prefix = '';
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    const next = width + estimateTextWidth(segment, fontSize);
    if (next > budget) break;
    prefix += segment;
    width = next;
  }
  prefix = prefix.trimEnd();
  return prefix === '' ? '' : prefix + ELLIPSIS;
}

/** True when `text` fits `maxWidth` whole. */
export function fitsWhole(text: string, maxWidth: number, fontSize: number): boolean {
  return estimateTextWidth(text, fontSize) <= maxWidth;
}
