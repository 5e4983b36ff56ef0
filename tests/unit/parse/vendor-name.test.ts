import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { bareVendorName, normaliseVendorName } from '../../../src/lib/parse/vendor-name.ts';
import type { LegalForm } from '../../../src/lib/parse/vendor-name.ts';

const REAL_CONTRACTS = fileURLToPath(new URL('../../../../shared/real/egp-contract-2568-phangnga-lamphun.csv', import.meta.url));

const keyOf = (raw: string): string => normaliseVendorName(raw).key;
const formOf = (raw: string): LegalForm => normaliseVendorName(raw).legalForm;

describe('normaliseVendorName: the same company written five ways', () => {
  const spellings = [
    'บริษัท ศรีบางชัน จำกัด',
    'บริษัทศรีบางชัน จำกัด',
    'บจก.ศรีบางชัน',
    'บจก. ศรีบางชัน',
    'บริษัท  ศรีบางชัน  จำกัด',
    'บ.จ.ก. ศรีบางชัน',
    'บจก ศรีบางชัน',
    'บริษัท ศรีบางชัน จํากัด',
    'บ.ศรีบางชัน จำกัด',
    '\u200Bบริษัท\u00A0ศรีบางชัน จำกัด ',
  ];

  it.each(spellings)('%j → key ศรีบางชัน, company', (raw) => {
    expect(normaliseVendorName(raw)).toMatchObject({ key: 'ศรีบางชัน', legalForm: 'company' });
  });

  it('keeps the original wording in display, fixing only whitespace', () => {
    expect(normaliseVendorName('บริษัท  ศรีบางชัน  จำกัด').display).toBe('บริษัท ศรีบางชัน จำกัด');
    expect(normaliseVendorName('บจก.ศรีบางชัน').display).toBe('บจก.ศรีบางชัน');
    expect(normaliseVendorName(' ร้าน\tทันต์สปอร์ต ').display).toBe('ร้าน ทันต์สปอร์ต');
  });
});

describe('normaliseVendorName: legal forms', () => {
  it.each<[string, string, LegalForm]>([
    ['บริษัท ทีโอที จำกัด (มหาชน)', 'ทีโอที', 'public-company'],
    ['บริษัท บิ๊ก คาเมร่า คอร์ปอเรชั่น จำกัด(มหาชน)', 'บิ๊กคาเมร่าคอร์ปอเรชั่น', 'public-company'],
    ['บมจ.ทีโอที', 'ทีโอที', 'public-company'],
    ['บมจ. ทีโอที', 'ทีโอที', 'public-company'],
    ['ทีโอที จำกัด (มหาชน)', 'ทีโอที', 'public-company'],
    ['บริษัท ริโก้ (ประเทศไทย) จำกัด', 'ริโก้ประเทศไทย', 'company'],
    ['บริษัท พี เอ แอร์ แอนด์ เซอร์วิส', 'พีเอแอร์แอนด์เซอร์วิส', 'company'],
    ['พังงาพลาซ่า จำกัด', 'พังงาพลาซ่า', 'company'],
    ['บริษัท ศิวดล สเตชั่นเนอรี่ จำกัด (สำนักงานใหญ่)', 'ศิวดลสเตชั่นเนอรี่', 'company'],
    ['บริษัท ซีเอส พลัส เทรดดิ้ง จำกัด สำนักงานใหญ่', 'ซีเอสพลัสเทรดดิ้ง', 'company'],
    ['ห้างหุ้นส่วนจำกัด ราชสีห์ คอนกรีต', 'ราชสีห์คอนกรีต', 'limited-partnership'],
    ['ห้างหุ้นส่วนจำกัดราชสีห์คอนกรีต', 'ราชสีห์คอนกรีต', 'limited-partnership'],
    ['หจก.ราชสีห์คอนกรีต', 'ราชสีห์คอนกรีต', 'limited-partnership'],
    ['หจก. ราชสีห์ คอนกรีต', 'ราชสีห์คอนกรีต', 'limited-partnership'],
    ['ห.จ.ก.ราชสีห์คอนกรีต', 'ราชสีห์คอนกรีต', 'limited-partnership'],
    ['ห้างหุ้นส่วน ราชสีห์ คอนกรีต จำกัด', 'ราชสีห์คอนกรีต', 'limited-partnership'],
    ['ห้างหุ้นส่วนจำกัด กระโสม ๘๘๘ (สำนักงานใหญ่)', 'กระโสม888', 'limited-partnership'],
    ['ห้างหุ้นส่วนสามัญ ระนองเคมีภัณฑ์', 'ระนองเคมีภัณฑ์', 'ordinary-partnership'],
    ['ห้างหุ้นส่วนสามัญสื่อทองธุรกิจ', 'สื่อทองธุรกิจ', 'ordinary-partnership'],
    ['ห้างหุ้นส่วนสามัญนิติบุคคล สื่อทองธุรกิจ', 'สื่อทองธุรกิจ', 'ordinary-partnership'],
    ['หสน.สื่อทองธุรกิจ', 'สื่อทองธุรกิจ', 'ordinary-partnership'],
    ['หสม. สื่อทองธุรกิจ', 'สื่อทองธุรกิจ', 'ordinary-partnership'],
    ['ห้างหุ้นส่วน สื่อทองธุรกิจ', 'สื่อทองธุรกิจ', 'ordinary-partnership'],
    ['ร้านทันต์สปอร์ต', 'ทันต์สปอร์ต', 'shop'],
    ['ร้าน ทันต์สปอร์ต', 'ทันต์สปอร์ต', 'shop'],
    ['ร้านเอ็มเซอร์วิส โดย นายสมชาย สิทธิตัน', 'เอ็มเซอร์วิส', 'shop'],
    ['ร้าน เจ พี สติ๊กเกอร์ โดย น.ส.พรพรรณ  จันต๊ะวงค์', 'เจพีสติ๊กเกอร์', 'shop'],
    ['นายณรงค์  จอมจันทร์', 'ณรงค์จอมจันทร์', 'person'],
    ['นาย วัชระ กัญชนะ', 'วัชระกัญชนะ', 'person'],
    ['นางบุญสนอง  เตชะศรี', 'บุญสนองเตชะศรี', 'person'],
    ['นางสาวศรีวรรณ  ทาแพะ', 'ศรีวรรณทาแพะ', 'person'],
    ['น.ส.ยุพิน กายทวรรณ์', 'ยุพินกายทวรรณ์', 'person'],
    ['น.ส. ยุพิน กายทวรรณ์', 'ยุพินกายทวรรณ์', 'person'],
    ['ด.ต.สมศักดิ์ ใจดี', 'สมศักดิ์ใจดี', 'person'],
    ['ส.ต.อ. สมศักดิ์ ใจดี', 'สมศักดิ์ใจดี', 'person'],
    ['จ.ส.อ.สมศักดิ์ ใจดี', 'สมศักดิ์ใจดี', 'person'],
    ['ว่าที่ร้อยตรีอานนท์ มะโนเมือง', 'อานนท์มะโนเมือง', 'person'],
    ['ว่าที่ ร.ต. วีรพร จุ่มใจ', 'วีรพรจุ่มใจ', 'person'],
    ['ว่าที่ ร.ต.หญิง ศรินทร์ แสนปวน', 'ศรินทร์แสนปวน', 'person'],
    ['ว่าที่ร้อยตรีหญิงสุภาวดี เตมีศักดิ์', 'สุภาวดีเตมีศักดิ์', 'person'],
    ['Mr. John Smith', 'johnsmith', 'person'],
    ['สหกรณ์การเกษตรบ้านโฮ่ง จำกัด', 'สหกรณ์การเกษตรบ้านโฮ่ง', 'cooperative'],
    ['สหกรณ์โคนมเชียงใหม่', 'สหกรณ์โคนมเชียงใหม่', 'cooperative'],
    ['ABC Co., Ltd.', 'abc', 'company'],
    ['ABC Co.,Ltd', 'abc', 'company'],
    ['ABC Company Limited', 'abc', 'company'],
    ['ABC Limited', 'abc', 'company'],
    ['ABC Ltd', 'abc', 'company'],
    ['ABC Part., Ltd.', 'abc', 'limited-partnership'],
    ['ABC Limited Partnership', 'abc', 'limited-partnership'],
    ['ABC Public Company Limited', 'abc', 'public-company'],
    ['กุณทิราภัณฑ์', 'กุณทิราภัณฑ์', 'other'],
    ['องค์การเภสัชกรรม', 'องค์การเภสัชกรรม', 'other'],
    ['กิจการร่วมค้า ริชชวกร คอนสตรัคชั่น', 'กิจการร่วมค้าริชชวกรคอนสตรัคชั่น', 'other'],
  ])('%j → key %j, %s', (raw, key, legalForm) => {
    expect(normaliseVendorName(raw)).toMatchObject({ key, legalForm });
  });
});

describe('normaliseVendorName: names whose first letters only look like a prefix', () => {
  it.each<[string, string]>([
    ['บ้านสวน', 'บ้านสวน'],
    ['บ้านแป้นไดนาโม', 'บ้านแป้นไดนาโม'],
    ['บุญช่วยพานิช', 'บุญช่วยพานิช'],
    ['บางกอก ออโต้กลาส', 'บางกอกออโต้กลาส'],
    ['ส.ครุภัณฑ์', 'สครุภัณฑ์'],
    ['ส.อลงกรณ์ กระจก-อลูมิเนียม', 'สอลงกรณ์กระจกอลูมิเนียม'],
    ['บ.การช่าง', 'บการช่าง'],
    ['หจกไทย', 'หจกไทย'],
    ['อู่รถโดยสาร', 'อู่รถโดยสาร'],
    ['นาคาการค้า', 'นาคาการค้า'],
    ['ร้านบ้านสวน', 'บ้านสวน'],
  ])('%j keeps its letters: key %j', (raw, key) => {
    expect(keyOf(raw)).toBe(key);
  });

  it('does not read single-letter initials as a company', () => {
    expect(formOf('ส.ครุภัณฑ์')).toBe('other');
    expect(formOf('บ.การช่าง')).toBe('other');
    expect(formOf('บ้านสวน')).toBe('other');
  });

  it('keeps the shop word out of the key but not the rest', () => {
    expect(keyOf('ร้านทันต์สปอร์ต')).toBe(keyOf('ทันต์สปอร์ต'));
    expect(keyOf('ร้านทันต์สปอร์ต')).not.toBe(keyOf('ร้านทันต์สปอร์ต 2'));
  });

  it('keeps different businesses apart', () => {
    expect(keyOf('บริษัท ศรีบางชัน จำกัด')).not.toBe(keyOf('บริษัท ศรีบางชัย จำกัด'));
    expect(keyOf('สหกรณ์โคนมเชียงใหม่ จำกัด')).not.toBe(keyOf('โคนมเชียงใหม่'));
  });

  it('falls back to the whole name when nothing is left after the legal words', () => {
    expect(keyOf('บริษัท')).toBe('บริษัท');
    expect(keyOf('ร้าน')).toBe('ร้าน');
    expect(keyOf('')).toBe('');
  });
});

describe.skipIf(!existsSync(REAL_CONTRACTS))('real e-GP winners (needs ../shared/real)', () => {
  const rows = existsSync(REAL_CONTRACTS)
    ? parse<Record<string, string>>(readFileSync(REAL_CONTRACTS), { bom: true, columns: true })
    : [];
  const names = new Set(rows.map((row) => row['ชื่อผู้ชนะ'] ?? ''));

  // Pairs copied from the file that name one vendor in two ways.
  it.each([
    ['ห้างหุ้นส่วนจำกัด เชียงใหม่ พี แอนด์ ที', 'หจก.เชียงใหม่ พี แอนด์ ที'],
    ['ห้างหุ้นส่วนจำกัด ราชสีห์ คอนกรีต', 'ห้างหุ้นส่วนจำกัดราชสีห์คอนกรีต'],
    ['บริษัท ริโก้ (ประเทศไทย) จำกัด', 'บริษัท ริโก้ (ประเทศไทย)  จำกัด'],
    ['บริษัท พังงาพลาซ่า จำกัด', 'พังงาพลาซ่า'],
    ['ร้านทันต์สปอร์ต', 'ทันต์สปอร์ต'],
    ['หจก. 45 แอร์', '45 แอร์'],
    ['บริษัท ศิวดล สเตชั่นเนอรี่ จำกัด', 'บริษัท ศิวดล สเตชั่นเนอรี่ จำกัด (สำนักงานใหญ่)'],
    ['นางบัวบาน หน่อจันทร์แก้ว', 'นางบัวบาน  หน่อจันทร์แก้ว'],
    ['สหกรณ์โคนมหนองโพราชบุรี  จำกัด (ในพระบรมราชูปถัมภ์)', 'สหกรณ์โคนมหนองโพราชบุรี จำกัด(ในพระบรมราชูปถัมภ์)'],
  ])('%j and %j are in the file and share a key', (a, b) => {
    expect(names.has(a)).toBe(true);
    expect(names.has(b)).toBe(true);
    expect(a).not.toBe(b);
    expect(keyOf(a)).toBe(keyOf(b));
  });

  it('gives every winner a non-empty key free of prefixes and spaces', () => {
    for (const name of names) {
      if (name === '') continue;
      const { display, key, legalForm } = normaliseVendorName(name);
      expect(key).not.toBe('');
      expect(key).not.toMatch(/\s/);
      expect(display).not.toMatch(/\s{2}|^\s|\s$/);
      if (legalForm === 'company') expect(key).not.toMatch(/^บริษัท|จำกัด$/);
      if (legalForm === 'limited-partnership') expect(key).not.toMatch(/^ห้างหุ้นส่วน|^หจก/);
      if (legalForm === 'person') expect(key).not.toMatch(/^(?:นาย|นาง|นางสาว|นส)/);
    }
  });

  it('reads the legal form of every winner that starts with a legal word', () => {
    for (const name of names) {
      const form = formOf(name);
      if (/^บริษัท/.test(name)) expect(['company', 'public-company']).toContain(form);
      if (/^(?:ห้างหุ้นส่วนจำกัด|หจก\.)/.test(name)) expect(form).toBe('limited-partnership');
      if (/^ห้างหุ้นส่วนสามัญ/.test(name)) expect(form).toBe('ordinary-partnership');
      if (/^ร้าน\S/.test(name) || /^ร้าน /.test(name)) expect(form).toBe('shop');
      if (/^(?:นาย|นาง|น\.ส\.)/.test(name)) expect(form).toBe('person');
      if (/^สหกรณ์/.test(name)) expect(form).toBe('cooperative');
      if (/จำกัด\s*\(มหาชน\)$/.test(name)) expect(form).toBe('public-company');
    }
  });

  it('gives all rows of one tax id the same key', () => {
    // The file writes each tax id's winner one way; a key must not split one vendor in two.
    const keysById = new Map<string, Set<string>>();
    for (const row of rows) {
      const id = row['เลขนิติบุคคล'] ?? '';
      if (id === '') continue;
      const keys = keysById.get(id) ?? new Set<string>();
      keys.add(keyOf(row['ชื่อผู้ชนะ'] ?? ''));
      keysById.set(id, keys);
    }
    expect([...keysById.values()].filter((keys) => keys.size > 1)).toEqual([]);
  });
});

describe('bareVendorName(raw)', () => {
  it('drops the legal form and title, keeping the name as written', () => {
    expect(bareVendorName('ห้างหุ้นส่วนจำกัด สหมิตรค้าวัสดุก่อสร้าง')).toBe('สหมิตรค้าวัสดุก่อสร้าง');
    expect(bareVendorName('บจก. ศรีบางชัน')).toBe('ศรีบางชัน');
    expect(bareVendorName('บริษัท ก้าวหน้าคอนสตรัคชั่น จำกัด')).toBe('ก้าวหน้าคอนสตรัคชั่น');
    expect(bareVendorName('นายสมชาย ใจดี')).toBe('สมชาย ใจดี');
  });
  it('keeps a name that is nothing but a legal form', () => {
    expect(bareVendorName('บริษัท')).toBe('บริษัท');
  });
});
