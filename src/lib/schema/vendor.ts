import { z } from 'astro/zod';
import { Baht } from './common.ts';

/** A vendor (ผู้ขาย / ผู้รับจ้าง), identified by tax id, or by normalised name where it has none. */
export const VendorSchema = z.object({
  id: z.string(),
  taxId: z.string().nullable(),
  /** The most frequent published name. */
  name: z.string(),
  /** Every other spelling seen, sorted. */
  otherNames: z.array(z.string()),
  legalForm: z.string(),
  contracts: z.number().int().nonnegative(),
  /** Sum of contract values that are known. */
  contractValue: Baht,
  /** Contracts whose value is not known (not in the sum). */
  contractsWithoutValue: z.number().int().nonnegative(),
  /** LAO ids this vendor has contracts with, sorted. */
  laoIds: z.array(z.string()),
  fiscalYears: z.array(z.number().int()),
});
export type Vendor = z.infer<typeof VendorSchema>;
