/** Cells a spreadsheet would run as a formula start with one of these. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet: text that starts like a formula gets a leading
 * apostrophe; numbers (including negative ones) are left as they are.
 */
export function neutraliseFormula(value: string): string {
  if (!FORMULA_START.test(value)) return value;
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  return `'${value}`;
}

/** Undoes neutraliseFormula when a download is read back: the guarding apostrophe goes. */
export function withoutFormulaGuard(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Quotes a field per RFC 4180 when it holds a comma, quote or line break. */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return quoteCsvField(typeof value === 'number' ? String(value) : neutraliseFormula(value));
}

/** One CSV line, CRLF included. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(cell).join(',')}\r\n`;
}

/** Starts a CSV file: UTF-8 byte order mark, so that Excel shows Thai. */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 CSV with CRLF line ends, UTF-8 with a BOM so that Excel shows Thai. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join('');
}
