const THAI_ZERO = 0x0e50;

/** Replaces Thai digits ๐–๙ with 0–9; everything else is kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}
