import type { SampleLao, Vendor } from './model.ts';
import { placeName } from './place-names.ts';
import { randomFor } from './random.ts';
import { buildVendorPool, type VendorBook, vendorBook } from './vendors.ts';

/** Vendor pools per province, built on first use; pool size follows the province's LAO count in the registry. */
export interface VendorPools {
  bookFor(lao: SampleLao): VendorBook;
  pool(provinceCode: string): readonly Vendor[];
}

/** Pools sized from the whole registry, so any subset of it sees the same vendors. */
export function vendorPools(seed: number, registry: readonly SampleLao[], base = 40, perLao = 3): VendorPools {
  const laosPerProvince = new Map<string, number>();
  for (const lao of registry) laosPerProvince.set(lao.provinceCode, (laosPerProvince.get(lao.provinceCode) ?? 0) + 1);
  const pools = new Map<string, Vendor[]>();
  const pool = (provinceCode: string): Vendor[] => {
    let found = pools.get(provinceCode);
    if (!found) {
      const placesRng = randomFor(seed, 'vendor-places', provinceCode);
      const places = [0, 1, 2, 3].map(() => placeName(placesRng).thai);
      const size = base + perLao * (laosPerProvince.get(provinceCode) ?? 1);
      found = buildVendorPool(randomFor(seed, 'vendor-pool', provinceCode), provinceCode, size, places);
      pools.set(provinceCode, found);
    }
    return found;
  };
  return {
    pool,
    bookFor: (lao) => vendorBook(randomFor(seed, 'vendor-book', lao.code), pool(lao.provinceCode)),
  };
}
