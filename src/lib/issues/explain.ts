/**
 * The report of `npm run check-data`: a QualityReport explained for the officer who prepares the files
 * in Excel. Per file, each problem with the row as Excel shows it, the column as the header names it,
 * the value found, what is wrong and how to fix it, in Thai then English; the same problem repeated in
 * one column of one file is told once, with its first rows. Plain text for a CI job log, Markdown for a
 * job summary. Pure: what only the files can tell (Excel rows, headers) comes in through the options.
 */
import { ADAPTERS, betterBinding } from '../formats/registry.ts';
import { bindHeader, type ColumnSpec } from '../formats/spec.ts';
import type { FileReport, Issue, QualityReport } from '../schema/quality.ts';
import { ISSUES } from './catalogue.ts';

export type ReportLang = 'th' | 'en' | 'both';
interface Text { th: string; en: string }

export interface ExplainOptions {
  /** Default 'both': Thai, then English. */
  lang?: ReportLang;
  /** Warnings fail the check too. */
  strict?: boolean;
  /** The data folder as the reader knows it (e.g. relative to where the command runs); default report.dataDir. */
  folder?: string;
  /** The row Excel shows for a 1-based line of a file; they differ below a cell holding line breaks. Default: the line. */
  excelRow?: (file: string, line: number) => number;
  /** The first row of a file whose format was not recognised, to name the format it comes closest to. */
  headerOf?: (file: string) => readonly string[] | undefined;
  /** Files in the folder that are not read at all (neither CSV nor a spreadsheet). */
  ignored?: readonly string[];
}

export interface CheckVerdict {
  files: number;
  rows: number;
  errors: number;
  warnings: number;
  failed: boolean;
}

/** Rows listed one by one for a repeated problem; the rest are counted. */
const ROWS_LISTED = 5;
/** Characters of a value shown before it is cut. */
const VALUE_CHARS = 60;

/** Counts and outcome of a check. A folder without any file to read is one error. */
export function checkVerdict(report: QualityReport, strict = false): CheckVerdict {
  const errors = report.totals.errors + (report.files.length === 0 ? 1 : 0);
  const warnings = report.totals.warnings;
  return { files: report.totals.files, rows: report.totals.rowsRead, errors, warnings, failed: errors > 0 || (strict && warnings > 0) };
}

// ---------------------------------------------------------------------------------------------
// What each problem means, for the reader

/** The parsers' short English reasons (src/lib/parse), said plainly. */
const REASONS: Record<string, Text> = {
  'not-a-number': { th: 'มีตัวอักษรหรือเครื่องหมายที่ไม่ใช่ตัวเลข', en: 'it has letters or signs that are not digits' },
  'misplaced-comma': { th: 'เครื่องหมายจุลภาค (,) อยู่ผิดที่ ต้องคั่นทุก 3 หลัก', en: 'a comma is out of place: commas go between groups of 3 digits' },
  'several-decimal-points': { th: 'มีจุดทศนิยมมากกว่าหนึ่งจุด', en: 'it has more than one decimal point' },
  'scientific-notation': { th: 'Excel แสดงเป็นเลขแบบย่อ (E+) ตัวเลขบางหลักหายไปแล้ว', en: 'Excel wrote it in short scientific form (E+), and digits are lost' },
  'out-of-range': { th: 'ค่ามากหรือน้อยเกินกว่าที่เป็นไปได้', en: 'the value is beyond what is possible' },
  'not-a-whole-number': { th: 'ต้องเป็นจำนวนเต็ม', en: 'it must be a whole number' },
  negative: { th: 'ต้องไม่ติดลบ', en: 'it must not be negative' },
  'impossible-date': { th: 'ไม่มีวันที่นี้ในปฏิทิน', en: 'no such day exists' },
  'unreadable-date': { th: 'ไม่ใช่รูปแบบวันที่ที่อ่านได้', en: 'it is not written in a date form that can be read' },
  'not-a-year': { th: 'ต้องเป็นปี พ.ศ. ปีเดียว', en: 'it must be one Buddhist Era year' },
  'bad-length': { th: 'ไม่ใช่ตัวเลข 13 หลัก', en: 'it is not 13 digits' },
  'bad-check-digit': { th: 'หลักสุดท้าย (เลขตรวจสอบ) ไม่ตรง น่าจะพิมพ์ผิดหนึ่งหลัก', en: 'the last (check) digit does not match: probably one digit is mistyped' },
  'excel-damaged': { th: 'Excel แปลงเป็นเลขแบบย่อ (E+) ตัวเลขบางหลักหายไปแล้ว', en: 'Excel turned it into short scientific form (E+), and digits are lost' },
};

const SAVE_AS_CSV: Text = {
  th: 'ใน Excel เลือก ไฟล์ → บันทึกเป็น → “CSV UTF-8 (คั่นด้วยจุลภาค) (*.csv)” แล้วใส่ไฟล์ .csv ไว้ในโฟลเดอร์ข้อมูลแทน',
  en: 'In Excel choose File → Save As → “CSV UTF-8 (Comma delimited) (*.csv)”, and put the .csv file in the data folder instead',
};

/** Said beyond the catalogue's message and hint, for mistakes Excel is known to make. */
function advice(issue: Issue, reason: string | null, header: readonly string[] | undefined): { what?: Text; fix: Text; replacesHint?: true } | null {
  const value = issue.value ?? '';
  switch (issue.code) {
    case 'BinaryFile':
      return /\.(csv|tsv|txt)$/i.test(issue.file)
        ? { what: { th: 'ชื่อไฟล์ลงท้าย .csv แต่ข้างในเป็นไฟล์ Excel (การเปลี่ยนชื่อไฟล์ไม่ได้ทำให้เป็น CSV)', en: 'the name ends in .csv but the file is an Excel workbook (renaming a file does not make it a CSV)' }, fix: SAVE_AS_CSV, replacesHint: true }
        : { fix: SAVE_AS_CSV, replacesHint: true };
    case 'UnknownFormat': {
      const closest = header && closestFormat(header);
      if (!closest) return null;
      const names = (lang: 'th' | 'en') => closest.missing.map((c) => `“${c[lang]}”`).join(', ');
      return {
        what: { th: `หัวตารางคล้ายรูปแบบ “${closest.label.th}” แต่ไม่มีคอลัมน์ที่ต้องมี ${names('th')}`, en: `the header looks like “${closest.label.en}” but lacks the required column ${names('en')}` },
        fix: { th: `เพิ่มคอลัมน์ ${names('th')} ในแถวแรก (ชื่อคอลัมน์ที่ใช้ได้อยู่ใน docs/data-format.md)`, en: `Add the column ${names('en')} to the first row (accepted names are in docs/data-format.md)` },
        replacesHint: true,
      };
    }
    case 'InvalidDate':
      if (/^\d{5}$/.test(value.trim())) return { what: { th: 'ตัวเลข 5 หลักคือเลขลำดับวันที่ของ Excel', en: 'a 5-digit number is Excel’s date serial number' }, fix: { th: 'จัดรูปแบบเซลล์เป็น “วันที่” ก่อนบันทึกเป็น CSV', en: 'Format the cells as Date before saving as CSV' } };
      if (/^\d{1,2}\/(1[3-9]|2\d|3[01])\/\d{2,4}$/.test(value.trim())) return { what: { th: 'ดูเหมือนเป็น เดือน/วัน/ปี ของ Excel ภาษาอังกฤษ', en: 'it looks like month/day/year from an English Excel' }, fix: { th: 'เขียนเป็น วัน/เดือน/ปี', en: 'Write day/month/year' } };
      return null;
    case 'InvalidAmount':
    case 'InvalidOptionalAmount':
      if (reason === 'scientific-notation') return { fix: { th: 'จัดรูปแบบเซลล์เป็น “ตัวเลข” แล้วพิมพ์ค่าเต็มใหม่จากต้นฉบับ', en: 'Format the cells as Number and type the full value again from the original' } };
      if (/^#[A-Z/0!?]+[!?A]?$/i.test(value.trim())) return { what: { th: 'ค่านี้คือข้อผิดพลาดของสูตรใน Excel', en: 'this is an Excel formula error' }, fix: { th: 'แก้สูตร หรือคัดลอกแล้ววางแบบ “ค่า” (Paste Values)', en: 'Fix the formula, or copy the cells and Paste Values' } };
      if (/ล้าน|แสน|หมื่น|พัน/.test(value)) return { fix: { th: 'เขียนเป็นตัวเลขเต็ม เช่น 1.5 ล้าน → 1,500,000', en: 'Write the whole number, e.g. 1.5 ล้าน (million) → 1,500,000' } };
      if (/^\d{1,3}(\s\d{3})+(\.\d+)?$/.test(value.trim())) return { what: { th: 'ใช้ช่องว่างคั่นหลักพัน', en: 'spaces separate the thousands' }, fix: { th: 'ลบช่องว่างระหว่างตัวเลขออก หรือใช้จุลภาคแทน เช่น 1,500,000', en: 'Remove the spaces between the digits, or use commas: 1,500,000' } };
      return null;
    case 'InvalidTaxId':
      if (reason === 'excel-damaged') return { fix: { th: 'จัดรูปแบบคอลัมน์เป็น “ข้อความ” แล้วพิมพ์เลข 13 หลักใหม่', en: 'Format the column as Text and type the 13 digits again' } };
      return null;
    default:
      return null;
  }
}

/** Of the formats the header partly matches, the closest one and its required columns the header lacks. */
function closestFormat(header: readonly string[]): { label: Text; missing: Text[] } | null {
  let best: { spec: (typeof ADAPTERS)[number]['spec']; binding: ReturnType<typeof bindHeader> } | null = null;
  for (const { spec } of ADAPTERS) {
    const binding = bindHeader(spec, header);
    if (binding.explained < 2) continue;
    if (!best || betterBinding(binding, best.binding)) best = { spec, binding };
  }
  if (!best) return null;
  const { spec, binding } = best;
  const missing = spec.columns.filter((c) => c.required && !binding.index.has(c.key) && !binding.years.has(c.key)).map(columnName);
  return missing.length ? { label: spec.label, missing } : null;
}

function columnName(column: ColumnSpec): Text {
  const thai = (list: readonly string[]) => list.find((n) => /[\u0E00-\u0E7F]/.test(n)) ?? list[0] ?? column.key;
  if (column.yearPrefixes) return { th: `${thai(column.yearPrefixes).trim()} 2568`, en: `${column.yearPrefixes[0] ?? column.key}2568` };
  return { th: thai(column.names), en: column.names[0] ?? column.key };
}

/** What is wrong and how to fix it, for one issue. */
function explainIssue(issue: Issue, header: readonly string[] | undefined): { what: Text; fix: Text } {
  const def = (ISSUES as Record<string, (typeof ISSUES)[keyof typeof ISSUES]>)[issue.code];
  if (!def) return { what: issue.message, fix: issue.hint };
  // The import appends a parser's reason to the catalogue message: "จำนวนเงินอ่านไม่ได้: not-a-number".
  const detailOf = (message: string, base: string) => (message.startsWith(`${base}: `) ? message.slice(base.length + 2) : null);
  const detail = { th: detailOf(issue.message.th, def.th), en: detailOf(issue.message.en, def.en) };
  const reason = detail.en && REASONS[detail.en] ? detail.en : null;
  const said = reason ? REASONS[reason]! : detail.th && detail.en ? { th: detail.th, en: detail.en } : null;
  const what = { th: said ? `${def.th} — ${said.th}` : def.th, en: said ? `${def.en} — ${said.en}` : def.en };
  if (issue.code === 'MissingFields' && issue.value && /^\d+\/\d+$/.test(issue.value)) {
    const [found, wanted] = issue.value.split('/');
    what.th += ` (พบ ${found} จาก ${wanted} ช่อง)`;
    what.en += ` (${found} of ${wanted} fields)`;
  }
  const more = advice(issue, reason, header);
  if (more?.what) {
    what.th += ` — ${more.what.th}`;
    what.en += ` — ${more.what.en}`;
  }
  const hint = { th: def.hintTh, en: def.hintEn };
  if (!more) return { what, fix: hint };
  // The specific fix first; the catalogue's hint is the general one.
  return { what, fix: more.replacesHint ? more.fix : { th: `${more.fix.th} — ${hint.th}`, en: `${more.fix.en} — ${hint.en}` } };
}

/** Issues whose value is not something the reader typed (a parser message, a field count). */
const VALUE_HIDDEN = new Set(['UnreadableCsv', 'MissingFields']);

// ---------------------------------------------------------------------------------------------
// The report, as a model both renderings share

interface Problem {
  severity: Issue['severity'];
  code: string;
  column: string | null;
  /** Each row with this problem, as Excel numbers it (null: the whole file), and the value found there. */
  cases: { row: number | null; value: string | null }[];
  what: Text;
  fix: Text;
}

interface FileView {
  path: string;
  /** null for a file the issues name that is not a data file (the site's configuration). */
  report: FileReport | null;
  problems: Problem[];
  /** Warnings the import counted but did not list (beyond its cap per file and kind). */
  unlisted: number;
}

function buildFiles(report: QualityReport, options: ExplainOptions): FileView[] {
  const excelRow = options.excelRow ?? ((_file: string, line: number) => line);
  const byFile = Map.groupBy(report.issues, (i) => i.file);
  const others = [...byFile.keys()].filter((path) => !report.files.some((f) => f.path === path));
  const files = [...report.files.map((f) => ({ path: f.path, report: f })), ...others.map((path) => ({ path, report: null }))];
  return files.map(({ path, report: file }) => {
    const issues = byFile.get(path) ?? [];
    const groups = new Map<string, Problem>();
    for (const issue of issues) {
      const { what, fix } = explainIssue(issue, options.headerOf?.(path));
      const key = [issue.severity, issue.code, issue.column ?? '', what.en, fix.en].join('\u0000');
      let problem = groups.get(key);
      if (!problem) groups.set(key, (problem = { severity: issue.severity, code: issue.code, column: issue.column, cases: [], what, fix }));
      problem.cases.push({ row: issue.row === null ? null : excelRow(path, issue.row), value: VALUE_HIDDEN.has(issue.code) ? null : issue.value });
    }
    const firstRow = (p: Problem) => p.cases[0]?.row ?? 0;
    const problems = [...groups.values()].sort((a, b) => (a.severity === b.severity ? firstRow(a) - firstRow(b) : a.severity === 'error' ? -1 : 1));
    const listed = issues.filter((i) => i.severity === 'warning').length;
    return { path, report: file, problems, unlisted: Math.max(0, (file?.warnings ?? 0) - listed) };
  });
}

const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (BOM)', 'utf-16le': 'UTF-16', 'windows-874': 'Windows-874 (TIS-620)' };
const LABELS = new Map(ADAPTERS.map((a) => [a.spec.id, a.spec.label]));

function formatLabel(file: FileReport): Text {
  if (!file.format) return { th: 'ไม่รู้จัก', en: 'not recognised' };
  return LABELS.get(file.format) ?? { th: file.format, en: file.format };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const num = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${num(n)} ${n === 1 ? one : many}`;
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
// Control characters, no-break and zero-width spaces, soft hyphens, bidi marks and BOMs: there, but unseen.
const UNSEEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00A0\u00AD\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * A value as found, for a report line: in quotes, cut to `max` characters, with line breaks, tabs and
 * invisible characters written out (⏎, ⟨TAB⟩, ⟨U+200B⟩) so that a reader sees why equal-looking cells differ.
 */
export function showValue(value: string, max = VALUE_CHARS): string {
  const parts = [...graphemes.segment(value)].map((s) => s.segment);
  const cut = parts.length > max ? parts.slice(0, max).join('') : value;
  const shown = cut
    .replace(/\r\n|\r|\n/g, '⏎')
    .replace(/\t/g, '⟨TAB⟩')
    .replace(UNSEEN, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
  return `“${shown}${parts.length > max ? '…' : ''}”`;
}

/** Escapes text for a Markdown table cell or heading: nothing from a data file may become markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\|*_[\]~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/`/g, '&#96;')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** "2, 3, 4–9, 12": consecutive rows joined. */
function rowRanges(rows: number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    out.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j + 1;
  }
  return out;
}

/** "and 55 more rows (rows 7–61)" when the rest are few ranges, else just the count. */
function moreRows(problem: Problem): Text | null {
  const rest = problem.cases.slice(ROWS_LISTED).map((c) => c.row).filter((r): r is number => r !== null);
  if (!rest.length) return null;
  const ranges = rowRanges([...new Set(rest)]);
  const where = ranges.length <= 3 ? ranges.join(', ') : null;
  return {
    th: `และอีก ${num(rest.length)} แถว${where ? ` (แถว ${where})` : ''}`,
    en: `and ${plural(rest.length, 'more row')}${where ? ` (${ranges.length === 1 && !where.includes('–') ? 'row' : 'rows'} ${where})` : ''}`,
  };
}

function verdictText(v: CheckVerdict, strict: boolean): Text {
  if (v.errors > 0) return { th: `ต้องแก้ ${num(v.errors)} จุดก่อนเผยแพร่`, en: `fix ${plural(v.errors, 'error')} before publishing` };
  if (strict && v.warnings > 0) return { th: `ต้องแก้คำเตือน ${num(v.warnings)} จุดก่อนเผยแพร่ (--strict)`, en: `fix ${plural(v.warnings, 'warning')} before publishing (--strict)` };
  if (v.warnings > 0) return { th: `ข้อมูลพร้อมเผยแพร่ (ควรตรวจคำเตือน ${num(v.warnings)} จุด)`, en: `ready to publish (${plural(v.warnings, 'warning')} worth checking)` };
  return { th: 'ข้อมูลพร้อมเผยแพร่', en: 'ready to publish' };
}

function summaryText(v: CheckVerdict, strict: boolean): Text {
  const verdict = verdictText(v, strict);
  return {
    th: `สรุป: ${num(v.files)} ไฟล์, ${num(v.rows)} แถว, ข้อผิดพลาด ${num(v.errors)}, คำเตือน ${num(v.warnings)} → ${verdict.th}`,
    en: `Summary: ${plural(v.files, 'file')}, ${plural(v.rows, 'row')}, ${plural(v.errors, 'error')}, ${plural(v.warnings, 'warning')} → ${verdict.en}`,
  };
}

const NO_FILES = (folder: string): { what: Text; fix: Text } => ({
  what: { th: 'ไม่พบไฟล์ CSV ในโฟลเดอร์ข้อมูล', en: 'There is no CSV file in the data folder' },
  fix: {
    th: `ส่งออกข้อมูลจาก Excel หรือจากระบบต้นทางเป็นไฟล์ CSV (UTF-8) แล้ววางไว้ในโฟลเดอร์ ${folder}`,
    en: `Export the data from Excel or its source system as CSV (UTF-8) files and put them in the folder ${folder}`,
  },
});

function rowsLine(f: FileReport): Text {
  const outside = f.rowsOutOfScope ?? 0;
  return {
    th: `แถวข้อมูล ${num(f.rowsRead)} แถว: เผยแพร่ได้ ${num(f.rowsImported)}, ไม่ได้เผยแพร่ ${num(f.rowsRejected)}${outside ? `, นอกขอบเขตของเว็บไซต์ ${num(outside)}` : ''}`,
    en: `Data rows: ${num(f.rowsRead)} read, ${num(f.rowsImported)} published, ${num(f.rowsRejected)} not published${outside ? `, ${num(outside)} outside the site’s scope` : ''}`,
  };
}

/** Money in rows that are not published, per money column (only those with any). */
function unpublishedMoney(f: FileReport): Text | null {
  const lost = f.money.filter((m) => m.read !== m.imported);
  if (!lost.length) return null;
  const baht = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const list = lost.map((m) => `“${m.column}” ${baht(m.read - m.imported)}`).join(', ');
  return { th: `เงินในแถวที่ไม่ได้เผยแพร่: ${list} บาท`, en: `Money in rows not published: ${list} baht` };
}

/** A short label in the chosen language(s): "ไฟล์ / File", or one of them. */
const labelIn = (lang: ReportLang) => (th: string, en: string): string => (lang === 'both' ? `${th} / ${en}` : lang === 'th' ? th : en);

/** Warnings the import counted beyond those it lists. */
const unlistedText = (n: number): Text => ({ th: `และคำเตือนอื่นอีก ${num(n)} จุดที่ไม่ได้แสดงทีละแถว`, en: `and ${plural(n, 'more warning')} not listed one by one` });

const NO_DATA_ROWS: Text = { th: 'ไม่มีแถวข้อมูล มีแต่หัวตาราง', en: 'no data rows, only the header' };
const UNSEEN_NOTE: Text = { th: '⟨…⟩ คือตัวอักษรที่มองไม่เห็นในเซลล์ ให้ลบออก', en: '⟨…⟩ is a character you cannot see in the cell: delete it' };

// ---------------------------------------------------------------------------------------------
// Plain text, for a terminal or a CI job log

/** The report as plain text lines, Thai first then English (or one language). */
export function explainText(report: QualityReport, options: ExplainOptions = {}): string {
  const lang = options.lang ?? 'both';
  const strict = options.strict ?? false;
  const folder = options.folder ?? report.dataDir;
  // Short labels inline; sentences go on lines of their own (say).
  const t = labelIn(lang);
  const say = (text: Text, indent: string, th = '', en = '') =>
    lang === 'both' ? [`${indent}${th}${text.th}`, `${indent}${en}${text.en}`] : [`${indent}${lang === 'th' ? th : en}${text[lang]}`];
  // What is wrong and how to fix it: the Thai lines, then the English ones.
  const whatAndFix = (what: Text, fix: Text, indent: string) => {
    const th = [`${indent}ปัญหา: ${what.th}`, `${indent}วิธีแก้: ${fix.th}`];
    const en = [`${indent}Problem: ${what.en}`, `${indent}Fix: ${fix.en}`];
    return lang === 'both' ? [...th, ...en] : lang === 'th' ? th : en;
  };
  const rule = '═'.repeat(64);
  const out: string[] = [t('ตรวจข้อมูลก่อนเผยแพร่', 'Data check before publishing'), `${t('โฟลเดอร์ข้อมูล', 'Data folder')}: ${folder}`, rule];

  const problemLines = (p: Problem, indent: string, dataFile = true): string[] => {
    const lines: string[] = [];
    const mark = p.severity === 'error' ? `✗ ${t('ข้อผิดพลาด', 'ERROR')}` : `! ${t('คำเตือน', 'WARNING')}`;
    const where = p.cases[0]?.row === null ? t('ทั้งไฟล์', 'whole file') : p.cases.length === 1 ? `${t('แถว', 'row')} ${p.cases[0]!.row}` : t(`${num(p.cases.length)} แถว`, plural(p.cases.length, 'row'));
    const column = p.column === null ? '' : ` · ${dataFile ? t('คอลัมน์', 'column') : t('การตั้งค่า', 'setting')} “${p.column}”`;
    lines.push(`${indent}${mark} · ${where}${column}  [${p.code}]`);
    const shown = p.cases.slice(0, ROWS_LISTED);
    const valueLabel = p.code === 'UnknownFormat' ? t('หัวตารางที่พบ', 'header found') : t('ค่าที่พบ', 'value found');
    if (p.cases.length === 1) {
      const value = p.cases[0]!.value;
      if (value !== null) lines.push(`${indent}    ${valueLabel}: ${value === '' ? t('(ว่าง)', '(empty)') : showValue(value)}`);
    } else {
      for (const c of shown) {
        const value = c.value === null ? '' : `: ${c.value === '' ? t('(ว่าง)', '(empty)') : showValue(c.value)}`;
        lines.push(`${indent}    ${t('แถว', 'row')} ${c.row}${value}`);
      }
      const more = moreRows(p);
      if (more) lines.push(`${indent}    ${t(more.th, more.en)}`);
    }
    if (shown.some((c) => c.value !== null && showValue(c.value).includes('⟨'))) lines.push(`${indent}    ${t(UNSEEN_NOTE.th, UNSEEN_NOTE.en)}`);
    lines.push(...whatAndFix(p.what, p.fix, `${indent}  `));
    return lines;
  };

  if (report.files.length === 0) {
    const none = NO_FILES(folder);
    out.push('', `✗ ${t('ข้อผิดพลาด', 'ERROR')}  [NoCsvFiles]`, ...whatAndFix(none.what, none.fix, '  '));
  }
  for (const view of buildFiles(report, options)) {
    const f = view.report;
    out.push('', `${t('ไฟล์', 'File')}: ${view.path}`);
    if (!f) {
      for (const p of view.problems) out.push('', ...problemLines(p, '  ', false));
      continue;
    }
    const encoding = f.encoding ? ENCODINGS[f.encoding] ?? f.encoding : '—';
    const label = formatLabel(f);
    out.push(`  ${t('รูปแบบ', 'Format')}: ${t(label.th, label.en)} · ${t('การเข้ารหัส', 'Encoding')}: ${encoding}`);
    if (f.format) out.push(...say(rowsLine(f), '  '));
    else out.push(`  ${t('ไม่ได้อ่านข้อมูลในไฟล์นี้', 'the data in this file was not read')}`);
    const money = unpublishedMoney(f);
    if (money) out.push(...say(money, '  '));
    if (f.format && f.rowsRead === 0 && !view.problems.length) out.push(`  ! ${t(NO_DATA_ROWS.th, NO_DATA_ROWS.en)}`);
    if (!view.problems.length && !view.unlisted) out.push(`  ✓ ${t('ไม่พบปัญหา', 'no problems found')}`);
    for (const p of view.problems) out.push('', ...problemLines(p, '  '));
    if (view.unlisted) {
      const unlisted = unlistedText(view.unlisted);
      out.push('', `  ${t(unlisted.th, unlisted.en)}`);
    }
  }
  if (options.ignored?.length) {
    out.push('', `${t('ไฟล์ที่ไม่ได้ตรวจ (ไม่ใช่ CSV)', 'Files not checked (not CSV)')}: ${options.ignored.join(', ')}`);
  }
  const verdict = checkVerdict(report, strict);
  out.push('', rule, ...say(summaryText(verdict, strict), ''));
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Markdown, for $GITHUB_STEP_SUMMARY and similar job summaries

/** The same report as Markdown: a table of files, then a table of problems per file with any. */
export function explainMarkdown(report: QualityReport, options: ExplainOptions = {}): string {
  const lang = options.lang ?? 'both';
  const strict = options.strict ?? false;
  const md = escapeMarkdown;
  const t = labelIn(lang);
  // Trusted sentences in a cell: both languages on two lines of the cell.
  const cell = (text: Text) => (lang === 'both' ? `${md(text.th)}<br>${md(text.en)}` : md(text[lang]));
  const verdict = checkVerdict(report, strict);
  const v = verdictText(verdict, strict);
  const out: string[] = [`## ${verdict.failed ? '❌' : '✅'} ${t('ตรวจข้อมูล', 'Data check')}: ${md(t(v.th, v.en))}`, ''];
  const folder = options.folder ?? report.dataDir;

  if (report.files.length === 0) {
    const none = NO_FILES(folder);
    out.push(`❌ ${cell(none.what)}`, '', cell(none.fix), '');
  } else {
    out.push(
      `| ${t('ไฟล์', 'File')} | ${t('รูปแบบ', 'Format')} | ${t('การเข้ารหัส', 'Encoding')} | ${t('แถว', 'Rows')} | ${t('เผยแพร่', 'Published')} | ${t('ไม่ได้เผยแพร่', 'Not published')} | ${t('ข้อผิดพลาด', 'Errors')} | ${t('คำเตือน', 'Warnings')} |`,
      '|---|---|---|--:|--:|--:|--:|--:|',
    );
    for (const f of report.files) {
      const label = formatLabel(f);
      out.push(`| ${md(f.path)} | ${md(t(label.th, label.en))} | ${f.encoding ? ENCODINGS[f.encoding] ?? md(f.encoding) : '—'} | ${num(f.rowsRead)} | ${num(f.rowsImported)} | ${num(f.rowsRejected)} | ${num(f.errors)} | ${num(f.warnings)} |`);
    }
    out.push('');
  }
  for (const view of buildFiles(report, options)) {
    if (!view.problems.length && !view.unlisted) continue;
    out.push(`### ${md(view.path)}`, '');
    const money = view.report && unpublishedMoney(view.report);
    if (money) out.push(cell(money), '');
    out.push(`| | ${t('แถว', 'Row')} | ${t('คอลัมน์', 'Column')} | ${t('ค่าที่พบ', 'Value found')} | ${t('ปัญหา', 'Problem')} | ${t('วิธีแก้', 'Fix')} |`, '|---|---|---|---|---|---|');
    for (const p of view.problems) {
      const shown = p.cases.slice(0, ROWS_LISTED);
      const more = moreRows(p);
      const rows = p.cases[0]?.row === null ? t('ทั้งไฟล์', 'whole file') : shown.map((c) => c.row).join(', ') + (more ? ` ${md(t(more.th, more.en))}` : '');
      // Several rows: each value with its row, since the cell wraps apart from the row list.
      const values = shown
        .filter((c) => c.value !== null)
        .map((c) => `${p.cases.length > 1 ? `${c.row}: ` : ''}${md(c.value === '' ? t('(ว่าง)', '(empty)') : showValue(c.value!, 40))}`)
        .join('<br>');
      out.push(`| ${p.severity === 'error' ? '❌' : '⚠️'} | ${rows} | ${p.column === null ? '' : md(p.column)} | ${values} | ${cell(p.what)} \`${p.code}\` | ${cell(p.fix)} |`);
    }
    if (view.unlisted) {
      const unlisted = unlistedText(view.unlisted);
      out.push('', md(t(unlisted.th, unlisted.en)));
    }
    out.push('');
  }
  if (options.ignored?.length) out.push(`${t('ไฟล์ที่ไม่ได้ตรวจ (ไม่ใช่ CSV)', 'Files not checked (not CSV)')}: ${options.ignored.map(md).join(', ')}`, '');
  const summary = summaryText(verdict, strict);
  if (lang !== 'en') out.push(`**${md(summary.th)}**`, '');
  if (lang !== 'th') out.push(`**${md(summary.en)}**`, '');
  return out.join('\n');
}
