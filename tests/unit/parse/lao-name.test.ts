import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import {
  LAO_TYPE_PREFIX,
  LAO_TYPES,
  normaliseProvince,
  parseLaoName,
  parseLaoType,
} from '../../../src/lib/parse/lao-name.ts';
import type { LaoType } from '../../../src/lib/parse/lao-name.ts';
import { matchKey } from '../../../src/lib/parse/text.ts';

const REAL = fileURLToPath(new URL('../../../../shared/real/', import.meta.url));
const REAL_CONTRACTS = `${REAL}egp-contract-2568-phangnga-lamphun.csv`;
const REAL_BUYERS = `${REAL}egp-buyers-phangnga-lamphun.csv`;

describe('LAO_TYPES and LAO_TYPE_PREFIX', () => {
  it('lists the types from อบจ. down, then Bangkok and Pattaya', () => {
    expect(LAO_TYPES).toEqual(['pao', 'city', 'town', 'subdistrict', 'sao', 'bangkok', 'pattaya']);
  });

  it('gives the official prefix of each type', () => {
    expect(LAO_TYPE_PREFIX).toEqual({
      pao: 'องค์การบริหารส่วนจังหวัด',
      city: 'เทศบาลนคร',
      town: 'เทศบาลเมือง',
      subdistrict: 'เทศบาลตำบล',
      sao: 'องค์การบริหารส่วนตำบล',
      bangkok: '',
      pattaya: '',
    });
  });
});

describe('parseLaoName', () => {
  it.each<[string, string, LaoType | null]>([
    ['องค์การบริหารส่วนจังหวัดลำพูน', 'องค์การบริหารส่วนจังหวัดลำพูน', 'pao'],
    ['อบจ.ลำพูน', 'องค์การบริหารส่วนจังหวัดลำพูน', 'pao'],
    ['อบจ. ลำพูน', 'องค์การบริหารส่วนจังหวัดลำพูน', 'pao'],
    ['อบจ ลำพูน', 'องค์การบริหารส่วนจังหวัดลำพูน', 'pao'],
    ['อ.บ.จ.ลำพูน', 'องค์การบริหารส่วนจังหวัดลำพูน', 'pao'],
    ['องค์การบริหารส่วนจังหวัด ลำพูน', 'องค์การบริหารส่วนจังหวัดลำพูน', 'pao'],
    ['องค์การ บริหารส่วน จังหวัดลำพูน', 'องค์การบริหารส่วนจังหวัดลำพูน', 'pao'],
    ['เทศบาลนครเชียงใหม่', 'เทศบาลนครเชียงใหม่', 'city'],
    ['ทน.เชียงใหม่', 'เทศบาลนครเชียงใหม่', 'city'],
    ['ทน. นครสวรรค์', 'เทศบาลนครนครสวรรค์', 'city'],
    ['เทศบาลเมืองลำพูน', 'เทศบาลเมืองลำพูน', 'town'],
    ['ทม.ลำพูน', 'เทศบาลเมืองลำพูน', 'town'],
    ['เทศบาลเมือง โคกกลอย', 'เทศบาลเมืองโคกกลอย', 'town'],
    ['เทศบาลตำบลป่าไผ่', 'เทศบาลตำบลป่าไผ่', 'subdistrict'],
    ['ทต.ป่าไผ่', 'เทศบาลตำบลป่าไผ่', 'subdistrict'],
    ['ทต. ป่าไผ่', 'เทศบาลตำบลป่าไผ่', 'subdistrict'],
    ['เทศบาลตำบล  ป่าไผ่', 'เทศบาลตำบลป่าไผ่', 'subdistrict'],
    ['เทศบาลตำบลเมืองลี้', 'เทศบาลตำบลเมืองลี้', 'subdistrict'],
    ['องค์การบริหารส่วนตำบลลำภี', 'องค์การบริหารส่วนตำบลลำภี', 'sao'],
    ['อบต.ลำภี', 'องค์การบริหารส่วนตำบลลำภี', 'sao'],
    ['อบต. ลำภี', 'องค์การบริหารส่วนตำบลลำภี', 'sao'],
    ['อบต ลำภี', 'องค์การบริหารส่วนตำบลลำภี', 'sao'],
    ['กรุงเทพมหานคร', 'กรุงเทพมหานคร', 'bangkok'],
    ['กทม.', 'กรุงเทพมหานคร', 'bangkok'],
    ['กทม', 'กรุงเทพมหานคร', 'bangkok'],
    ['กรุงเทพฯ', 'กรุงเทพมหานคร', 'bangkok'],
    ['เมืองพัทยา', 'เมืองพัทยา', 'pattaya'],
    ['เมือง พัทยา', 'เมืองพัทยา', 'pattaya'],
    ['  อบต.\u00A0ลำภี ', 'องค์การบริหารส่วนตำบลลำภี', 'sao'],
    ['ลำพูน', 'ลำพูน', null],
    ['อบตลำภี', 'อบตลำภี', null],
    ['ทตพะเยา', 'ทตพะเยา', null],
    ['เทศบาลตำบล', 'เทศบาลตำบล', null],
    ['', '', null],
  ])('%j → %j (%s)', (raw, name, type) => {
    expect(parseLaoName(raw)).toEqual({ name, key: matchKey(name), type });
  });

  it('gives every spelling of one LAO the same key', () => {
    const keys = new Set(['อบต.ลำภี', 'อบต. ลำภี', 'องค์การบริหารส่วนตำบลลำภี', 'องค์การบริหารส่วนตำบล ลำภี'].map((n) => parseLaoName(n).key));
    expect(keys.size).toBe(1);
  });

  it('keeps LAOs of different tiers with the same place name apart', () => {
    expect(parseLaoName('ทม.โคกกลอย').key).not.toBe(parseLaoName('อบต.โคกกลอย').key);
    expect(parseLaoName('ทต.ทุ่งหัวช้าง').key).not.toBe(parseLaoName('อบต.ทุ่งหัวช้าง').key);
  });
});

describe('parseLaoType', () => {
  it.each<[string, LaoType]>([
    ['อบจ.', 'pao'],
    ['อบจ', 'pao'],
    ['องค์การบริหารส่วนจังหวัด', 'pao'],
    ['pao', 'pao'],
    ['PAO', 'pao'],
    ['Provincial Administrative Organization', 'pao'],
    ['เทศบาลนคร', 'city'],
    ['ทน.', 'city'],
    ['city', 'city'],
    ['City Municipality', 'city'],
    ['เทศบาลเมือง', 'town'],
    ['ทม.', 'town'],
    ['town', 'town'],
    ['Town Municipality', 'town'],
    ['เทศบาลตำบล', 'subdistrict'],
    ['ทต.', 'subdistrict'],
    ['subdistrict', 'subdistrict'],
    ['Subdistrict Municipality', 'subdistrict'],
    ['อบต.', 'sao'],
    ['องค์การบริหารส่วนตำบล', 'sao'],
    ['sao', 'sao'],
    ['Subdistrict Administrative Organization', 'sao'],
    ['subdistrict administrative organization', 'sao'],
    ['กรุงเทพมหานคร', 'bangkok'],
    ['กทม.', 'bangkok'],
    ['bangkok', 'bangkok'],
    ['เมืองพัทยา', 'pattaya'],
    ['pattaya', 'pattaya'],
    [' เทศบาล ตำบล ', 'subdistrict'],
    ['\uFEFFอบต.', 'sao'],
  ])('%j → %s', (raw, type) => {
    expect(parseLaoType(raw)).toBe(type);
  });

  it('round-trips every English key and every non-empty prefix', () => {
    for (const type of LAO_TYPES) {
      expect(parseLaoType(type)).toBe(type);
      if (LAO_TYPE_PREFIX[type] !== '') expect(parseLaoType(LAO_TYPE_PREFIX[type])).toBe(type);
    }
  });

  it.each(['', '-', 'เทศบาล', 'Municipality', 'องค์การบริหารส่วน', 'จังหวัด', 'อปท.', 'ลำพูน'])('%j is no type', (raw) => {
    expect(parseLaoType(raw)).toBeNull();
  });
});

describe('normaliseProvince', () => {
  it.each([
    ['ลำพูน', 'ลำพูน'],
    ['จังหวัดลำพูน', 'ลำพูน'],
    ['จังหวัด ลำพูน', 'ลำพูน'],
    ['จ.ลำพูน', 'ลำพูน'],
    ['จ. ลำพูน', 'ลำพูน'],
    ['  พังงา\u00A0', 'พังงา'],
    ['กทม.', 'กรุงเทพมหานคร'],
    ['กทม', 'กรุงเทพมหานคร'],
    ['กรุงเทพฯ', 'กรุงเทพมหานคร'],
    ['กรุงเทพมหานคร', 'กรุงเทพมหานคร'],
    ['จังหวัดกรุงเทพมหานคร', 'กรุงเทพมหานคร'],
    ['จันทบุรี', 'จันทบุรี'],
    ['จ.จันทบุรี', 'จันทบุรี'],
    ['ชัยนาท', 'ชัยนาท'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseProvince(raw)).toBe(expected);
  });
});

describe.skipIf(!existsSync(REAL_CONTRACTS) || !existsSync(REAL_BUYERS))('real e-GP buyers (needs ../shared/real)', () => {
  const read = (file: string): Record<string, string>[] =>
    existsSync(file) ? parse<Record<string, string>>(readFileSync(file), { bom: true, columns: true }) : [];
  const contracts = read(REAL_CONTRACTS);
  const buyers = read(REAL_BUYERS);
  const typeOfBuyer = new Map(buyers.map((b) => [b['ชื่อหน่วยงาน']!, parseLaoType(b['ประเภท']!)]));

  it('maps every Thai label of the ประเภท column', () => {
    expect(buyers.length).toBe(110);
    for (const buyer of buyers) expect(parseLaoType(buyer['ประเภท']!)).not.toBeNull();
    const counts: Record<string, number> = {};
    for (const type of typeOfBuyer.values()) counts[type!] = (counts[type!] ?? 0) + 1;
    expect(counts).toEqual({ pao: 2, town: 4, subdistrict: 51, sao: 53 });
  });

  it('reads from each contract buyer name the type the buyers file gives it', () => {
    const names = new Set(contracts.map((row) => row['ชื่อหน่วยงาน']!));
    expect(names.size).toBe(110);
    const mismatches = [...names]
      .map((name) => ({ name, parsed: parseLaoName(name).type, listed: typeOfBuyer.get(name) }))
      .filter(({ parsed, listed }) => parsed !== listed);
    expect(mismatches).toEqual([]);
  });

  it('keeps every real buyer name as it is, since they are already official', () => {
    for (const buyer of buyers) {
      const name = buyer['ชื่อหน่วยงาน']!;
      expect(parseLaoName(name).name).toBe(name);
      const type = parseLaoName(name).type!;
      expect(name.startsWith(LAO_TYPE_PREFIX[type])).toBe(true);
    }
  });

  it('reads the province column of both files', () => {
    for (const buyer of buyers) expect(['ลำพูน', 'พังงา']).toContain(normaliseProvince(buyer['จังหวัด']!));
    for (const row of contracts) expect(['ลำพูน', 'พังงา']).toContain(normaliseProvince(row['จังหวัด']!));
  });

  it('gives the 110 buyers 110 distinct keys', () => {
    expect(new Set(buyers.map((b) => parseLaoName(b['ชื่อหน่วยงาน']!).key)).size).toBe(110);
  });
});
