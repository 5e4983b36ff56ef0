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

/** Quotes a field per RFC 4180 when it holds a comma, quote or line break. */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return quoteCsvField(typeof value === 'number' ? String(value) : neutraliseFormula(value));
}

/** RFC 4180 CSV with CRLF line ends, UTF-8 with a BOM so that Excel shows Thai. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
