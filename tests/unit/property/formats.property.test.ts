// Property-based tests of the CSV format layer (src/lib/formats): header recognition and binding, and
// every adapter's row mapping, fed arbitrary headers and records with missing and extra fields.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Adapter, FileContext } from '../../../src/lib/formats/adapter.ts';
import { EGP_HEADER, egpContract } from '../../../src/lib/formats/egp-contract.ts';
import { ADAPTERS, detectFormat } from '../../../src/lib/formats/registry.ts';
import { RowReader } from '../../../src/lib/formats/row.ts';
import { readSkr1Preamble } from '../../../src/lib/formats/skr1.ts';
import { bindHeader } from '../../../src/lib/formats/spec.ts';
import type { StagedRecord } from '../../../src/lib/formats/staged.ts';
import { IssueCollector } from '../../../src/lib/issues/collector.ts';
import { ISSUES, type IssueCode } from '../../../src/lib/issues/catalogue.ts';
import { packBidders, parseBidders, parseContractCell, parseNamePrice } from '../../../src/lib/procurement/packed-cells.ts';
import { withCheckDigit } from '../../../src/lib/parse/tax-id.ts';
import { foldHeader } from '../../../src/lib/parse/text.ts';
import { groupThousands, hostileString, padding, thaiConsonants, toThaiDigits } from './arbitraries.ts';

const FILE = 'data/input.csv';
const LINE = 7;
const KINDS = ['organisation', 'plan-project', 'plan-indicator', 'expense', 'revenue', 'budget-total', 'procurement', 'contract'];
const ABBREVIATIONS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];

/** Reads one row the way the import does: prepare, the row's layout, the binding, map and laoOf. */
function readRow(adapter: Adapter, header: readonly string[], fields: readonly string[], preamble: readonly string[] = []) {
  const issues = new IssueCollector();
  const ctx: FileContext = { file: FILE, preamble, issues };
  const file = (adapter.prepare ? adapter.prepare(ctx) : null) ?? { lao: null, fiscalYear: null };
  const rowHeader = adapter.layoutFor?.(header, fields.length) ?? header;
  const binding = bindHeader(adapter.spec, rowHeader);
  const row = new RowReader({ file: FILE, line: LINE, fields, header: rowHeader, binding, issues });
  const staged = adapter.map(row, file);
  const lao = adapter.laoOf ? adapter.laoOf(row, file) : row.laoRef();
  return { staged, issues: issues.issues, row, lao };
}

/** Values that get past the first checks of a column, so the fuzzing reaches the code behind them. */
const plausibleCell = fc.oneof(
  fc.integer({ min: -(10 ** 10), max: 10 ** 12 }).map((c) => groupThousands(String(Math.abs(c) / 100)).replace(/^/, c < 0 ? '-' : '')),
  fc.constantFrom(
    '', '-', '2568', '๒๕๖๗', '68', 'ปีงบประมาณ 2569', '13 ส.ค. 68', '2025-08-13', '31/02/2568', '13/08/2568 14:05', 'สิ้นสุดสัญญา',
    'เฉพาะเจาะจง', 'e-bidding', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง',
    'specific', 'อนุมัติ', 'ขอตั้ง', 'เบิกจ่าย', 'ด้านบริหารทั่วไป', 'แผนงานการศึกษา', 'งบลงทุน', 'รายได้จัดเก็บเอง',
    '0105533118241', '1.05554E+12', '105533118241', 'ร้าน ก / 1,000 บาท; หจก. ข / 2,000.50 บาท', '1. บจก.ค ราคา 5,000',
    'เลขที่ 12/2568 ลงวันที่ 13 ส.ค. 68', 'อบต.ลำภี', 'ทต. ป่าไผ่', 'กทม.', 'ลำพูน', 'จังหวัดพังงา', '1234567', '5101001',
    'explicit', 'agreed-price', 'pao', 'sao', 'เทศบาลตำบล', '18.5745', '๙๘.๙๗๘๔', '404,681', "'=SUM(A1)", '=HYPERLINK("x")',
    'บริษัท ศรีบางชัน จำกัด', 'นายสมชาย ใจดี', '46/2568', 'PP-1', 'plan-1', 'line-1',
  ),
);
const cell = fc.oneof({ weight: 3, arbitrary: plausibleCell }, { weight: 2, arbitrary: hostileString });

/** A header for an adapter: some of its column names (and year columns) in any order, with junk cells among them. */
function headerFor(adapter: Adapter) {
  const candidates = adapter.spec.columns.flatMap((c) =>
    c.yearPrefixes ? c.yearPrefixes.slice(0, 3).flatMap((p) => [`${p}2566`, `${p} 2567`]) : c.names.slice(0, 3),
  );
  return fc
    .tuple(fc.shuffledSubarray(candidates), fc.array(hostileString, { maxLength: 3 }), fc.array(fc.nat(), { maxLength: 3 }))
    .map(([cells, junk, at]) => {
      const header = [...cells];
      junk.forEach((j, i) => header.splice((at[i] ?? 0) % (header.length + 1), 0, j));
      return header;
    });
}

function expectStagedShape(record: StagedRecord): void {
  expect(KINDS).toContain(record.kind);
  const amounts: (number | null | undefined)[] = [];
  const dates: (string | null | undefined)[] = [];
  let fiscalYear: number | undefined;
  if (record.kind === 'procurement') {
    amounts.push(record.project.budget, record.project.referencePrice, record.project.agreedPrice, record.contract?.value);
    dates.push(record.project.announcedDate, record.contract?.signedDate, record.contract?.endDate);
    fiscalYear = record.project.fiscalYear;
    for (const bidder of record.project.bidders) amounts.push(bidder.price);
  } else if (record.kind === 'contract') {
    amounts.push(record.contract.value);
    dates.push(record.contract.signedDate, record.contract.endDate);
  } else if (record.kind === 'expense' || record.kind === 'revenue') {
    amounts.push(record.data.amount);
    fiscalYear = record.data.fiscalYear;
  } else if (record.kind === 'budget-total') {
    amounts.push(record.data.totalExpense);
    fiscalYear = record.data.fiscalYear;
  } else if (record.kind === 'plan-project') {
    amounts.push(...Object.values(record.data.plannedByYear), ...Object.values(record.data.budgetedByYear));
  } else if (record.kind === 'organisation') {
    expect(record.data.code === null || /^\d{7}$/.test(record.data.code)).toBe(true);
    if (record.data.lat !== null) expect(Math.abs(record.data.lat)).toBeLessThanOrEqual(90);
    if (record.data.lon !== null) expect(Math.abs(record.data.lon)).toBeLessThanOrEqual(180);
  }
  for (const amount of amounts) {
    if (amount === null || amount === undefined) continue;
    expect(Number.isFinite(amount)).toBe(true);
    expect(Math.round(amount * 100) / 100).toBe(amount);
  }
  for (const date of dates) if (date != null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (fiscalYear !== undefined) expect(Number.isInteger(fiscalYear)).toBe(true);
  if ((record.kind === 'procurement' || record.kind === 'contract') && record.contract) {
    const { taxId, taxIdStatus } = record.contract;
    expect(taxId === null || (taxIdStatus === 'valid' && /^\d{13}$/.test(taxId))).toBe(true);
  }
}

describe('every adapter maps any record without throwing', () => {
  it.each(ADAPTERS.map((a) => [a.spec.id, a] as const))('%s: staged records of known shape, every issue located at the row', (_id, adapter) => {
    fc.assert(
      fc.property(
        headerFor(adapter).chain((header) =>
          fc.tuple(fc.constant(header), fc.array(cell, { maxLength: header.length + 3 }), fc.array(fc.oneof(plausibleCell, hostileString), { maxLength: 3 })),
        ),
        ([header, fields, preamble]) => {
          const { staged, issues, row, lao } = readRow(adapter, header, fields, preamble);
          expect(Array.isArray(staged)).toBe(true);
          staged.forEach(expectStagedShape);
          for (const issue of issues) {
            expect(issue.code in ISSUES).toBe(true);
            expect(issue.severity).toBe(ISSUES[issue.code as IssueCode].severity);
            expect(issue.file).toBe(FILE);
            if (issue.row !== LINE) expect(adapter.prepare).toBeDefined(); // only a file-level issue may sit elsewhere
            expect(issue.value === null || issue.value.length <= 201).toBe(true);
          }
          // A row is rejected exactly when one of its issues is an error.
          expect(row.rejected).toBe(issues.some((i) => i.severity === 'error' && i.row === LINE));
          for (const part of [lao.code, lao.name, lao.province]) expect(part === null || typeof part === 'string').toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('egp-contract rows of 28 fields are read by the 28-column layout whatever the header lost or gained', () => {
    const shortened = EGP_HEADER.filter((h) => h !== 'เขต/อำเภอ' && h !== 'แขวง/ตำบล');
    const lengthened = [...EGP_HEADER, 'ชื่อโครงการ(Eng)', 'ชื่อหน่วยงาน(Eng)', 'ชื่อผู้ชนะ(Eng)'];
    fc.assert(
      fc.property(fc.constantFrom(shortened, lengthened, [...EGP_HEADER]), fc.array(cell, { minLength: 28, maxLength: 28 }), (header, fields) => {
        const { staged } = readRow(egpContract, header, fields);
        staged.forEach(expectStagedShape);
      }),
      { numRuns: 300 },
    );
  });
});

describe('header recognition', () => {
  it('detectFormat never throws, and what it finds has all its required columns', () => {
    const record = fc.array(fc.oneof(hostileString, fc.constantFrom(...ADAPTERS.flatMap((a) => a.spec.columns.flatMap((c) => c.names)))), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 10 }), (records) => {
        const found = detectFormat(records);
        if (found === null) return;
        expect(found.binding.complete).toBe(true);
        expect(found.headerIndex).toBeLessThan(records.length);
        expect(found.headerIndex).toBeLessThanOrEqual(found.adapter.spec.preambleLines ?? 0);
        expect(ADAPTERS).toContain(found.adapter);
      }),
      { numRuns: 500 },
    );
  });

  it.each(ADAPTERS.map((a) => [a.spec.id, a] as const))('%s: a shuffled header binds each column where it stands, however it is spaced or cased', (_id, adapter) => {
    // Columns whose first name no other column of the format also accepts (the first column to accept a name takes it).
    const owners = new Map<string, number>();
    for (const c of adapter.spec.columns) for (const n of c.names) owners.set(foldHeader(n), (owners.get(foldHeader(n)) ?? 0) + 1);
    const columns = adapter.spec.columns.filter((c) => c.names.length > 0 && owners.get(foldHeader(c.names[0]!)) === 1);
    const variant = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => ` ${s.replace(/_/g, ' ')}\u00A0`, (s: string) => `\uFEFF${s}`);
    fc.assert(
      fc.property(fc.shuffledSubarray(columns, { minLength: 1 }), fc.array(variant, { minLength: columns.length, maxLength: columns.length }), (chosen, variants) => {
        const header = chosen.map((c, i) => variants[i]!(c.names[0]!));
        const binding = bindHeader(adapter.spec, header);
        chosen.forEach((c, i) => expect(binding.index.get(c.key)).toBe(i));
        expect(binding.unused).toEqual([]);
        expect(binding.complete).toBe(adapter.spec.columns.filter((c) => c.required).every((c) => chosen.includes(c)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('values round-trip through an adapter', () => {
  // Dates an LAO record can plausibly carry (RowReader leaves dates before 2500 BE or far ahead empty).
  const day = fc.date({ min: new Date(Date.UTC(1958, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const thaiShort = (iso: string): string => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return `${d} ${ABBREVIATIONS[m - 1]} ${String((y + 543) % 100).padStart(2, '0')}`;
  };
  const baht = (cents: number, thai: boolean): string => {
    const text = `${groupThousands(String(Math.floor(cents / 100)))}.${String(cents % 100).padStart(2, '0')}`;
    return thai ? toThaiDigits(text) : text;
  };

  it('an e-GP contract row gives back its amounts, dates, tax id and fiscal year', () => {
    fc.assert(
      fc.property(
        fc.record({
          budget: fc.integer({ min: 0, max: 10 ** 13 }),
          agreed: fc.integer({ min: 0, max: 10 ** 13 }),
          value: fc.integer({ min: 0, max: 10 ** 13 }),
          signed: day,
          end: day,
          taxId: fc.stringMatching(/^\d{12}$/).map(withCheckDigit),
          thai: fc.boolean(),
          projectId: fc.stringMatching(/^6\d{10}$/),
          name: thaiConsonants(3, 20),
          pad: padding,
        }),
        (v) => {
          const fields = EGP_HEADER.map((h): string => {
            switch (h) {
              case 'รหัสโครงการ': return v.projectId;
              case 'ชื่อโครงการ': return `ซื้อ${v.name}`;
              case 'ชื่อหน่วยงาน': return 'องค์การบริหารส่วนตำบลลำภี';
              case 'จังหวัด': return 'พังงา';
              case 'วิธีจัดซื้อฯ': return 'วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง';
              case 'กลุ่มวิธีจัดซื้อฯ': return 'เฉพาะเจาะจง';
              case 'วันที่ประกาศ': return '-';
              case 'งบประมาณ(บาท)': return v.pad + baht(v.budget, v.thai) + v.pad;
              case 'ราคาตกลงซื้อ/จ้าง': return baht(v.agreed, v.thai);
              case 'งบสัญญา(บาท)': return baht(v.value, v.thai);
              case 'ปีงบประมาณ': return '';
              case 'เลขนิติบุคคล': return v.thai ? toThaiDigits(v.taxId) : v.taxId;
              case 'ชื่อผู้ชนะ': return 'บริษัท ศรีบางชัน จำกัด';
              case 'วันที่ลงนามสัญญา': return v.thai ? toThaiDigits(thaiShort(v.signed)) : thaiShort(v.signed);
              case 'วันที่สิ้นสุดสัญญา': return v.end;
              default: return '';
            }
          });
          const { staged, issues, row } = readRow(egpContract, EGP_HEADER, fields);
          expect(issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.column}: ${i.value}`)).toEqual([]);
          expect(row.rejected).toBe(false);
          expect(staged).toHaveLength(1);
          const record = staged[0]!;
          if (record.kind !== 'procurement') throw new Error(`unexpected ${record.kind}`);
          expect(record.project).toMatchObject({
            sourceId: v.projectId, method: 'specific', budget: v.budget / 100, agreedPrice: v.agreed / 100, referencePrice: null, announcedDate: null,
          });
          // No ปีงบประมาณ: the fiscal year is the one the contract was signed in (1 October – 30 September, BE).
          const [y, m] = v.signed.split('-').map(Number) as [number, number];
          expect(record.project.fiscalYear).toBe(y + 543 + (m >= 10 ? 1 : 0));
          expect(record.contract).toMatchObject({
            taxId: v.taxId, taxIdStatus: 'valid', signedDate: v.signed, endDate: v.end, value: v.value / 100, vendorKey: 'ศรีบางชัน', legalForm: 'company',
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a สขร.1 heading gives back its LAO and the fiscal year of its month', () => {
    fc.assert(
      fc.property(thaiConsonants(2, 10), thaiConsonants(2, 10), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 2500, max: 2650 }), fc.boolean(), (place, province, month, year, thai) => {
        const yearText = thai ? toThaiDigits(String(year)) : String(year);
        const { lao, fiscalYear } = readSkr1Preamble(['แบบ สขร.1', `เทศบาลตำบล${place} อำเภอเมือง จังหวัด${province}`, `ประจำเดือน ${MONTHS[month]} พ.ศ. ${yearText}`]);
        expect(lao).toEqual({ code: null, name: `เทศบาลตำบล${place}`, province });
        expect(fiscalYear).toBe(year + (month >= 9 ? 1 : 0));
      }),
      { numRuns: 300 },
    );
  });

  it('readSkr1Preamble never throws on any heading lines', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileString, plausibleCell), { maxLength: 8 }), (lines) => {
        const { lao, fiscalYear } = readSkr1Preamble(lines);
        expect(lao === null || typeof lao.name === 'string').toBe(true);
        expect(fiscalYear === null || Number.isInteger(fiscalYear)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the packed-cell readers never throw, and a สขร.1 contract cell gives back its number and date', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, plausibleCell), (raw) => {
        const pair = parseNamePrice(raw);
        expect(pair === null || (typeof pair.name === 'string' && (pair.price === null || Number.isFinite(pair.price)))).toBe(true);
        const cell = parseContractCell(raw);
        expect(cell.date === null || /^\d{4}-\d{2}-\d{2}$/.test(cell.date)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 2560, max: 2580 }), day, (n, year, iso) => {
        expect(parseContractCell(`เลขที่ ${n}/${year} ลงวันที่ ${thaiShort(iso)}`)).toEqual({ number: `${n}/${year}`, date: iso });
      }),
      { numRuns: 300 },
    );
  });

  it('bidders packed by packBidders are read back by parseBidders', () => {
    const bidder = fc.record({
      name: fc.tuple(fc.constantFrom('', 'ร้าน', 'หจก.', 'บริษัท '), thaiConsonants(2, 12)).map(([form, name]) => form + name),
      price: fc.option(fc.integer({ min: 0, max: 10 ** 14 }).map((c) => c / 100), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(bidder, { maxLength: 6 }), (bidders) => {
        expect(parseBidders(packBidders(bidders))).toEqual(bidders);
      }),
      { numRuns: 500 },
    );
  });
});
