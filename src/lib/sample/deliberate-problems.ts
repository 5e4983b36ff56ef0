import type { ContractRow } from './canonical-files.ts';
import type { Vendor } from './model.ts';

/** An in-memory CSV table (the default sample is small enough to hold whole). */
export interface Table {
  header: string[];
  rows: string[][];
}

/** A data-quality problem put into the sample on purpose: the importer should warn, not reject. */
export interface DeliberateProblem {
  file: string;
  /** 1-based data record (the header is not counted). */
  row: number;
  /** 1-based physical line of the record in the file (the header is line 1). */
  line: number;
  column: string;
  value: string;
  problem: string;
  problemTh: string;
}

function set(table: Table, file: string, index: number, column: string, value: string, problem: string, problemTh: string): DeliberateProblem {
  const c = table.header.indexOf(column);
  if (c < 0) throw new RangeError(`${file} has no column ${column}`);
  (table.rows[index] as string[])[c] = value;
  return { file, row: index + 1, line: index + 2, column, value, problem, problemTh };
}

function juristic(v: Vendor): boolean {
  return (v.kind === 'company' || v.kind === 'partnership') && v.taxId !== null;
}

/**
 * Puts four problems into procurement.csv, each in a different row: a vendor written without its
 * prefix, a tax id with a wrong check digit, an impossible end date and a missing reference price.
 */
export function spoilProcurement(table: Table, rows: readonly ContractRow[], file: string): DeliberateProblem[] {
  const used = new Set<number>();
  const take = (index: number): number => {
    used.add(index);
    return index;
  };
  const counts = new Map<Vendor, number[]>();
  rows.forEach((r, i) => {
    if (juristic(r.contract.vendor) && r.contract.vendor.name !== r.contract.vendor.bareName) counts.set(r.contract.vendor, [...(counts.get(r.contract.vendor) ?? []), i]);
  });
  const [twoWays, indexes] = [...counts].sort((a, b) => b[1].length - a[1].length)[0] as [Vendor, number[]];
  const problems = [
    set(table, file, take(indexes.at(-1) as number), 'winner_name', twoWays.bareName,
      `vendor written without its prefix; the same tax id appears as '${twoWays.name}' in rows ${indexes.slice(0, -1).map((i) => i + 1).join(', ')}`,
      `ชื่อผู้ขายไม่มีคำนำหน้า เลขผู้เสียภาษีเดียวกันเขียนว่า '${twoWays.name}' ในแถวอื่น`),
  ];
  const badId = rows.findIndex((r, i) => !used.has(i) && juristic(r.contract.vendor) && r.contract.vendor !== twoWays && r.project.contracts.length === 1);
  const id = rows[badId]?.contract.vendor.taxId as string;
  const wrong = id.slice(0, 12) + String((Number(id[12]) + 1) % 10);
  problems.push(set(table, file, take(badId), 'winner_tax_id', wrong, `tax id with a wrong check digit (valid: ${id})`, `เลขประจำตัวผู้เสียภาษีหลักตรวจสอบผิด (ที่ถูกคือ ${id})`));
  const badDate = rows.findIndex((r, i) => !used.has(i) && r.project.fiscalYear === 2568 && i >= rows.length / 2);
  problems.push(set(table, file, take(badDate), 'contract_end_date', '31/02/2568', 'unreadable optional date (there is no 31 February)', 'วันที่ที่อ่านไม่ได้ (ไม่มีวันที่ 31 กุมภาพันธ์)'));
  const noReference = rows.findIndex((r, i) => !used.has(i) && r.project.budgetLineId !== null && r.project.contracts.length === 1 && r.project.budget > 10_000_000);
  problems.push(set(table, file, take(noReference), 'reference_price', '', 'missing reference price (ราคากลาง)', 'ไม่มีราคากลาง'));
  return problems.sort((a, b) => a.row - b.row);
}

/** Writes '-' into one empty planned-amount cell of a plan project. */
export function dashInPlan(table: Table, file: string, yearColumns: readonly string[], laoCode: string): DeliberateProblem {
  const codeColumn = table.header.indexOf('รหัส อปท.');
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i] as string[];
    if (row[codeColumn] !== laoCode) continue;
    const empty = yearColumns.find((c) => row[table.header.indexOf(c)] === '');
    if (empty) return set(table, file, i, empty, '-', "planned amount written '-' instead of left blank", "งบประมาณตามแผนเขียนเป็น '-' แทนช่องว่าง");
  }
  throw new RangeError('no plan project with an empty year');
}

/** Adds a column no importer knows, with a note on a few rows. */
export function addUnknownColumn(table: Table, file: string, column: string, note: string): DeliberateProblem {
  table.header.push(column);
  table.rows.forEach((row, i) => row.push(i % 7 === 2 ? note : ''));
  return { file, row: 0, line: 1, column, value: note, problem: 'extra column that is not in the canonical format (should be ignored with a warning)', problemTh: 'มีคอลัมน์ที่ไม่อยู่ในรูปแบบมาตรฐาน (ควรข้ามพร้อมแจ้งเตือน)' };
}
