import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ISSUES } from '../../src/lib/issues/catalogue.ts';
import { formatIssue } from '../../src/lib/issues/collector.ts';
import { checkVerdict, explainText } from '../../src/lib/issues/explain.ts';
import type { GeneratedDigests } from '../../src/lib/schema/digests.ts';
import type { QualityReport } from '../../src/lib/schema/quality.ts';
import type { LaoData } from '../../src/lib/schema/site.ts';
import { checkDataFolder } from '../../src/pipeline/check-data.ts';
import { importToDisk } from '../../src/pipeline/import-to-disk.ts';
import { CASES, EGP, EGP_TEXT_COLUMNS, egpColumn, egpRows, EXPENSE, INVISIBLES, ORGANISATIONS, SCRIPT_TEXT, toCsv, validFiles, writeCase, type CaseName } from './bad-input/corpus.ts';
import { filesUnder, importAndExport, importFolder, importText } from './helpers.ts';

const EXPENSE_HEADER = 'lao_name,province,fiscal_year,phase,side,program,task,budget_group,item,amount\n';
const PROCUREMENT_HEADER = 'lao_name,province,fiscal_year,project_id,project_name,method,winner_tax_id,winner_name,agreed_price,contract_number,contract_date\n';

async function issuesOf(name: string, text: string | Uint8Array) {
  const { result } = await importText(name, text);
  const file = result.report.files[0]!;
  expect(file.rowsRead).toBe(file.rowsImported + file.rowsRejected);
  return { file, issues: result.report.issues.map((i) => ({ ...i, line: formatIssue(i) })) };
}

describe('bad input: every problem is reported with file, row and column', () => {
  it('a file whose header matches no format', async () => {
    const { file, issues } = await issuesOf('notes.csv', 'foo,bar\n1,2\n');
    expect(file.format).toBeNull();
    expect(issues[0]!.line).toBe('notes.csv:1 UnknownFormat — The header row matches no known format (“foo,bar”). Make the first row the column names of a format in docs/data-format.md, or move the file out of the data folder.');
  });

  it('an empty file', async () => {
    const { issues } = await issuesOf('empty.csv', '');
    expect(issues.map((i) => [i.code, i.file, i.severity])).toEqual([['EmptyFile', 'empty.csv', 'error']]);
  });

  it('a spreadsheet saved as .xlsx', async () => {
    const { issues } = await issuesOf('budget.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
    expect(issues[0]!.code).toBe('BinaryFile');
    expect(issues[0]!.hint.th).toContain('CSV');
  });

  it('an amount that is not a number rejects the row, naming row and column', async () => {
    const { file, issues } = await issuesOf('x.csv', EXPENSE_HEADER +
      'อบต.ทดสอบ,ลำพูน,2568,approved,ด้านบริหารทั่วไป,บริหารงานทั่วไป,บริหารทั่วไป,งบบุคลากร,เงินเดือน,สองพันบาท\n' +
      'อบต.ทดสอบ,ลำพูน,2568,approved,ด้านบริหารทั่วไป,บริหารงานทั่วไป,บริหารทั่วไป,งบบุคลากร,เงินเดือน,"1,000"\n');
    expect(file).toMatchObject({ rowsRead: 2, rowsImported: 1, rowsRejected: 1 });
    expect(file.money).toEqual([{ column: 'amount', read: 1000, imported: 1000 }]);
    expect(issues[0]).toMatchObject({ code: 'InvalidAmount', row: 2, column: 'amount', value: 'สองพันบาท', severity: 'error' });
    expect(issues[0]!.message.th).toContain('จำนวนเงินอ่านไม่ได้');
  });

  it('an unknown budget phase', async () => {
    const { issues } = await issuesOf('x.csv', EXPENSE_HEADER + 'อบต.ทดสอบ,ลำพูน,2568,maybe,ด้านบริหารทั่วไป,บริหารงานทั่วไป,,,,100\n');
    expect(issues[0]).toMatchObject({ code: 'UnknownPhase', row: 2, column: 'phase', value: 'maybe' });
  });

  it('an unreadable fiscal year with no date to fall back on', async () => {
    const { issues } = await issuesOf('x.csv', EXPENSE_HEADER + 'อบต.ทดสอบ,ลำพูน,ปีหน้า,approved,ด้านบริหารทั่วไป,บริหารงานทั่วไป,,,,100\n');
    expect(issues[0]).toMatchObject({ code: 'InvalidFiscalYear', row: 2, column: 'fiscal_year' });
  });

  it('a row that names no LAO', async () => {
    const { file, issues } = await issuesOf('x.csv', EXPENSE_HEADER + ',,2568,approved,ด้านบริหารทั่วไป,บริหารงานทั่วไป,,,,100\n');
    expect(file.rowsRejected).toBe(1);
    expect(issues[0]).toMatchObject({ code: 'MissingLao', row: 2, column: 'lao_name' });
  });

  it('an LAO name without a province', async () => {
    const { issues } = await issuesOf('x.csv', EXPENSE_HEADER + 'เทศบาลตำบลบ้านใหม่,,2568,approved,ด้านบริหารทั่วไป,บริหารงานทั่วไป,,,,100\n');
    expect(issues[0]).toMatchObject({ code: 'MissingLao', row: 2, column: 'province' });
  });

  it('a tax id with a wrong check digit is a warning; the vendor is kept by name', async () => {
    const { file, issues } = await issuesOf('x.csv', PROCUREMENT_HEADER + 'อบต.ทดสอบ,ลำพูน,2568,68019000001,ซื้อวัสดุ,เฉพาะเจาะจง,0105533118242,ร้านสมใจ,"5,000",1/2568,1/11/2567\n');
    expect(file.rowsImported).toBe(1);
    expect(issues[0]).toMatchObject({ code: 'InvalidTaxId', severity: 'warning', row: 2, column: 'winner_tax_id', value: '0105533118242' });
  });

  it('an impossible date is a warning and the date is left empty', async () => {
    const { issues } = await issuesOf('x.csv', PROCUREMENT_HEADER + 'อบต.ทดสอบ,ลำพูน,2568,68019000001,ซื้อวัสดุ,เฉพาะเจาะจง,,ร้านสมใจ,"5,000",1/2568,31/02/2568\n');
    expect(issues[0]).toMatchObject({ code: 'InvalidDate', severity: 'warning', row: 2, column: 'contract_date', value: '31/02/2568' });
  });

  it('a repeated row is counted once and reported', async () => {
    const row = 'อบต.ทดสอบ,ลำพูน,2568,approved,ด้านบริหารทั่วไป,บริหารงานทั่วไป,บริหารทั่วไป,งบบุคลากร,เงินเดือน,"1,000"\n';
    const { file, issues } = await issuesOf('x.csv', EXPENSE_HEADER + row + row);
    expect(file).toMatchObject({ rowsRead: 2, rowsImported: 1, rowsRejected: 1 });
    expect(file.money[0]).toEqual({ column: 'amount', read: 2000, imported: 1000 });
    expect(issues[0]).toMatchObject({ code: 'DuplicateRow', row: 3, severity: 'error' });
  });

  it('an unclosed quote stops reading at the row it opens on', async () => {
    const { file, issues } = await issuesOf('x.csv', EXPENSE_HEADER +
      'อบต.ทดสอบ,ลำพูน,2568,approved,ด้านบริหารทั่วไป,บริหารงานทั่วไป,บริหารทั่วไป,งบบุคลากร,เงินเดือน,"1,000"\n' +
      'อบต.ทดสอบ,ลำพูน,2568,approved,ด้านบริหารทั่วไป,"บริหารงานทั่วไป,บริหารทั่วไป,งบบุคลากร,เงินเดือน,1000\n');
    expect(file.rowsImported).toBe(1);
    expect(issues.find((i) => i.code === 'UnreadableCsv')).toMatchObject({ row: 3, severity: 'error' });
  });

  it('a required project name left empty', async () => {
    const { issues } = await issuesOf('x.csv', PROCUREMENT_HEADER + 'อบต.ทดสอบ,ลำพูน,2568,68019000001,,เฉพาะเจาะจง,,,,,\n');
    expect(issues[0]).toMatchObject({ code: 'MissingRequired', row: 2, column: 'project_name' });
  });

  it('a สขร.1 form that does not say which LAO it is', async () => {
    const { file, issues } = await issuesOf('skr1.csv', 'สรุปผลการดำเนินการจัดซื้อจัดจ้าง\n' +
      'ลำดับที่,งานที่จัดซื้อหรือจัดจ้าง,วงเงินที่จะซื้อหรือจ้าง,ราคากลาง,วิธีซื้อหรือจ้าง,รายชื่อผู้เสนอราคาและราคาที่เสนอ,ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง,เหตุผลที่คัดเลือกโดยสรุป,เลขที่และวันที่ของสัญญาหรือข้อตกลง\n' +
      '1,จัดซื้อวัสดุ,"1,000",,เฉพาะเจาะจง,ร้าน ก / 900 บาท,ร้าน ก / 900 บาท,ราคาต่ำสุด,เลขที่ 1/2568 ลงวันที่ 1 ส.ค. 68\n');
    expect(issues[0]).toMatchObject({ code: 'Skr1MissingLao', row: 1 });
    expect(file.rowsRejected).toBe(1);
  });

  it('a published total that the lines do not add up to', async () => {
    const { result } = await importText('x.csv', 'ปีงบประมาณ,อปท.,จังหวัด,ด้าน,แผนงาน,งาน,งบ,จำนวนเงิน\n2568,อบจ.ทดสอบ,ทดสอบ,ด้านบริหารทั่วไป,บริหารงานทั่วไป,บริหารทั่วไป,งบบุคลากร,100\n');
    expect(result.report.issues).toEqual([]);
    const both = await (await import('./helpers.ts')).importFolder((await import('./helpers.ts')).dataFolder({
      'e.csv': 'ปีงบประมาณ,อปท.,จังหวัด,ด้าน,แผนงาน,งาน,งบ,จำนวนเงิน\n2568,อบจ.ทดสอบ,ทดสอบ,ด้านบริหารทั่วไป,บริหารงานทั่วไป,บริหารทั่วไป,งบบุคลากร,100\n',
      't.csv': 'ปีงบประมาณ,อปท.,จังหวัด,งบประมาณรายจ่ายรวม,ประชากร\n2568,องค์การบริหารส่วนจังหวัดทดสอบ,ทดสอบ,150,1000\n',
    }));
    expect(both.result.report.issues[0]).toMatchObject({ code: 'BudgetTotalMismatch', file: 't.csv', row: 2, value: '100 ≠ 150' });
  });

  it('a semicolon-separated file is read, not rejected', async () => {
    const { file, issues } = await issuesOf('x.csv', EXPENSE_HEADER.replace(/,/g, ';') + 'อบต.ทดสอบ;ลำพูน;2568;approved;ด้านบริหารทั่วไป;บริหารงานทั่วไป;;;;1000\n');
    expect(file).toMatchObject({ delimiter: ';', rowsImported: 1 });
    expect(issues).toEqual([]);
  });

  it('a file mixing CRLF and LF line ends: every line is its own row', async () => {
    const row = (n: number) => `อบต.ทดสอบ,ลำพูน,2568,approved,ด้านบริหารทั่วไป,บริหารงานทั่วไป,,,รายการ ${n},1000`;
    const { file } = await issuesOf('x.csv', EXPENSE_HEADER.replace('\n', '\r\n') + `${row(1)}\n${row(2)}\r\n${row(3)}\n`);
    expect(file).toMatchObject({ rowsRead: 3, rowsImported: 3 });
  });
});

// ---------------------------------------------------------------------------------------------
// The corpus (bad-input/corpus.ts): a valid folder with one mistake each. For every case: the import
// and `npm run check-data` finish without a crash (check-data exits 0 or 1, never 2), the mistake is
// reported with file, row and column in Thai and English under the expected code, every row read is
// imported or rejected, and a strict import that fails leaves the previous output as it was.

interface Expected {
  /** The issues the mistake must give (and no other codes): code, file, row (null: whole file), column. */
  issues: [code: string, file: string, row: number | null, column: string | null][];
  /** check-data's exit code: 1 when there is an error, 0 when only warnings. */
  exit: 0 | 1;
}

const EXPECTED: Record<CaseName, Expected> = {
  'empty-file': { issues: [['EmptyFile', EGP, null, null]], exit: 1 },
  'binary-file': { issues: [['BinaryFile', EGP, null, null]], exit: 1 },
  'truncated-file': { issues: [['MissingFields', EGP, 6, null], ['ReplacementCharacter', EGP, 6, null]], exit: 0 },
  'semicolon-delimiter': { issues: [], exit: 0 },
  'tab-delimiter': { issues: [], exit: 0 },
  'semicolon-row-in-comma-file': { issues: [['MissingFields', EGP, 4, null], ['MissingRequired', EGP, 4, 'รหัสโครงการ'], ['MissingRequired', EGP, 4, 'ชื่อโครงการ'], ['InvalidFiscalYear', EGP, 4, 'ปีงบประมาณ']], exit: 1 },
  'unclosed-quote': { issues: [['UnreadableCsv', EGP, 5, null]], exit: 1 },
  'quote-spanning-rows': { issues: [['QuoteSpansRows', EGP, 4, 'ชื่อโครงการ']], exit: 1 },
  'text-after-closing-quote': { issues: [], exit: 0 },
  'ten-mb-field': { issues: [['ValueTooLong', EGP, 3, 'ชื่อโครงการ']], exit: 1 },
  'duplicate-headers': { issues: [['DuplicateColumn', EXPENSE, 1, 'จำนวนเงิน'], ['InvalidAmount', EXPENSE, 2, 'จำนวนเงิน'], ['InvalidAmount', EXPENSE, 3, 'จำนวนเงิน'], ['InvalidAmount', EXPENSE, 4, 'จำนวนเงิน']], exit: 1 },
  'duplicate-rows': { issues: [['DuplicateRow', EGP, 7, null]], exit: 1 },
  'header-only': { issues: [['NoDataRows', EGP, 1, null]], exit: 0 },
  'negative-amounts': { issues: [['NegativeAmount', EXPENSE, 3, 'จำนวนเงิน'], ['NegativeAmount', EGP, 4, 'งบประมาณ(บาท)'], ['NegativeAmount', EGP, 4, 'ราคาตกลงซื้อ/จ้าง']], exit: 0 },
  'huge-amounts': { issues: [['InvalidAmount', EXPENSE, 3, 'จำนวนเงิน'], ['InvalidOptionalAmount', EGP, 4, 'งบประมาณ(บาท)']], exit: 1 },
  'date-in-the-future': { issues: [['DateOutOfRange', EGP, 4, 'วันที่ลงนามสัญญา']], exit: 0 },
  'date-before-2500': { issues: [['DateOutOfRange', EGP, 4, 'วันที่ลงนามสัญญา'], ['InvalidFiscalYear', EGP, 4, 'ปีงบประมาณ']], exit: 1 },
  'formula-cells': { issues: [], exit: 0 },
  'html-and-script': { issues: [], exit: 0 },
  'invisible-characters': { issues: [], exit: 0 },
  'long-names': { issues: [['ValueTooLong', EGP, 3, 'ชื่อผู้ชนะ'], ['ValueTooLong', EGP, 5, 'ชื่อโครงการ']], exit: 1 },
  'mixed-encodings': { issues: [], exit: 0 },
  'mixed-encoding-in-one-file': { issues: [['ReplacementCharacter', EXPENSE, 4, null], ['UnknownPhase', EXPENSE, 4, 'ขั้นตอน']], exit: 1 },
};

const ROOT = new URL('../../', import.meta.url).pathname;
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
const THAI = /[\u0E01-\u0E5B]/;

/** Runs a script as CI does, without the environment of the machine running the tests. */
function runScript(script: string, args: string[]) {
  const { PRONGSAI_DATA: _data, PRONGSAI_CONFIG: _config, PRONGSAI_SCOPE: _scope, GITHUB_STEP_SUMMARY: _summary, ...env } = process.env;
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** SHA-256 of every file under a folder, by relative path. */
function digestOf(dir: string): Record<string, string> {
  return Object.fromEntries([...filesUnder(dir)].map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex')]).sort());
}

/** Each case's folder, written once. */
const folders = new Map<CaseName, string>();
function folderOf(name: CaseName): string {
  let dir = folders.get(name);
  if (!dir) folders.set(name, (dir = writeCase(CASES[name]!())));
  return dir;
}

describe('bad-input corpus: a located message, no crash, nothing dropped', () => {
  it('has a case for every mistake the issue lists', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(20);
  });

  it('the valid folder the cases start from imports cleanly', async () => {
    const { report } = await checkDataFolder(writeCase(validFiles()));
    expect(report.issues).toEqual([]);
    expect(report.files.map((f) => [f.path, f.rowsImported])).toEqual([[EXPENSE, 3], [EGP, 5], [ORGANISATIONS, 2]]);
  });

  for (const [name, expected] of Object.entries(EXPECTED) as [CaseName, Expected][]) {
    it(name, async () => {
      const dir = folderOf(name);
      // 1. No crash: the check returns, and so does the command, with exit 0 or 1 and no stack trace.
      const { report, facts } = await checkDataFolder(dir);
      const text = explainText(report, { ...facts, folder: name });
      expect(checkVerdict(report).failed ? 1 : 0).toBe(expected.exit);
      const cli = runScript('scripts/check-data.ts', ['--data', dir]);
      expect(cli.code, cli.stderr).toBe(expected.exit);
      expect(cli.stdout + cli.stderr).not.toMatch(STACK_TRACE);
      expect(cli.stdout).toBe(text.replace(`ตรวจโฟลเดอร์ / Folder: ${name}`, `ตรวจโฟลเดอร์ / Folder: ${dir}`).replace(name, dir));

      // 2. The mistake, located: file, row, column, in Thai and English, under the expected code.
      expect(report.issues.map((i) => `${i.code} ${i.file}:${i.row} [${i.column}]`).sort())
        .toEqual(expected.issues.map(([code, file, row, column]) => `${code} ${file}:${row} [${column}]`).sort());
      for (const issue of report.issues) {
        expect(issue.message.th).toMatch(THAI);
        expect(issue.hint.th).toMatch(THAI);
        expect(issue.message.en).toMatch(/^[A-Z]/);
        expect(issue.hint.en).toMatch(/^[A-Z]/);
        expect(formatIssue(issue)).toContain(`${issue.file}${issue.row ? `:${issue.row}` : ''}${issue.column ? ` [${issue.column}]` : ''} ${issue.code} — `);
        expect(text).toContain(`[${issue.code}]`);
        if (issue.row !== null) expect(text).toContain(`row ${facts.excelRow(issue.file, issue.row)}`);
        if (issue.column !== null) expect(text).toContain(`column “${issue.column}”`);
        expect(issue.value?.length ?? 0).toBeLessThanOrEqual(201);
      }

      // 3. Nothing silently dropped: per file, rows read = imported + rejected; money sums are finite.
      for (const file of report.files) {
        expect(file.rowsRead, file.path).toBe(file.rowsImported + file.rowsRejected + (file.rowsOutOfScope ?? 0));
        for (const m of file.money) expect(Number.isFinite(m.read) && Number.isFinite(m.imported), `${file.path} ${m.column}`).toBe(true);
      }
      expect(report.totals.rowsRead).toBe(report.totals.rowsImported + report.totals.rowsRejected);
      // The files that are not damaged import in full.
      for (const file of report.files.filter((f) => !report.issues.some((i) => i.file === f.path))) {
        expect(file.rowsRejected, file.path).toBe(0);
        expect(file.rowsImported, file.path).toBe(file.path === EGP ? 5 : file.path === EXPENSE ? 3 : 2);
      }

      // 4. A strict import that fails writes nothing; one that passes replaces the previous output whole.
      const out = join(mkdtempSync(join(tmpdir(), 'prongsai-bad-out-')), 'generated');
      cpSync(await previousImport(), out, { recursive: true });
      const before = digestOf(out);
      const { failed, result } = await importToDisk({ dataDir: dir, outDir: out, strict: true, projectRoot: ROOT, log: () => {} });
      expect(failed).toBe(expected.exit === 1);
      expect({ ...result.report, dataDir: null }).toEqual({ ...report, dataDir: null });
      if (failed) expect(digestOf(out)).toEqual(before);
      else expectCompleteImport(out, report);
      expect(readdirSync(dirname(out))).toEqual(['generated']);
    });
  }
});

let previous: Promise<string> | null = null;
/** A good import of the valid folder, which each strict import starts from. */
function previousImport(): Promise<string> {
  previous ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'prongsai-previous-')), 'generated');
    const { failed } = await importToDisk({ dataDir: writeCase(validFiles()), outDir: out, strict: true, projectRoot: ROOT, log: () => {} });
    expect(failed).toBe(false);
    return out;
  })();
  return previous;
}

/** The output folder holds this run's import, every file its digests list and nothing else. */
function expectCompleteImport(out: string, report: QualityReport): void {
  const digests = JSON.parse(readFileSync(join(out, 'digests.json'), 'utf8')) as GeneratedDigests;
  const laos = JSON.parse(readFileSync(join(out, 'laos.json'), 'utf8')) as { id: string }[];
  const vendors = JSON.parse(readFileSync(join(out, 'vendors.json'), 'utf8')) as { id: string }[];
  const written = digestOf(out);
  const listed = {
    ...digests.files,
    ...Object.fromEntries(Object.entries(digests.laos).map(([id, sha]) => [`lao/${id}.json`, sha])),
    ...Object.fromEntries(Object.entries(digests.vendors).map(([id, sha]) => [`vendor/${id}.json`, sha])),
  };
  const { 'digests.json': _digests, 'quality.csv': _csv, ...content } = written;
  expect(content).toEqual(listed);
  expect(Object.keys(digests.laos).sort()).toEqual(laos.map((l) => l.id).sort());
  expect(Object.keys(digests.vendors).sort()).toEqual(vendors.map((v) => v.id).sort());
  const quality = JSON.parse(readFileSync(join(out, 'quality.json'), 'utf8')) as QualityReport;
  expect(quality.files).toEqual(report.files);
  expect(quality.issues).toEqual(report.issues);
}

describe('bad-input corpus: the strict import command, over a previous good import', () => {
  // The cases that fail it (binary, 10 MB field, quote across rows, repeated header) and that pass it.
  const STRICT: CaseName[] = ['binary-file', 'ten-mb-field', 'quote-spanning-rows', 'duplicate-headers', 'header-only', 'date-in-the-future', 'mixed-encodings'];
  for (const name of STRICT) {
    it(name, async () => {
      const dir = folderOf(name);
      const out = join(mkdtempSync(join(tmpdir(), 'prongsai-bad-cli-')), 'generated');
      cpSync(await previousImport(), out, { recursive: true });
      const before = digestOf(out);
      const run = runScript('scripts/import.ts', ['--data', dir, '--out', out, '--strict']);
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      expect(run.code, run.stderr).toBe(EXPECTED[name].exit);
      for (const [code, file, row, column] of EXPECTED[name].issues.filter(([code]) => ISSUES[code as keyof typeof ISSUES].severity === 'error')) {
        expect(run.stdout).toContain(`error: ${file}${row ? `:${row}` : ''}${column ? ` [${column}]` : ''} ${code} — `);
      }
      if (run.code !== 0) {
        expect(run.stdout).toContain('--strict:');
        expect(digestOf(out)).toEqual(before);
      } else {
        expect(digestOf(out)).not.toEqual(before);
        expectCompleteImport(out, (await checkDataFolder(dir)).report);
      }
      expect(readdirSync(dirname(out))).toEqual(['generated']);
    });
  }
});

describe('bad-input corpus: what is kept, and how', () => {
  const imported = async (name: CaseName) => importFolder(folderOf(name));
  const projects = (laos: LaoData[]) => laos.flatMap((l) => l.procurements);

  it('formula cells are kept as text, and neutralised in the CSV downloads (XLSX keeps them as text)', async () => {
    const { laos } = await imported('formula-cells');
    const names = projects(laos).map((p) => p.name);
    expect(names).toContain('=HYPERLINK("http://evil.example","คลิก")');
    expect(names).toContain('+66 ซ่อมถนน');
    const vendorNames = projects(laos).flatMap((p) => p.contracts.map((c) => c.vendorName));
    expect(vendorNames).toEqual(expect.arrayContaining(['@SUM(1+1)', '-บริษัท วิวัฒน์ภัณฑ์ จำกัด']));

    const { out } = await importAndExport(folderOf('formula-cells'));
    const rows = (file: string) => parse(readFileSync(join(out, file), 'utf8').slice(1), { columns: true }) as Record<string, string>[];
    const csvNames = rows('all/procurement_projects.csv').map((r) => r.name);
    expect(csvNames).toEqual(expect.arrayContaining(['\'=HYPERLINK("http://evil.example","คลิก")', "'+66 ซ่อมถนน"]));
    expect(csvNames.filter((n) => /^[=+\-@]/.test(n ?? ''))).toEqual([]);
    const csvVendors = rows('all/contracts.csv').map((r) => r.vendor_name);
    expect(csvVendors).toEqual(expect.arrayContaining(["'@SUM(1+1)", "'-บริษัท วิวัฒน์ภัณฑ์ จำกัด"]));
    const book = XLSX.read(readFileSync(join(out, 'all/procurement_projects.xlsx')), { cellFormula: true });
    const cells = Object.entries(book.Sheets[book.SheetNames[0]!]!).filter(([ref]) => !ref.startsWith('!')).map(([, c]) => c as XLSX.CellObject);
    expect(cells.some((c) => c.f)).toBe(false);
    expect(cells.map((c) => c.v)).toContain('=HYPERLINK("http://evil.example","คลิก")');
  });

  it('HTML and script in every text field are kept as text, unchanged', async () => {
    const { laos } = await imported('html-and-script');
    const json = JSON.stringify(laos);
    const project = projects(laos).find((p) => p.sourceId === '67129982285')!;
    expect(project.name).toBe(`ซื้อวัสดุอุปกรณ์ โครงการส่งเสริมพัฒนาคุณภาพชีวิตคนพิการ โดยวิธีเฉพาะเจาะจง${SCRIPT_TEXT}`);
    for (const value of [project.status, project.district, project.subdistrict, ...project.contracts.flatMap((c) => [c.vendorName, c.number, c.status])]) {
      expect(value).toContain(SCRIPT_TEXT);
    }
    // Every text column of the row carries it (the project type and sub-unit are kept with the source row).
    expect(json.split(JSON.stringify(SCRIPT_TEXT).slice(1, -1)).length - 1).toBeGreaterThanOrEqual(EGP_TEXT_COLUMNS.length - 2);
    const lines = laos.flatMap((l) => l.expenseLines).filter((l) => l.item?.includes(SCRIPT_TEXT));
    expect(lines).toHaveLength(1);
    expect([lines[0]!.task, lines[0]!.category, lines[0]!.expenseType]).toEqual([
      `บริหารทั่วไป${SCRIPT_TEXT}`, `เงินเดือนฝ่ายประจำ${SCRIPT_TEXT}`, `เงินเดือนพนักงาน${SCRIPT_TEXT}`,
    ]);
  });

  it('right-to-left override and zero-width characters are stripped: one vendor, one LAO, a valid tax id', async () => {
    const { result, laos } = await imported('invisible-characters');
    const json = JSON.stringify({ laos, vendors: result.vendors });
    for (const ch of INVISIBLES) expect(json.includes(ch), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(false);
    const boonma = result.vendors.filter((v) => v.name.includes('บุญมาเทคโนโลยี'));
    expect(boonma).toHaveLength(1);
    expect(boonma[0]).toMatchObject({ name: 'บริษัท บุญมาเทคโนโลยี จำกัด', otherNames: [], contracts: 2 });
    expect(result.laos.map((l) => l.name).sort()).toEqual(['องค์การบริหารส่วนจังหวัดอุทัยธานี', 'เทศบาลนครสะแกกรัง']);
    expect(result.vendors.find((v) => v.taxId === '3610300038029')?.contracts).toBe(1);
  });

  it('extremely long names are rejected, quickly, without their text in the report or the site', async () => {
    const started = performance.now();
    const { result, laos } = await imported('long-names');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.report.issues.map((i) => i.message.en)).toEqual([
      'The value is longer than a spreadsheet cell can hold (32,767 characters), so the row was not imported: 100,013 characters',
      'The value is longer than a spreadsheet cell can hold (32,767 characters), so the row was not imported: 100,000 characters',
    ]);
    expect(JSON.stringify({ laos, result }).length).toBeLessThan(100_000);
  });

  it('a row beyond what the CSV reader takes (16 million characters) stops the file there, named as too long', async () => {
    const rows = egpRows();
    const huge = [...rows.slice(0, 2), rows[2]!.map((v, i) => (i === egpColumn('ชื่อโครงการ') ? 'ก'.repeat(17_000_000) : v)), ...rows.slice(3)];
    const { result } = await importFolder(writeCase({ ...validFiles(), [EGP]: toCsv(huge) }));
    const egp = result.report.files.find((f) => f.path === EGP)!;
    expect(egp).toMatchObject({ rowsRead: 1, rowsImported: 1, rowsRejected: 0 });
    expect(result.report.issues.map((i) => [i.code, i.file, i.row, i.message.en])).toEqual([
      ['ValueTooLong', EGP, 3, 'The value is longer than a spreadsheet cell can hold (32,767 characters), so the row was not imported: the row is longer than 16 million characters, so the file cannot be read from this row on'],
    ]);
  });

  it('negative amounts are kept negative and warned of; 1e308 and 400 digits are reported, never Infinity', async () => {
    const negative = await imported('negative-amounts');
    expect(negative.laos.flatMap((l) => l.expenseLines).map((l) => l.amount)).toContain(-125407800);
    expect(projects(negative.laos).find((p) => p.sourceId === '67116612437')).toMatchObject({ budget: -19446, agreedPrice: -19446 });
    const huge = await imported('huge-amounts');
    expect(huge.result.report.issues.map((i) => [i.code, i.value, i.message.en.split(': ')[1]])).toEqual([
      ['InvalidAmount', '1e308', 'scientific-notation'],
      ['InvalidOptionalAmount', '9'.repeat(200) + '…', 'out-of-range'],
    ]);
    const json = JSON.stringify(huge);
    expect(json).not.toMatch(/Infinity|NaN|1e\+308/);
    expect(projects(huge.laos).find((p) => p.sourceId === '67116612437')!.budget).toBeNull();
  });

  it('a date in the future or before 2500 BE is left empty, and does not give the fiscal year', async () => {
    const future = await imported('date-in-the-future');
    const contract = projects(future.laos).find((p) => p.sourceId === '67116612437')!;
    expect(contract.fiscalYear).toBe(2568);
    expect(contract.contracts[0]!.signedDate).toBeNull();
    const past = await imported('date-before-2500');
    expect(projects(past.laos).map((p) => p.sourceId)).not.toContain('67116612437');
    expect(past.result.report.issues.find((i) => i.code === 'DateOutOfRange')!.message.en).toContain('read as 1924-12-10');
  });

  it('text after a closing quote is kept as written, quotes included, in its own column', async () => {
    const { laos } = await imported('text-after-closing-quote');
    const project = projects(laos).find((p) => p.sourceId === '67129982285')!;
    expect(project.name).toBe('"ซื้อวัสดุอุปกรณ์" โครงการส่งเสริมพัฒนาคุณภาพชีวิตคนพิการ โดยวิธีเฉพาะเจาะจง');
    expect(project.budget).toBe(21028);
  });

  it('semicolon and tab files read the same data as the comma ones', async () => {
    const valid = await importFolder(writeCase(validFiles()));
    for (const name of ['semicolon-delimiter', 'tab-delimiter'] as const) {
      const { laos, result } = await imported(name);
      expect(result.report.files.map((f) => f.delimiter)).toEqual(name === 'tab-delimiter' ? ['\t', ',', ','] : [',', ';', ',']);
      expect(laos).toEqual(valid.laos);
    }
  });

  it('mixed encodings in one folder: the UTF-8 (BOM) and the Windows-874 file both read as Thai', async () => {
    const { laos, result } = await imported('mixed-encodings');
    expect(result.report.files.map((f) => [f.path, f.encoding])).toEqual([[EXPENSE, 'windows-874'], [EGP, 'utf-8-bom'], [ORGANISATIONS, 'utf-8']]);
    expect(projects(laos).find((p) => p.sourceId === '67103567058')!.name).toBe('ซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ 1/2567 โดยวิธีเฉพาะเจาะจง');
    expect(laos.flatMap((l) => l.expenseLines).map((l) => l.item)).toContain('เงินเดือนพนักงานเทศบาล');
    // One Windows-874 row pasted into a UTF-8 file: the file stays UTF-8 and the row is named.
    const one = await imported('mixed-encoding-in-one-file');
    expect(one.result.report.files[0]).toMatchObject({ encoding: 'utf-8', rowsImported: 2, rowsRejected: 1 });
  });
});
