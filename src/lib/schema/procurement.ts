import { z } from 'astro/zod';
import { Baht, FiscalYear, IsoDate, LinkSchema, SourceRef } from './common.ts';

/** Procurement methods under the Public Procurement Act B.E. 2560, as keys. */
export const ProcurementMethodSchema = z.enum([
  'specific', // เฉพาะเจาะจง
  'e-bidding', // ประกวดราคาอิเล็กทรอนิกส์
  'e-market', // ตลาดอิเล็กทรอนิกส์
  'selection', // คัดเลือก
  'open', // ประกาศเชิญชวนทั่วไป (other than e-bidding / e-market)
  'consultant-specific',
  'consultant-selection',
  'consultant-open',
  'design-specific',
  'design-selection',
  'design-open',
  'design-contest',
  'other',
]);
export type ProcurementMethod = z.infer<typeof ProcurementMethodSchema>;

/** Tax id state: valid check digit, missing, or present but unusable. */
export const TaxIdStatusSchema = z.enum(['valid', 'missing', 'bad-length', 'bad-check-digit', 'excel-damaged']);

/** A bidder and the price it offered (from สขร.1 or the canonical procurement format). */
export const BidderSchema = z.object({
  name: z.string(),
  vendorKey: z.string(),
  price: Baht.nullable(),
});

/** One contract (or purchase order) of a procurement project. */
export const ContractSchema = z.object({
  /** เลขที่สัญญา, e.g. '46/2568'. */
  number: z.string().nullable(),
  /** Vendor id: the tax id when valid, otherwise `n-` + a digest of the normalised name. */
  vendorId: z.string().nullable(),
  /** Winner name as published (whitespace fixed). */
  vendorName: z.string().nullable(),
  taxId: z.string().nullable(),
  taxIdRaw: z.string().nullable(),
  taxIdStatus: TaxIdStatusSchema,
  signedDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  /** Contract value; the only procurement amount that may be summed per vendor. */
  value: Baht.nullable(),
  /** `contract`: the contract value column; `agreed-price`: the project's agreed price, used because the project has this one contract only. */
  valueSource: z.enum(['contract', 'agreed-price']).nullable(),
  status: z.string().nullable(),
  source: SourceRef,
});
export type Contract = z.infer<typeof ContractSchema>;

/** A procurement project (โครงการจัดซื้อจัดจ้าง) with its contracts. */
export const ProcurementProjectSchema = z.object({
  /** e-GP project id (เลขที่โครงการ) when known, otherwise `<lao id>:` + a digest. */
  id: z.string(),
  laoId: z.string(),
  sourceId: z.string().nullable(),
  fiscalYear: FiscalYear,
  name: z.string().min(1),
  method: ProcurementMethodSchema.nullable(),
  /** Method as published. */
  methodText: z.string().nullable(),
  /** Method group as published (e-GP: in the column named วิธีจัดซื้อฯ). */
  methodGroupText: z.string().nullable(),
  announcedDate: IsoDate.nullable(),
  /** วงเงินงบประมาณ (project level). */
  budget: Baht.nullable(),
  /** ราคากลาง (project level). */
  referencePrice: Baht.nullable(),
  /** ราคาตกลงซื้อ/จ้าง (project level). */
  agreedPrice: Baht.nullable(),
  status: z.string().nullable(),
  district: z.string().nullable(),
  subdistrict: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  bidders: z.array(BidderSchema),
  contracts: z.array(ContractSchema),
  budgetLine: LinkSchema.nullable(),
  planProject: LinkSchema.nullable(),
  /** Which input format(s) the project came from. */
  formats: z.array(z.string()),
  source: SourceRef,
});
export type ProcurementProject = z.infer<typeof ProcurementProjectSchema>;
export type Bidder = z.infer<typeof BidderSchema>;
