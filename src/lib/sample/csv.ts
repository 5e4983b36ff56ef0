import { quoteCsvField } from '../io/csv-write.ts';

// Sample files are inputs, written as an LAO's export would be: quoted, never formula-neutralised.

/** One CSV record ending in CRLF. */
export function csvLine(fields: readonly string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) line += ',';
    line += quoteCsvField(fields[i] as string);
  }
  return line + '\r\n';
}
