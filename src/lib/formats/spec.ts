import { foldHeader } from '../parse/text.ts';

/** A column of an input format. */
export interface ColumnSpec {
  /** Key the adapter reads the value by. */
  key: string;
  /** Accepted header names, English first then Thai (compared after foldHeader). */
  names: readonly string[];
  /** Needed for the format to be recognised. */
  required?: boolean;
  /** A money column: summed as read and as imported in the reconciliation. */
  money?: boolean;
  /** One-line meaning, for docs/data-format.md. */
  doc: string;
  /**
   * For year-indexed columns (`budget_2566`, `งบประมาณ 2566`): header prefixes; the column matches
   * any header that is one of them followed by a 4-digit BE year.
   */
  yearPrefixes?: readonly string[];
}

/** An input format: its columns and how a header row is recognised. */
export interface FormatSpec {
  id: string;
  label: { th: string; en: string };
  /** What files of this format hold, for the docs. */
  description: string;
  columns: readonly ColumnSpec[];
  /** The header may follow a few preamble lines (สขร.1 forms). */
  preambleLines?: number;
  /** Column names that mark this layout more than others (raises its score on ties). */
  signature?: readonly string[];
}

/** Where each column of a format sits in a given header row. */
export interface HeaderBinding {
  /** key → column index. */
  index: Map<string, number>;
  /** key → [{year, index}] for year-indexed columns. */
  years: Map<string, { year: number; index: number }[]>;
  /** Header cells that no column of the format uses. */
  unused: number[];
  /** Header cells this format explains (binds to one of its columns). */
  explained: number;
  /** Share of the format's columns found (0–1, signature names weigh extra): the tie-breaker. */
  score: number;
  /** Every required column was found. */
  complete: boolean;
}

const foldedNames = new WeakMap<ColumnSpec, Set<string>>();
function namesOf(column: ColumnSpec): Set<string> {
  let set = foldedNames.get(column);
  if (!set) {
    set = new Set(column.names.map(foldHeader));
    foldedNames.set(column, set);
  }
  return set;
}

/** Matches a header row against a format. A header cell binds to the first column that accepts it. */
export function bindHeader(spec: FormatSpec, header: readonly string[]): HeaderBinding {
  const folded = header.map(foldHeader);
  const index = new Map<string, number>();
  const years = new Map<string, { year: number; index: number }[]>();
  const used = new Set<number>();
  for (const column of spec.columns) {
    if (column.yearPrefixes) {
      const prefixes = column.yearPrefixes.map(foldHeader);
      folded.forEach((cell, i) => {
        if (used.has(i)) return;
        const match = /^(.*?)(2[5-6]\d\d)$/.exec(cell);
        if (match && prefixes.includes(match[1]!)) {
          const list = years.get(column.key) ?? [];
          list.push({ year: Number(match[2]), index: i });
          years.set(column.key, list);
          used.add(i);
        }
      });
      continue;
    }
    const names = namesOf(column);
    const i = folded.findIndex((cell, j) => !used.has(j) && names.has(cell));
    if (i >= 0) {
      index.set(column.key, i);
      used.add(i);
    }
  }
  const found = spec.columns.filter((c) => index.has(c.key) || years.has(c.key));
  const complete = spec.columns.every((c) => !c.required || index.has(c.key) || years.has(c.key));
  const signature = spec.signature?.map(foldHeader) ?? [];
  const signatureHits = signature.filter((s) => folded.includes(s)).length;
  const unused = folded.map((_, i) => i).filter((i) => !used.has(i) && folded[i] !== '');
  const score = (found.length + signatureHits) / (spec.columns.length + signature.length);
  return { index, years, unused, explained: used.size, score, complete };
}
