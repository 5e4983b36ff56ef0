import type { Issue } from '../schema/quality.ts';
import { ISSUES, type IssueCode } from './catalogue.ts';

/** Where an issue was found. */
export interface IssueLocation {
  file: string;
  row: number | null;
  column: string | null;
  value?: string | null;
}

const VALUE_LIMIT = 200;

/**
 * Collects issues for the quality report. Errors are always listed (they account for rejected rows);
 * warnings are listed up to `warningCap` per file and code, and counted beyond it, so a national
 * import with a systematic warning does not produce a report of millions of lines.
 */
export class IssueCollector {
  readonly issues: Issue[] = [];
  warningsNotListed = 0;
  readonly #warningCounts = new Map<string, number>();
  readonly #warningCap: number;

  constructor(warningCap = 200) {
    this.#warningCap = warningCap;
  }

  add(code: IssueCode, at: IssueLocation, detail?: { th?: string; en?: string }): Issue['severity'] {
    const def = ISSUES[code];
    if (def.severity === 'warning') {
      const key = `${at.file}\u0000${code}`;
      const seen = (this.#warningCounts.get(key) ?? 0) + 1;
      this.#warningCounts.set(key, seen);
      if (seen > this.#warningCap) {
        this.warningsNotListed++;
        return def.severity;
      }
    }
    const value = at.value == null ? null : at.value.length > VALUE_LIMIT ? at.value.slice(0, VALUE_LIMIT) + '…' : at.value;
    this.issues.push({
      severity: def.severity,
      code,
      file: at.file,
      row: at.row,
      column: at.column,
      value,
      message: {
        th: detail?.th ? `${def.th}: ${detail.th}` : def.th,
        en: detail?.en ? `${def.en}: ${detail.en}` : def.en,
      },
      hint: { th: def.hintTh, en: def.hintEn },
    });
    return def.severity;
  }

  count(file: string, severity: Issue['severity']): number {
    let n = 0;
    for (const issue of this.issues) if (issue.file === file && issue.severity === severity) n++;
    if (severity === 'warning') {
      for (const [key, seen] of this.#warningCounts) {
        if (key.startsWith(file + '\u0000') && seen > this.#warningCap) n += seen - this.#warningCap;
      }
    }
    return n;
  }
}

/** One line for a terminal: `data/x.csv:12 [ราคากลาง] InvalidAmount — The amount … (“abc”)`. */
export function formatIssue(issue: Issue, lang: 'th' | 'en' = 'en'): string {
  const where = `${issue.file}${issue.row ? `:${issue.row}` : ''}${issue.column ? ` [${issue.column}]` : ''}`;
  const value = issue.value != null ? ` (“${issue.value}”)` : '';
  return `${where} ${issue.code} — ${issue.message[lang]}${value}. ${issue.hint[lang]}.`;
}
