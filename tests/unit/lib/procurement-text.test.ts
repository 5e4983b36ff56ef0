import { describe, expect, it } from 'vitest';
import { parseMethod } from '../../../src/lib/procurement/methods.ts';
import { parseBidders, parseContractCell, parseNamePrice } from '../../../src/lib/procurement/packed-cells.ts';

describe('parseMethod(text)', () => {
  it.each([
    ['เฉพาะเจาะจง', 'specific'],
    ['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'e-bidding'],
    ['ตลาดอิเล็กทรอนิกส์ (e-market)', 'e-market'],
    ['คัดเลือก', 'selection'],
    ['จ้างที่ปรึกษาโดยวิธีเฉพาะเจาะจง', 'consultant-specific'],
    ['จ้างออกแบบหรือควบคุมงานก่อสร้างโดยวิธีประกาศเชิญชวนทั่วไป', 'design-open'],
    ['จ้างออกแบบหรือควบคุมงานก่อสร้างโดยวิธีเฉพาะเจาะจง', 'design-specific'],
    ['e-bidding', 'e-bidding'],
  ])('%s → %s', (text, method) => expect(parseMethod(text)).toBe(method));

  it('returns null for e-GP method groups and unknown text', () => {
    expect(parseMethod('วิธีการจัดหา ประกาศเชิญชวนทั่วไป คัดเลือก เฉพาะเจาะจง')).toBeNull();
    expect(parseMethod('งานจ้างออกแบบและควบคุมงาน')).toBeNull();
    expect(parseMethod('งานจ้างที่ปรึกษา')).toBeNull();
    expect(parseMethod('ตามใจ')).toBeNull();
    expect(parseMethod(null)).toBeNull();
  });
});

describe('packed สขร.1 cells', () => {
  it('parseNamePrice reads “name / price บาท”', () => {
    expect(parseNamePrice('ร้านสมใจ / 14,500 บาท')).toEqual({ name: 'ร้านสมใจ', price: 14500 });
    expect(parseNamePrice('1. หจก.ทองดี / ๙๘,๕๐๐.๐๐ บาท')).toEqual({ name: 'หจก.ทองดี', price: 98500 });
    expect(parseNamePrice('ร้านไม่มีราคา')).toEqual({ name: 'ร้านไม่มีราคา', price: null });
    expect(parseNamePrice('-')).toBeNull();
  });

  it('parseBidders splits on line breaks and semicolons', () => {
    expect(parseBidders('ร้าน ก / 900 บาท\nร้าน ข / 950 บาท; ร้าน ค / 990 บาท').map((b) => b.price)).toEqual([900, 950, 990]);
    expect(parseBidders('')).toEqual([]);
  });

  it('parseContractCell reads number and date', () => {
    expect(parseContractCell('เลขที่ 12/2568 ลงวันที่ 13 ส.ค. 68')).toEqual({ number: '12/2568', date: '2025-08-13' });
    expect(parseContractCell('ใบสั่งซื้อเลขที่ 5/2568 ลงวันที่ 1/10/2567')).toEqual({ number: '5/2568', date: '2024-10-01' });
    expect(parseContractCell('')).toEqual({ number: null, date: null });
  });
});
