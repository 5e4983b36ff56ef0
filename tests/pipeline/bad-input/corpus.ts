// The bad-input corpus: each case is a small valid data folder (a few rows copied from data/sample/:
// organisations, an e-GP contracts export and an expense budget file, in this folder) with one mistake
// applied, written to a temporary folder. The big and binary cases are made here, in code.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { encodeWindows874 } from '../../../src/lib/parse/encoding.ts';

const HERE = new URL('./', import.meta.url).pathname;

/** The e-GP file's name in every case folder. */
export const EGP = 'egp-contracts.csv';
/** The expense budget file's name in every case folder. */
export const EXPENSE = 'budget-expense.csv';
export const ORGANISATIONS = 'organisations.csv';

type Table = string[][];

function table(name: string): Table {
  return parse(readFileSync(join(HERE, name), 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true }) as Table;
}

/** Writes rows as an LAO's export would: quoted only where needed, never formula-guarded. */
export function toCsv(rows: Table, delimiter = ',', eol = '\n'): string {
  const cell = (v: string) => (v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
}

/** The valid starting point: header + 5 contracts (UTF-8 with BOM, as data.go.th serves it). */
export function egpRows(): Table {
  return table(EGP);
}
/** Header + 3 expense lines of เทศบาลนครสะแกกรัง (by LAO code). */
export function expenseRows(): Table {
  return table(EXPENSE);
}
/** The two LAOs the other files name. */
export function organisationsText(): string {
  return readFileSync(join(HERE, ORGANISATIONS), 'utf8');
}

/** Index of an e-GP column by its header name. */
export function egpColumn(name: string): number {
  const i = egpRows()[0]!.indexOf(name);
  if (i < 0) throw new Error(`no e-GP column ${name}`);
  return i;
}
export function expenseColumn(name: string): number {
  const i = expenseRows()[0]!.indexOf(name);
  if (i < 0) throw new Error(`no expense column ${name}`);
  return i;
}

const BOM = '\uFEFF';

/** A copy of a table with one cell changed (row 0 is the header; row n is file line n + 1). */
/** A copy of the e-GP file's lines with one text replaced on one line (line 1 is the header). */
function egpLinesWith(line: number, from: string, to: string, delimiter = ','): string[] {
  const lines = toCsv(egpRows(), delimiter).split('\n');
  const before = lines[line - 1]!;
  lines[line - 1] = before.replace(from, to);
  if (lines[line - 1] === before) throw new Error(`corpus: “${from}” is not on line ${line}`);
  return lines;
}

function withCell(rows: Table, row: number, column: number, value: string): Table {
  return rows.map((r, i) => (i === row ? r.map((v, j) => (j === column ? value : v)) : [...r]));
}

/** Deterministic bytes that are nothing like text (a PRNG, with NULs). */
function binaryBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 0x9e3779b9;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = i % 7 === 0 ? 0 : x & 0xff;
  }
  return out;
}

export type CaseFiles = Record<string, string | Uint8Array>;

/** The folder every case starts from. */
export function validFiles(): CaseFiles {
  return { [ORGANISATIONS]: organisationsText(), [EGP]: BOM + toCsv(egpRows()), [EXPENSE]: toCsv(expenseRows()) };
}

const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>';
/** Free-text columns of the e-GP format (not the LAO, province, method, id, amounts or dates). */
export const EGP_TEXT_COLUMNS = ['ชื่อโครงการ', 'ชื่อประเภทโครงการ', 'ชื่อหน่วยงานย่อย', 'เขต/อำเภอ', 'แขวง/ตำบล', 'สถานะโครงการ', 'ชื่อผู้ชนะ', 'เลขที่สัญญา', 'สถานะสัญญา'];
export const SCRIPT_TEXT = SCRIPT;
export const TEN_MB = 10 * 1024 * 1024;
export const LONG_NAME = 100_000;
/** Right-to-left override, zero-width space / joiner / BOM, word joiner. */
export const INVISIBLES = ['\u202E', '\u200B', '\u200D', '\uFEFF', '\u2060', '\u2066'];

/** Every case of the corpus: the files of its folder, one mistake applied to the valid ones. */
export const CASES = {
  'empty-file': () => ({ ...validFiles(), [EGP]: '' }),
  'binary-file': () => ({ ...validFiles(), [EGP]: binaryBytes(100_000) }),
  'truncated-file': () => {
    // Cut in the middle of row 6 (the last contract), inside a Thai character of the winner's name.
    const bytes = Buffer.from(BOM + toCsv(egpRows()));
    const lastRow = bytes.lastIndexOf(Buffer.from('\n', 'utf8'), bytes.length - 2) + 1;
    const winner = bytes.indexOf(Buffer.from('นางประไพ'), lastRow);
    return { ...validFiles(), [EGP]: bytes.subarray(0, winner + 4) };
  },
  'semicolon-delimiter': () => ({ ...validFiles(), [EGP]: BOM + toCsv(egpRows(), ';') }),
  'tab-delimiter': () => ({ ...validFiles(), [EXPENSE]: toCsv(expenseRows(), '\t', '\r\n') }),
  'semicolon-row-in-comma-file': () => {
    const rows = egpRows();
    const lines = toCsv(rows).split('\n');
    lines[3] = toCsv([rows[3]!], ';').trimEnd(); // line 4
    return { ...validFiles(), [EGP]: BOM + lines.join('\n') };
  },
  // A quote opened at the start of a cell on line 5 and never closed.
  'unclosed-quote': () => ({ ...validFiles(), [EGP]: BOM + egpLinesWith(5, ',ซื้อวัสดุอุปกรณ์', ',"ซื้อวัสดุอุปกรณ์').join('\n') }),
  // A quote opened in one row and closed in a later one: the rows between are glued into one cell.
  'quote-spanning-rows': () => {
    const lines = egpLinesWith(4, ',ซื้อเครื่องสำรองไฟฟ้า', ',"ซื้อเครื่องสำรองไฟฟ้า');
    lines[5] = lines[5]!.replace('จ้างเหมาฉีดพ่นหมอกควัน', 'จ้างเหมา"ฉีดพ่นหมอกควัน');
    return { ...validFiles(), [EGP]: BOM + lines.join('\n') };
  },
  // A quoted cell with text after its closing quote: "ซื้อนม" ภาคเรียนที่ 1.
  'text-after-closing-quote': () => ({ ...validFiles(), [EGP]: BOM + egpLinesWith(5, ',ซื้อวัสดุอุปกรณ์ โครงการ', ',"ซื้อวัสดุอุปกรณ์" โครงการ').join('\n') }),
  'ten-mb-field': () => ({ ...validFiles(), [EGP]: BOM + toCsv(withCell(egpRows(), 2, egpColumn('ชื่อโครงการ'), 'ซื้อ'.repeat(TEN_MB / 12))) }),
  'duplicate-headers': () => ({ ...validFiles(), [EXPENSE]: toCsv(withCell(expenseRows(), 0, expenseColumn('รายการ'), 'จำนวนเงิน')) }),
  'duplicate-rows': () => {
    const rows = egpRows();
    // The same contract again, with its own running number (which does not make it a new contract).
    return { ...validFiles(), [EGP]: BOM + toCsv([...rows, ['6', ...rows[3]!.slice(1)]]) };
  },
  'header-only': () => ({ ...validFiles(), [EGP]: BOM + toCsv(egpRows().slice(0, 1)) }),
  'negative-amounts': () => {
    let rows = withCell(egpRows(), 3, egpColumn('งบประมาณ(บาท)'), '-19446');
    rows = withCell(rows, 3, egpColumn('ราคาตกลงซื้อ/จ้าง'), '(19,446.00)');
    return { ...validFiles(), [EGP]: BOM + toCsv(rows), [EXPENSE]: toCsv(withCell(expenseRows(), 2, expenseColumn('จำนวนเงิน'), '-125407800')) };
  },
  'huge-amounts': () => ({
    ...validFiles(),
    [EGP]: BOM + toCsv(withCell(egpRows(), 3, egpColumn('งบประมาณ(บาท)'), '9'.repeat(400))),
    [EXPENSE]: toCsv(withCell(expenseRows(), 2, expenseColumn('จำนวนเงิน'), '1e308')),
  }),
  'date-in-the-future': () => ({ ...validFiles(), [EGP]: BOM + toCsv(withCell(egpRows(), 3, egpColumn('วันที่ลงนามสัญญา'), '10 ธ.ค. 2650')) }),
  'date-before-2500': () => {
    // No fiscal year in the row: the date is the only thing it could be worked out from.
    const rows = withCell(withCell(egpRows(), 3, egpColumn('วันที่ลงนามสัญญา'), '10/12/2467'), 3, egpColumn('ปีงบประมาณ'), '');
    return { ...validFiles(), [EGP]: BOM + toCsv(rows) };
  },
  'formula-cells': () => {
    let rows = withCell(egpRows(), 3, egpColumn('ชื่อโครงการ'), '=HYPERLINK("http://evil.example","คลิก")');
    rows = withCell(rows, 3, egpColumn('ชื่อผู้ชนะ'), '@SUM(1+1)');
    rows = withCell(rows, 4, egpColumn('ชื่อโครงการ'), '+66 ซ่อมถนน');
    rows = withCell(rows, 4, egpColumn('ชื่อผู้ชนะ'), '-บริษัท วิวัฒน์ภัณฑ์ จำกัด');
    return { ...validFiles(), [EGP]: BOM + toCsv(rows) };
  },
  'html-and-script': () => {
    let rows = egpRows();
    for (const name of EGP_TEXT_COLUMNS) rows = withCell(rows, 4, egpColumn(name), `${rows[4]![egpColumn(name)]}${SCRIPT}`);
    let expense = expenseRows();
    for (const name of ['งาน', 'หมวด', 'ประเภท', 'รายการ']) expense = withCell(expense, 1, expenseColumn(name), `${expense[1]![expenseColumn(name)]}${SCRIPT}`);
    return { ...validFiles(), [EGP]: BOM + toCsv(rows), [EXPENSE]: toCsv(expense) };
  },
  'invisible-characters': () => {
    // No tax ids: the two contracts of บริษัท บุญมาเทคโนโลยี จำกัด must still be one vendor.
    let rows = withCell(egpRows(), 2, egpColumn('ชื่อผู้ชนะ'), 'บริษัท บุญมาเทคโนโลยี จำกัด');
    rows = withCell(rows, 2, egpColumn('เลขนิติบุคคล'), '');
    rows = withCell(rows, 3, egpColumn('เลขนิติบุคคล'), '');
    rows = withCell(rows, 3, egpColumn('ชื่อผู้ชนะ'), `${INVISIBLES[0]}บริษัท บุญ${INVISIBLES[1]}มาเทค${INVISIBLES[2]}โนโลยี${INVISIBLES[3]} จำกัด${INVISIBLES[4]}${INVISIBLES[5]}`);
    // The buyer's name and a tax id with invisible characters in them.
    rows = withCell(rows, 4, egpColumn('ชื่อหน่วยงาน'), 'องค์การบริหารส่วน\u200Bจังหวัดอุทัยธานี\u202E');
    rows = withCell(rows, 5, egpColumn('เลขนิติบุคคล'), '3610300038029\u200B');
    return { ...validFiles(), [EGP]: BOM + toCsv(rows) };
  },
  'long-names': () => {
    let rows = withCell(egpRows(), 2, egpColumn('ชื่อผู้ชนะ'), 'บริษัท ' + 'ก'.repeat(LONG_NAME) + ' จำกัด');
    rows = withCell(rows, 4, egpColumn('ชื่อโครงการ'), 'จ้าง'.repeat(LONG_NAME / 4));
    return { ...validFiles(), [EGP]: BOM + toCsv(rows) };
  },
  // One file UTF-8 with a BOM (e-GP), one Windows-874 (the budget, as Thai Excel saves CSV), one UTF-8 without.
  'mixed-encodings': () => ({ ...validFiles(), [EXPENSE]: encodeWindows874(toCsv(expenseRows(), ',', '\r\n')) }),
  // One row pasted in from a Windows-874 file into a UTF-8 one.
  'mixed-encoding-in-one-file': () => {
    const lines = toCsv(expenseRows()).split('\n');
    const bytes = Buffer.concat([Buffer.from(lines.slice(0, 3).join('\n') + '\n'), Buffer.from(encodeWindows874(lines[3]! + '\n'))]);
    return { ...validFiles(), [EXPENSE]: bytes };
  },
} satisfies Record<string, () => CaseFiles>;

export type CaseName = keyof typeof CASES;

/** Writes the files of a case into a new temporary folder and returns it. */
export function writeCase(files: CaseFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-bad-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
