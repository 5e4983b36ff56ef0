import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/formats/registry.ts';
import { EGP_HEADER } from '../../../src/lib/formats/egp-contract.ts';

const idOf = (header: string) => detectFormat([header.split(',')])?.adapter.spec.id ?? null;

describe('detectFormat(header)', () => {
  it('keeps a detailed Thai budget file with LAO names canonical, not the อบจ. summary layout', () => {
    expect(idOf('ชื่อ อปท.,จังหวัด,ปีงบประมาณ,ขั้นตอน,ด้าน,แผนงาน,งาน,งบ,หมวด,ประเภท,รายการ,จำนวนเงิน,รหัสรายการ,รหัสโครงการตามแผน')).toBe('budget-expense');
    expect(idOf('ชื่อ อปท.,จังหวัด,ปีงบประมาณ,ขั้นตอน,ประเภทรายรับ,หมวด,รายการ,จำนวนเงิน')).toBe('revenue');
  });

  it('recognises the real อบจ. summary layouts', () => {
    expect(idOf('ปีงบประมาณ,อปท.,จังหวัด,ด้าน,แผนงาน,งาน,งบ,จำนวนเงิน')).toBe('pao-budget-expense');
    expect(idOf('ปีงบประมาณ,อปท.,จังหวัด,ประเภทรายรับ,หมวด,จำนวนเงิน')).toBe('pao-budget-revenue');
    expect(idOf('ปีงบประมาณ,อปท.,จังหวัด,งบประมาณรายจ่ายรวม,ประชากร')).toBe('budget-totals');
  });

  it('recognises e-GP files with 28, 26 and 31 header names', () => {
    expect(idOf(EGP_HEADER.join(','))).toBe('egp-contract');
    expect(idOf(EGP_HEADER.filter((h) => h !== 'เขต/อำเภอ' && h !== 'แขวง/ตำบล').join(','))).toBe('egp-contract');
    expect(idOf([...EGP_HEADER, 'ชื่อโครงการ(Eng)', 'ชื่อหน่วยงาน(Eng)', 'ชื่อผู้ชนะ(Eng)'].join(','))).toBe('egp-contract');
  });

  it('finds a สขร.1 header below its form heading', () => {
    const detection = detectFormat([
      ['แบบ สขร.1'],
      ['เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดลำพูน'],
      'ลำดับที่,งานที่จัดซื้อหรือจัดจ้าง,วงเงินที่จะซื้อหรือจ้าง,ราคากลาง,วิธีซื้อหรือจ้าง,รายชื่อผู้เสนอราคาและราคาที่เสนอ,ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง,เหตุผลที่คัดเลือกโดยสรุป,เลขที่และวันที่ของสัญญาหรือข้อตกลง'.split(','),
    ]);
    expect(detection).toMatchObject({ headerIndex: 2 });
    expect(detection?.adapter.spec.id).toBe('skr1');
  });

  it('recognises nothing in an unrelated header', () => {
    expect(idOf('foo,bar,baz')).toBeNull();
  });
});
