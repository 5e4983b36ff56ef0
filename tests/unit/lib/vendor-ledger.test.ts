import { describe, expect, it } from 'vitest';
import { VendorLedger } from '../../../src/lib/link/vendors.ts';
import { contract, procurement } from '../site/fixtures.ts';

describe('VendorLedger.contracts()', () => {
  const ledger = new VendorLedger();
  ledger.record([
    procurement({ id: 'a', laoId: 'L1', fiscalYear: 2568, contracts: [contract({ vendorId: 'V', signedDate: '2025-05-01', value: 10 })] }),
    procurement({ id: 'b', sourceId: null, laoId: 'L2', fiscalYear: 2567, contracts: [contract({ vendorId: 'V', signedDate: null, value: 20 }), contract({ vendorId: 'W', value: null })] }),
    procurement({ id: 'c', sourceId: 'PR-7', laoId: 'L1', fiscalYear: 2568, contracts: [contract({ vendorId: 'V', signedDate: '2024-11-02', value: 30 })] }),
  ], () => 'other');

  it('lists every contract of a vendor across LAOs, by date, undated ones at the end of their fiscal year', () => {
    const [v, w] = ledger.contracts();
    expect(v!.vendorId).toBe('V');
    expect(v!.contracts.map((c) => [c.procurementId, c.laoId, c.value])).toEqual([['b', 'L2', 20], ['c', 'L1', 30], ['a', 'L1', 10]]);
    expect(w!.contracts).toHaveLength(1);
  });
  it('keeps each procurement project\'s published id, from which its row anchor is made', () => {
    const [v] = ledger.contracts();
    expect(v!.contracts.map((c) => c.procurementSourceId)).toEqual([null, 'PR-7', '68019000001']);
  });
  it('agrees with the vendor totals', () => {
    const totals = new Map(ledger.vendors().map((v) => [v.id, v]));
    for (const list of ledger.contracts()) {
      const known = list.contracts.filter((c) => c.value !== null);
      expect(known.reduce((s, c) => s + c.value!, 0)).toBe(totals.get(list.vendorId)!.contractValue);
      expect(list.contracts.length).toBe(totals.get(list.vendorId)!.contracts);
    }
  });
});
