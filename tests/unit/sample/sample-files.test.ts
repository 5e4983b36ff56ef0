import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { isValidThaiTaxId } from '../../../src/lib/parse/tax-id.ts';
import { DEFAULT_SEED, buildSampleFiles, sampleFileText } from '../../../src/lib/sample/default-sample.ts';
import { EGP_HEADER } from '../../../src/lib/sample/egp-file.ts';

const sample = buildSampleFiles(DEFAULT_SEED);
const table = (name: string) => {
  const file = sample.tables.get(name);
  if (!file) throw new Error(`no ${name}`);
  return file.table;
};
const column = (name: string, header: string): string[] => {
  const t = table(name);
  const c = t.header.indexOf(header);
  return t.rows.map((r) => r[c] ?? '');
};
const REAL = join(import.meta.dirname, '../../../../shared/real');

describe('Windows-874 and e-GP layouts', () => {
  const win874 = sample.tables.get('egp-contracts-2567-windows874.csv')!;

  it('the Windows-874 file decodes to exactly its UTF-8 text', () => {
    const bytes = readFileSync(join(import.meta.dirname, '../../../data/sample/egp-contracts-2567-windows874.csv'));
    expect(bytes[0]).not.toBe(0xef);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('windows-874').decode(bytes)).toBe(sampleFileText(win874));
  });

  it('the Windows-874 file has the 26-name header and 28-field rows', () => {
    const text = new TextDecoder('windows-874').decode(readFileSync(join(import.meta.dirname, '../../../data/sample/egp-contracts-2567-windows874.csv')));
    const records = parse(text, { relax_column_count: true }) as string[][];
    expect(records[0]).toHaveLength(26);
    expect(records[0]).not.toContain('เขต/อำเภอ');
    expect(records[0]).not.toContain('แขวง/ตำบล');
    expect(records.length).toBeGreaterThan(20);
    for (const r of records.slice(1)) expect(r).toHaveLength(28);
  });

  it('the UTF-8 e-GP file starts with a BOM and has the 28 real headers', () => {
    const bytes = readFileSync(join(import.meta.dirname, '../../../data/sample/egp-contracts-2568.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true }) as string[][];
    expect(records[0]).toEqual([...EGP_HEADER]);
    for (const r of records.slice(1)) {
      expect(r[6]).toBe('วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง');
      if (r[7] === 'เฉพาะเจาะจง') expect(r[8]).toBe('-');
      else expect(r[8]).toMatch(/^\d{1,2} [\u0E00-\u0E7F.]+ \d{2}$/);
      expect(r[10]).toBe('');
      expect(r[26]).toBe('');
    }
  });

  it.skipIf(!existsSync(REAL))('uses exactly the header of the real e-GP file (../shared/real)', () => {
    const real = readFileSync(join(REAL, 'egp-contract-2568-phangnga-lamphun.csv'), 'utf8').split('\r\n')[0]?.replace(/^\uFEFF/, '');
    expect(EGP_HEADER.join(',')).toBe(real);
  });
});

describe('tax ids', () => {
  it('every generated tax id is valid except the one deliberate wrong check digit', () => {
    const ids = [
      ...column('procurement.csv', 'winner_tax_id').map((id, i) => ({ id, where: `procurement.csv row ${i + 1}` })),
      ...column('egp-contracts-2568.csv', 'เลขนิติบุคคล').map((id, i) => ({ id, where: `egp 2568 row ${i + 1}` })),
    ];
    const win874 = table('egp-contracts-2567-windows874.csv');
    for (const [i, r] of win874.rows.entries()) ids.push({ id: r[21] ?? '', where: `egp 2567 row ${i + 1}` });
    const bad = ids.filter(({ id }) => id !== '' && !isValidThaiTaxId(id));
    const deliberate = sample.problems.filter((p) => p.column === 'winner_tax_id');
    expect(deliberate).toHaveLength(1);
    expect(bad.map((b) => b.where)).toEqual([`procurement.csv row ${deliberate[0]!.row}`]);
    expect(ids.filter(({ id }) => id !== '').length).toBeGreaterThan(100);
    expect(ids.some(({ id }) => id === '')).toBe(true);
  });
});

describe('the committed data/sample/ folder', () => {
  const dir = join(import.meta.dirname, '../../../data/sample');

  it('matches what the generator writes now', () => {
    for (const [name, file] of sample.tables) {
      if (file.encoding === 'windows-874') continue;
      const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
      expect(text, name).toBe(sampleFileText(file));
    }
  });

  it('is small, CSV with CRLF, and every record has as many fields as its header', () => {
    const files = readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.csv'))).toHaveLength(13);
    expect(files).toContain('README.md');
    const size = files.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
    expect(size).toBeLessThan(2_000_000);
    for (const [name, file] of sample.tables) {
      const text = sampleFileText(file);
      expect(text.replace(/"[^"]*"/g, '').split('\n').slice(0, -1).every((l) => l.endsWith('\r')), name).toBe(true);
      if (name.startsWith('egp-contracts-2567')) continue;
      for (const r of file.table.rows) expect(r.length, name).toBe(file.table.header.length);
      expect(file.table.rows.length, name).toBeGreaterThan(0);
    }
  });

  it('states in its README that the data are synthetic, with the seed and each deliberate problem', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toMatch(/SYNTHETIC/);
    expect(readme).toMatch(/ข้อมูลสมมติ/);
    expect(readme).toContain(`seed ${DEFAULT_SEED}`);
    for (const p of sample.problems) expect(readme).toContain(`| ${p.file} | ${p.row || '(header)'} | ${p.line} | ${p.column} |`);
  });
});
