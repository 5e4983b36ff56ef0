import { parseAmount, parseCount, parseDecimal } from '../parse/amount.ts';
import { parseFiscalYear, parseThaiDate, fiscalYearOf } from '../parse/dates.ts';
import { cleanText, isCleanPlaceholder } from '../parse/text.ts';
import { withoutFormulaGuard } from '../io/csv-write.ts';
import type { IssueCollector, IssueLocation } from '../issues/collector.ts';
import type { IssueCode } from '../issues/catalogue.ts';
import type { HeaderBinding } from './spec.ts';

/** 1 January 2500 BE: no record of a local administration is older. */
const EARLIEST_DATE = '1957-01-01';
/**
 * Ten years after the build's date: contracts end a few years ahead, not decades. The date is
 * SOURCE_DATE_EPOCH's when set, as everywhere a build reads the clock, so a build can be reproduced.
 */
function latestDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return `${now.getUTCFullYear() + 10}-12-31`;
}

/** An LAO as a row names it; resolved to an LAO id by the registry. */
export interface LaoRef {
  code: string | null;
  name: string | null;
  province: string | null;
}

/**
 * Reads the fields of one data row by column key, parsing each value and reporting every problem
 * with file, row and column. A row with an error is marked rejected; adapters keep going so that
 * all of its problems are reported at once.
 */
export class RowReader {
  rejected = false;
  readonly file: string;
  readonly line: number;
  readonly fields: readonly string[];
  readonly #binding: HeaderBinding;
  readonly #header: readonly string[];
  readonly #issues: IssueCollector;

  constructor(args: {
    file: string;
    line: number;
    fields: readonly string[];
    header: readonly string[];
    binding: HeaderBinding;
    issues: IssueCollector;
  }) {
    this.file = args.file;
    this.line = args.line;
    this.fields = args.fields;
    this.#header = args.header;
    this.#binding = args.binding;
    this.#issues = args.issues;
  }

  /** Header name of a column as written in the file (for messages). */
  column(key: string): string {
    const i = this.#binding.index.get(key);
    return i === undefined ? key : (this.#header[i] ?? key);
  }

  has(key: string): boolean {
    return this.#binding.index.has(key);
  }

  raw(key: string): string {
    const i = this.#binding.index.get(key);
    return i === undefined ? '' : (this.fields[i] ?? '');
  }

  report(code: IssueCode, key: string | null, value?: string, detail?: { th?: string; en?: string }): void {
    const severity = this.#issues.add(code, this.locate(key, value), detail);
    if (severity === 'error') this.rejected = true;
  }

  /** Where an issue about a column of this row is: file, row, the column's name in the file, the value. */
  locate(key: string | null, value?: string): IssueLocation {
    return { file: this.file, row: this.line, column: key === null ? null : this.column(key), value: value ?? (key ? this.raw(key) : null) };
  }

  /** Cleaned text, or null when blank or a placeholder such as '-'. A formula guard ('=…) is dropped. */
  text(key: string): string | null {
    const clean = withoutFormulaGuard(cleanText(this.raw(key)));
    return isCleanPlaceholder(clean) ? null : clean;
  }

  /** Like text(), but an empty value rejects the row. */
  required(key: string): string | null {
    const value = this.text(key);
    if (value === null) this.report('MissingRequired', key);
    return value;
  }

  amount(key: string, options: { required?: boolean } = {}): number | null {
    const raw = this.raw(key);
    const parsed = parseAmount(raw);
    if (!parsed.ok) {
      this.report(options.required ? 'InvalidAmount' : 'InvalidOptionalAmount', key, raw, { en: parsed.reason, th: parsed.reason });
      return null;
    }
    if (parsed.value === null && options.required) this.report('MissingRequired', key);
    if (parsed.value !== null && parsed.value < 0) this.report('NegativeAmount', key, raw);
    return parsed.value;
  }

  date(key: string): string | null {
    const raw = this.raw(key);
    const parsed = parseThaiDate(raw);
    if (!parsed.ok) {
      this.report('InvalidDate', key, raw, { en: parsed.reason, th: parsed.reason });
      return null;
    }
    if (parsed.value !== null && (parsed.value < EARLIEST_DATE || parsed.value > latestDate())) {
      // Read, but no LAO record is dated so: a mistyped year (2658 for 2568, or a CE year taken as BE).
      this.report('DateOutOfRange', key, raw, { th: `อ่านได้เป็น ${parsed.value}`, en: `read as ${parsed.value}` });
      return null;
    }
    return parsed.value;
  }

  count(key: string): number | null {
    const raw = this.raw(key);
    const parsed = parseCount(raw);
    if (!parsed.ok) {
      this.report('InvalidNumber', key, raw, { en: parsed.reason, th: parsed.reason });
      return null;
    }
    return parsed.value;
  }

  decimal(key: string): number | null {
    const raw = this.raw(key);
    const parsed = parseDecimal(raw);
    if (!parsed.ok) {
      this.report('InvalidNumber', key, raw, { en: parsed.reason, th: parsed.reason });
      return null;
    }
    return parsed.value;
  }

  /** The fiscal year column, or the fiscal year of the first given date; rejects the row when neither is known. */
  fiscalYear(key: string, ...fallbackDates: (string | null)[]): number | null {
    const raw = this.raw(key);
    const parsed = parseFiscalYear(raw);
    if (parsed.ok && parsed.value !== null) return parsed.value;
    const date = fallbackDates.find((d) => d !== null);
    if (date) return fiscalYearOf(date);
    this.report('InvalidFiscalYear', this.has(key) ? key : null, raw);
    return null;
  }

  /** Values of a year-indexed column family, e.g. budget_2566 … budget_2570 → {"2566": …}. */
  byYear(key: string, parse: 'amount' | 'decimal'): Record<string, number> {
    const out: Record<string, number> = {};
    for (const { year, index } of this.#binding.years.get(key) ?? []) {
      const raw = this.fields[index] ?? '';
      const parsed = parse === 'amount' ? parseAmount(raw) : parseDecimal(raw);
      if (!parsed.ok) {
        this.#issues.add(parse === 'amount' ? 'InvalidOptionalAmount' : 'InvalidNumber', {
          file: this.file, row: this.line, column: this.#header[index] ?? key, value: raw,
        });
      } else if (parsed.value !== null) {
        out[String(year)] = parsed.value;
      }
    }
    return out;
  }

  /** The LAO named by the usual lao_code / lao_name / province columns. */
  laoRef(): LaoRef {
    return { code: this.text('laoCode'), name: this.text('laoName'), province: this.text('province') };
  }
}
