import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { checkTaxId, isValidThaiTaxId, taxIdCheckDigit, withCheckDigit } from '../../../src/lib/parse/tax-id.ts';
import type { TaxIdStatus } from '../../../src/lib/parse/tax-id.ts';

const REAL_CONTRACTS = fileURLToPath(new URL('../../../../shared/real/egp-contract-2568-phangnga-lamphun.csv', import.meta.url));

/** Winners' ids copied from the real e-GP file (บริษัท ศรีบางชัน, กู้ดสปีด คอมพิวเตอร์, เดอะซิสเต็ม ลำพูน, โรงพิมพ์อาสารักษาดินแดน). */
const REAL_VALID_IDS = ['0105533118241', '0505559011181', '0515556000366', '0994000188251'];

/** Replaces the digit at `index`. */
const withDigit = (id: string, index: number, digit: number): string => id.slice(0, index) + String(digit) + id.slice(index + 1);

describe('taxIdCheckDigit / isValidThaiTaxId', () => {
  it.each(REAL_VALID_IDS)('%s from the real file is valid', (id) => {
    expect(isValidThaiTaxId(id)).toBe(true);
    expect(taxIdCheckDigit(id.slice(0, 12))).toBe(Number(id[12]));
    expect(withCheckDigit(id.slice(0, 12))).toBe(id);
  });

  it('computes the check digit as (11 − Σ dᵢ·(13−i) mod 11) mod 10', () => {
    // 0·13+1·12+0·11+5·10+5·9+3·8+3·7+1·6+1·5+8·4+2·3+4·2 = 209; 209 mod 11 = 0; (11 − 0) mod 10 = 1.
    expect(taxIdCheckDigit('010553311824')).toBe(1);
    expect(taxIdCheckDigit('000000000000')).toBe(1);
    expect(taxIdCheckDigit('000000000001')).toBe(9);
  });

  it('catches every change of one digit outside the third for 0515556000366', () => {
    const id = '0515556000366';
    for (let i = 0; i < 13; i++) {
      if (i === 2) continue;
      for (let d = 0; d <= 9; d++) {
        if (String(d) === id[i]) continue;
        expect(isValidThaiTaxId(withDigit(id, i, d)), `digit ${i + 1} → ${d}`).toBe(false);
      }
    }
  });

  it('catches a changed check digit for every real id', () => {
    for (const id of REAL_VALID_IDS) {
      const last = Number(id[12]);
      for (let d = 0; d <= 9; d++) if (d !== last) expect(isValidThaiTaxId(withDigit(id, 12, d))).toBe(false);
    }
  });

  it('cannot see the third digit, whose weight is 11 (a real typo in the file passes)', () => {
    // Both appear in the real file for 'ห้างหุ้นส่วนจำกัด พิมพ์ชนก(…)เซอร์วิส'.
    expect(isValidThaiTaxId('0513567000841')).toBe(true);
    expect(isValidThaiTaxId('0563567000841')).toBe(true);
  });

  it.each(['', '010553311824', '01055331182410', '010553311824a', ' 0105533118241', '๐๑๐๕๕๓๓๑๑๘๒๔๑'])(
    '%j is not a 13-digit id',
    (raw) => {
      expect(isValidThaiTaxId(raw)).toBe(false);
    },
  );
});

describe('checkTaxId', () => {
  it.each<[string, string | null, TaxIdStatus]>([
    ['0105533118241', '0105533118241', 'valid'],
    [' 0105533118241 ', '0105533118241', 'valid'],
    ['๐๑๐๕๕๓๓๑๑๘๒๔๑', '0105533118241', 'valid'],
    ['0-1055-33118-24-1', '0105533118241', 'valid'],
    ['0 1055 33118 24 1', '0105533118241', 'valid'],
    ['105533118241', '0105533118241', 'valid'],
    ['505559011181', '0505559011181', 'valid'],
    ['', null, 'missing'],
    ['   ', null, 'missing'],
    ['-', null, 'missing'],
    ['null', null, 'missing'],
    ['NULL', null, 'missing'],
    ['1.05554E+12', null, 'excel-damaged'],
    ['1.05553E+11', null, 'excel-damaged'],
    ['1.05554e12', null, 'excel-damaged'],
    ['5E+12', null, 'excel-damaged'],
    ['0105533118242', null, 'bad-check-digit'],
    ['1105533118241', null, 'bad-check-digit'],
    // 12 digits whose zero-padded form fails the check digit are not taken as a dropped zero.
    ['123456789012', null, 'bad-length'],
    ['105533118242', null, 'bad-length'],
    ['01055331182411', null, 'bad-length'],
    ['12345', null, 'bad-length'],
    ['abc', null, 'bad-length'],
  ])('%j → %j (%s)', (raw, value, status) => {
    expect(checkTaxId(raw)).toEqual({ value, status });
  });

  it('restores the leading zero Excel drops from every real id', () => {
    for (const id of REAL_VALID_IDS) expect(checkTaxId(id.slice(1))).toEqual({ value: id, status: 'valid' });
  });
});

describe.skipIf(!existsSync(REAL_CONTRACTS))('real e-GP tax ids (needs ../shared/real)', () => {
  const rows = existsSync(REAL_CONTRACTS)
    ? parse<Record<string, string>>(readFileSync(REAL_CONTRACTS), { bom: true, columns: true })
    : [];
  const ids = rows.map((row) => row['เลขนิติบุคคล'] ?? '');

  it('counts every non-empty เลขนิติบุคคล by status', () => {
    const byStatus: Partial<Record<TaxIdStatus, number>> = {};
    for (const raw of ids) {
      if (raw === '') continue;
      const { status } = checkTaxId(raw);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
    }
    // Locked from the file: this FY2568 export is not Excel-damaged, and every id passes its check digit.
    expect(byStatus).toEqual({ valid: 8366 });
    expect(ids.filter((raw) => raw === '').length).toBe(9963);
    expect(new Set(ids.filter((raw) => raw !== '')).size).toBe(1148);
  });

  it('returns valid ids unchanged', () => {
    for (const raw of ids) if (raw !== '') expect(checkTaxId(raw).value).toBe(raw);
  });
});
