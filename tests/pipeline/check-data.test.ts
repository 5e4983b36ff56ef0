// `npm run check-data`: what an officer reads for each kind of mistake. Every folder under
// fixtures/check-data/ holds one mistake as an officer makes it in Excel; the whole report is compared
// with golden/check-data/<case>.txt. After a deliberate change of wording, update the goldens with
// `npx vitest run tests/pipeline/check-data.test.ts -u` and read the diff.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVerdict, escapeMarkdown, explainMarkdown, explainText, showValue } from '../../src/lib/issues/explain.ts';
import type { Issue, QualityReport } from '../../src/lib/schema/quality.ts';
import { checkDataFolder } from '../../src/pipeline/check-data.ts';
import { dataFolder } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const CASES_DIR = new URL('./fixtures/check-data/', import.meta.url).pathname;

/** Each fixture folder: the issue codes the check must report, and whether it fails (exit 1). */
const CASES: Record<string, { codes: string[]; fails: boolean }> = {
  clean: { codes: [], fails: false },
  'saved-as-xlsx': { codes: ['BinaryFile'], fails: true },
  'empty-file': { codes: ['EmptyFile'], fails: true },
  'unknown-header': { codes: ['UnknownFormat'], fails: true },
  'unclosed-quote': { codes: ['UnreadableCsv'], fails: true },
  'amount-with-words': { codes: ['InvalidAmount'], fails: true },
  'dates-from-excel': { codes: ['InvalidDate'], fails: false },
  'fiscal-year': { codes: ['InvalidFiscalYear'], fails: true },
  'lao-missing': { codes: ['MissingLao'], fails: true },
  'required-empty': { codes: ['MissingRequired'], fails: true },
  'invalid-tax-id': { codes: ['InvalidTaxId'], fails: false },
  'negative-amount': { codes: ['NegativeAmount'], fails: false },
  'duplicate-rows': { codes: ['DuplicateOrganisation', 'DuplicateRow'], fails: true },
  'extra-missing-fields': { codes: ['ExtraFields', 'InvalidDate', 'InvalidFiscalYear', 'InvalidOptionalAmount', 'MissingFields', 'UnknownMethod'], fails: true },
  mojibake: { codes: ['ReplacementCharacter'], fails: false },
  'repeated-mistake': { codes: ['InvalidAmount'], fails: true },
  'no-csv': { codes: [], fails: true },
};

async function check(dir: string, folder: string) {
  const { report, facts } = await checkDataFolder(dir);
  return { report, text: explainText(report, { ...facts, folder }), markdown: explainMarkdown(report, { ...facts, folder }) };
}

/** Runs the command as CI does, without the environment of the machine running the tests. */
function run(args: string[], env: Record<string, string> = {}) {
  const { PRONGSAI_DATA: _data, PRONGSAI_CONFIG: _config, PRONGSAI_SCOPE: _scope, GITHUB_STEP_SUMMARY: _summary, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['scripts/check-data.ts', ...args], { cwd: ROOT, env: { ...inherited, ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check-data report, one golden file per kind of mistake', () => {
  it('has a fixture for every case, and at least ten kinds of mistakes', () => {
    expect(readdirSync(CASES_DIR).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(CASES).filter((c) => c !== 'clean').length).toBeGreaterThanOrEqual(10);
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(name, async () => {
      const { report, text } = await check(join(CASES_DIR, name), name);
      expect([...new Set(report.issues.map((i) => i.code))].sort()).toEqual(expected.codes);
      expect(checkVerdict(report).failed).toBe(expected.fails);
      await expect(text).toMatchFileSnapshot(`./golden/check-data/${name}.txt`);
    });
  }

  it('gives the row as Excel shows it, below a cell with a line break in it', async () => {
    const { report, text } = await check(join(CASES_DIR, 'required-empty'), 'required-empty');
    // Line 4 of the file is row 3 in Excel: row 2 holds a cell of two lines.
    expect(report.issues.find((i) => i.file === 'procurement.csv')?.row).toBe(4);
    expect(text).toContain('แถว / row 3 · คอลัมน์ / column “ชื่อโครงการ”');
  });

  it('tells a repeated mistake once, with its first rows', async () => {
    const { text, markdown } = await check(join(CASES_DIR, 'repeated-mistake'), 'repeated-mistake');
    expect(text).toContain('และอีก 55 แถว (แถว 7–61) / and 55 more rows (rows 7–61)');
    expect(markdown).toContain('2, 3, 4, 5, 6 และอีก 55 แถว (แถว 7–61) / and 55 more rows (rows 7–61)');
  });

  it('keeps the report of a 50,000-row file with one systematic mistake short', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `องค์การบริหารส่วนตำบลห้วยทรายทอง,อุทัยธานี,2568,อนุมัติ,รายได้จัดเก็บเอง,หมวดภาษีอากร,รายการ ${i + 1},1.5 ล้าน`);
    const dir = dataFolder({ 'revenue.csv': ['ชื่อ อปท.,จังหวัด,ปีงบประมาณ,ขั้นตอน,ประเภทรายรับ,หมวด,รายการ,จำนวนเงิน', ...rows].join('\n') + '\n' });
    const { text } = await check(dir, 'data');
    expect(text.split('\n').length).toBeLessThan(30);
    expect(text).toContain('และอีก 49,995 แถว (แถว 7–50001) / and 49,995 more rows (rows 7–50001)');
    expect(text).toContain('ต้องแก้ 50,000 จุดก่อนเผยแพร่');
  });
});

describe('npm run check-data', () => {
  it('exits 0 for a folder ready to publish, 1 when the data has errors', () => {
    const clean = run(['--data', join(CASES_DIR, 'clean')]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('→ ข้อมูลพร้อมเผยแพร่\n');
    expect(clean.stdout).toContain('→ ready to publish\n');
    const bad = run(['--data', join(CASES_DIR, 'amount-with-words')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('→ ต้องแก้ 6 จุดก่อนเผยแพร่\n');
    expect(bad.stdout).toContain('→ fix 6 errors before publishing\n');
    expect(run(['--data', join(CASES_DIR, 'no-csv')]).code).toBe(1);
  });

  it('passes warnings, and fails them with --strict', () => {
    const folder = join(CASES_DIR, 'negative-amount');
    expect(run(['--data', folder]).code).toBe(0);
    const strict = run(['--data', folder, '--strict', '--lang', 'en']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('fix 2 warnings before publishing (--strict)');
    // English only: the Thai labels are gone (column names stay as the file writes them).
    expect(strict.stdout).not.toMatch(/ปัญหา|วิธีแก้|สรุป/);
  });

  it('exits 2, in Thai and English, when it cannot run', () => {
    const unknown = run(['--dta', 'data']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('ไม่รู้จักตัวเลือก “--dta”');
    expect(unknown.stderr).toContain('Unknown option “--dta”');
    const missing = run(['--data', join(CASES_DIR, 'no-such-folder')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/ไม่พบโฟลเดอร์ข้อมูล .*no-such-folder/);
    expect(missing.stderr).toMatch(/The data folder .*no-such-folder does not exist/);
    expect(run(['--lang', 'fr']).code).toBe(2);
    expect(run(['--data', join(CASES_DIR, 'clean', 'procurement.csv')]).code).toBe(2);
  });

  it('checks the folder and scope the site configuration names, as the build reads them', () => {
    const config = join(mkdtempSync(join(tmpdir(), 'prongsai-config-')), 'prongsai.config.yaml');
    const scope = (name: string) => `title:\n  th: ทดสอบ\n  en: Test\ndata: ${join(CASES_DIR, 'clean')}\nscope:\n  laos:\n    - name: ${name}\n      province: อุทัยธานี\n`;
    writeFileSync(config, scope('องค์การบริหารส่วนตำบลห้วยทรายทอง'));
    const partly = run(['--config', config]);
    expect(partly.code).toBe(0);
    expect(partly.stdout).toContain('Data rows: 2 read, 0 published, 0 not published, 2 outside the site’s scope');
    writeFileSync(config, scope('เทศบาลตำบลบ้านไม่มี'));
    const none = run(['--config', config, '--lang', 'en']);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('File: prongsai.config.yaml\n\n  ✗ ERROR · whole file · setting “scope”  [ScopeEmpty]');
  });

  it('appends the Markdown report to $GITHUB_STEP_SUMMARY, or writes it to --summary FILE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prongsai-summary-'));
    const stepSummary = join(dir, 'step-summary.md');
    writeFileSync(stepSummary, 'earlier step\n');
    expect(run(['--data', join(CASES_DIR, 'dates-from-excel')], { GITHUB_STEP_SUMMARY: stepSummary }).code).toBe(0);
    const written = readFileSync(stepSummary, 'utf8');
    expect(written.startsWith('earlier step\n## ✅ ตรวจข้อมูล / Data check: ข้อมูลพร้อมเผยแพร่ (ควรตรวจคำเตือน 4 จุด)')).toBe(true);
    expect(written).toContain('| ⚠️ | 2 | วันที่ลงนามสัญญา | “45517” |');

    const file = join(dir, 'summary.md');
    expect(run(['--data', join(CASES_DIR, 'fiscal-year'), '--summary', file, '--lang', 'th']).code).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain('## ❌ ตรวจข้อมูล: ต้องแก้ 3 จุดก่อนเผยแพร่');
  });
});

describe('the report formatter (pure)', () => {
  const issue = (over: Partial<Issue>): Issue => ({
    severity: 'error', code: 'InvalidAmount', file: 'a|b.csv', row: 2, column: 'งบ', value: '1',
    message: { th: 'จำนวนเงินอ่านไม่ได้: not-a-number', en: 'The amount cannot be read as a number: not-a-number' },
    hint: { th: 'ใช้ตัวเลขเท่านั้น', en: 'Use digits only' }, ...over,
  });
  const report = (issues: Issue[], warnings = 0): QualityReport => ({
    dataDir: 'data',
    files: [{ path: 'a|b.csv', format: 'revenue', encoding: 'utf-8', delimiter: ',', rowsRead: 3, rowsImported: 2, rowsRejected: 1, blankLines: 0, money: [], errors: issues.filter((i) => i.severity === 'error').length, warnings }],
    totals: { files: 1, rowsRead: 3, rowsImported: 2, rowsRejected: 1, errors: issues.filter((i) => i.severity === 'error').length, warnings },
    warningsNotListed: 0,
    issues,
  });

  it('quotes values, cuts long ones, and makes invisible characters visible', () => {
    expect(showValue('1.5 ล้าน')).toBe('“1.5 ล้าน”');
    expect(showValue('ก'.repeat(100), 10)).toBe(`“${'ก'.repeat(10)}…”`);
    // Thai vowels and tone marks stay with their letter when cut.
    expect(showValue('น้ำมันเชื้อเพลิง', 2)).toBe('“น้ำมั…”');
    expect(showValue('0993061050835\u200B')).toBe('“0993061050835⟨U+200B⟩”');
    expect(showValue('1\u00A0500\tบาท\r\nต่อปี\u0000')).toBe('“1⟨U+00A0⟩500⟨TAB⟩บาท⏎ต่อปี⟨U+0000⟩”');
    const text = explainText(report([issue({ value: '12\u200B500' })]));
    expect(text).toContain('ค่าที่พบ / value found: “12⟨U+200B⟩500”');
    expect(text).toContain('⟨…⟩ คือตัวอักษรที่มองไม่เห็นในเซลล์ ให้ลบออก / ⟨…⟩ is a character you cannot see in the cell: delete it');
  });

  it('escapes anything from a data file in the Markdown', () => {
    expect(escapeMarkdown('a|b <script>alert(1)</script> `x` *y* [z](http://e)')).toBe('a\\|b &lt;script&gt;alert(1)&lt;/script&gt; &#96;x&#96; \\*y\\* \\[z\\](http://e)');
    const markdown = explainMarkdown(report([issue({ column: 'ราคา|กลาง', value: '<script>alert("x")</script>|`rm`' })]));
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('`rm`');
    expect(markdown).toContain('| a\\|b.csv |');
    expect(markdown).toContain('| ราคา\\|กลาง | “&lt;script&gt;alert("x")&lt;/script&gt;\\|&#96;rm&#96;” |');
    // Every table row keeps its six cells: no pipe from the data splits one.
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| ❌'))) expect(line.split(/(?<!\\)\|/).length).toBe(8);
  });

  it('shows problems of a file that is not a data file (the site configuration)', () => {
    const scopeIssue = issue({ code: 'ScopeEmpty', file: 'prongsai.config.yaml', row: null, column: 'scope', value: null, message: { th: 'ขอบเขตว่าง', en: 'Empty scope' } });
    const text = explainText(report([scopeIssue]), { lang: 'en' });
    expect(text).toContain('File: prongsai.config.yaml\n\n  ✗ ERROR · whole file · setting “scope”  [ScopeEmpty]');
    expect(explainMarkdown(report([scopeIssue]))).toContain('### prongsai.config.yaml');
  });

  it('puts errors before warnings, says what the import did not list, and speaks one language when asked', () => {
    const issues = [issue({ severity: 'warning', code: 'NegativeAmount', row: 2, value: '-1', message: { th: 'จำนวนเงินติดลบ', en: 'The amount is negative' } }), issue({ row: 3 })];
    const text = explainText(report(issues, 250), { lang: 'en', strict: true });
    expect(text.indexOf('✗ ERROR')).toBeLessThan(text.indexOf('! WARNING'));
    expect(text).toContain('and 249 more warnings not listed one by one');
    expect(text).toContain('Summary: 1 file, 3 rows, 1 error, 250 warnings → fix 1 error before publishing');
    expect(text).not.toMatch(/ปัญหา|วิธีแก้|สรุป/);
    expect(explainText(report([]), { lang: 'th' })).toContain('สรุป: 1 ไฟล์, 3 แถว, ข้อผิดพลาด 0, คำเตือน 0 → ข้อมูลพร้อมเผยแพร่');
  });
});
