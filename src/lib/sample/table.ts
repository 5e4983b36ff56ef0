/** Header language of a generated file. */
export type HeaderLanguage = 'en' | 'th';

/** One column of a generated CSV: its English and Thai header and how to fill it. */
export interface Column<T> {
  en: string;
  th: string;
  value: (row: T) => string;
}

/** The header record in the chosen language. */
export function headerOf<T>(columns: readonly Column<T>[], language: HeaderLanguage): string[] {
  return columns.map((c) => (language === 'en' ? c.en : c.th));
}

/** The fields of one record. */
export function fieldsOf<T>(columns: readonly Column<T>[], row: T): string[] {
  const out = new Array<string>(columns.length);
  for (let i = 0; i < columns.length; i++) out[i] = (columns[i] as Column<T>).value(row);
  return out;
}

/** A column with the same header in both languages' files. */
export function column<T>(en: string, th: string, value: (row: T) => string): Column<T> {
  return { en, th, value };
}
