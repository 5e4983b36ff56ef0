import { parseAmount } from '../parse/amount.ts';
import { parseThaiDate } from '../parse/dates.ts';
import { cleanText, isPlaceholder } from '../parse/text.ts';

/** A name and price packed in one cell, as สขร.1 writes bidders: 'ร้านสมใจ / 98,500 บาท'. */
export interface NamePrice {
  name: string;
  price: number | null;
}

const NAME_PRICE = /^(.*?)\s*(?:\/|ราคา|เสนอราคา)\s*([-\d๐-๙,.]+)\s*(?:บาท)?\.?$/;

/** One 'name / price บาท' pair; a cell without a price gives the whole text as name. */
export function parseNamePrice(cell: string): NamePrice | null {
  const text = cleanText(cell).replace(/^\d+[.)]\s*/, '');
  if (isPlaceholder(text)) return null;
  const match = NAME_PRICE.exec(text);
  if (!match) return { name: text, price: null };
  const price = parseAmount(match[2]!);
  return { name: cleanText(match[1]!), price: price.ok ? price.value : null };
}

/** Several bidders in one cell, separated by line breaks or semicolons. */
export function parseBidders(cell: string): NamePrice[] {
  return cell
    .split(/[\n;]+/)
    .map(parseNamePrice)
    .filter((b): b is NamePrice => b !== null && b.name !== '');
}

/** Bidders packed back into one cell, the way parseBidders reads them: 'ร้าน ก / 98500 บาท; หจก. ข'. */
export function packBidders(bidders: readonly NamePrice[]): string {
  return bidders.map((b) => (b.price === null ? b.name : `${b.name} / ${b.price} บาท`)).join('; ');
}

/** สขร.1's contract cell: 'เลขที่ 12/2568 ลงวันที่ 13 ส.ค. 68'. */
export function parseContractCell(cell: string): { number: string | null; date: string | null } {
  const text = cleanText(cell);
  const number = /(?:เลขที่|สัญญา(?:เลขที่)?|ใบสั่ง(?:ซื้อ|จ้าง)(?:เลขที่)?)\s*([^\s]+\/[^\s]+|\d+)/.exec(text)?.[1] ?? null;
  const dateText = /(?:ลงวันที่|วันที่)\s*(.+)$/.exec(text)?.[1] ?? null;
  const date = dateText ? parseThaiDate(dateText) : null;
  return { number, date: date && date.ok ? date.value : null };
}
