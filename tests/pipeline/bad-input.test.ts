import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/issues/collector.ts';
import { importText } from './helpers.ts';

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
