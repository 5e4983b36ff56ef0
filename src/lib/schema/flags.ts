import { z } from 'astro/zod';
import { FiscalYear } from './common.ts';

/**
 * Red flags: reasons to look closer at a procurement, an LAO-year or a vendor. Codes are stable
 * (pages, downloads and search filter by them); each belongs to one of the nine indicators.
 */
export const FlagCodeSchema = z.enum([
  'near-reference-price', // 1. agreed price ≥ 99% of the reference price (or budget)
  'few-bidders', // 2. fewer than three bidders in a competitive method
  'specific-over-ceiling', // 3. เฉพาะเจาะจง above its ceiling
  'possible-splitting', // 4. similar เฉพาะเจาะจง purchases from one vendor, together above the ceiling
  'bunching-below-ceiling', // 4. many เฉพาะเจาะจง amounts just below the ceiling
  'vendor-concentration', // 5. one vendor holds a large share of an LAO-year's contract value
  'repeat-winner', // 5. one vendor wins many contracts of an LAO-year
  'year-end-rush', // 6. a spike of เฉพาะเจาะจง purchases in September
  'contract-above-price', // 7. contract value above the agreed price or the budget
  'unmatched-procurement', // 8. matches no budget line and no plan project
  'missing-reference-price', // 9. no reference price published
  'invalid-tax-id', // 9. winner's tax id invalid, or missing for a registered business
  'missing-contract-dates', // 9. contract without signing or end date
]);
export type FlagCode = z.infer<typeof FlagCodeSchema>;

/** The level a flag is about: one procurement project (or a group of them), an LAO-year, or a vendor in an LAO-year. */
export const FlagSubjectSchema = z.enum(['procurement', 'lao-year', 'vendor']);
export type FlagSubject = z.infer<typeof FlagSubjectSchema>;

/** One raised flag with the values that triggered it. */
export const FlagSchema = z.object({
  /** Unique within the site: code and subject. */
  id: z.string(),
  code: FlagCodeSchema,
  subject: FlagSubjectSchema,
  laoId: z.string(),
  fiscalYear: FiscalYear,
  /** The procurement projects concerned (one, several for splitting, none for LAO-year statistics). */
  procurementIds: z.array(z.string()),
  vendorId: z.string().nullable(),
  /** The values that triggered the flag, by name (amounts in baht, shares 0–1, counts). */
  values: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type Flag = z.infer<typeof FlagSchema>;

/** A real case of each flag, for the methodology page: the first in LAO order. */
export const FlagExampleSchema = z.object({
  flag: FlagSchema,
  laoName: z.string(),
  /** The first procurement project concerned, to link to its row. */
  procurement: z.object({ id: z.string(), sourceId: z.string().nullable(), laoId: z.string(), fiscalYear: FiscalYear, name: z.string() }).nullable(),
});
export type FlagExample = z.infer<typeof FlagExampleSchema>;

/** One dated value of a threshold: in force from `from` until a later version replaces it. */
export const ThresholdVersionSchema = z.object({
  value: z.number().nonnegative(),
  /** First day (ISO, Common Era) the value applies to. */
  from: z.iso.date().describe('Date, ISO 8601, Common Era'),
  /** Why this value: the law, regulation or statistical convention it comes from. */
  basis: z.object({ th: z.string().min(1), en: z.string().min(1) }),
  url: z.url().optional(),
});
export type ThresholdVersion = z.infer<typeof ThresholdVersionSchema>;

const versions = (about: string) => z.array(ThresholdVersionSchema).min(1)
  .refine((list) => new Set(list.map((v) => v.from)).size === list.length, { message: 'two versions apply from the same day; give each its own date / มีค่าสองค่าที่เริ่มใช้วันเดียวกัน' })
  .describe(about);

/** config/red-flags.json: every threshold and window, each with its source and the date it applies from. */
export const FlagConfigSchema = z.object({
  $schema: z.string().optional(),
  thresholds: z.strictObject({
    specificCeiling: versions('Highest amount (baht) the specific method (เฉพาะเจาะจง) may be used for, on its general ground'),
    nearReferenceShare: versions('Agreed price at or above this share of the reference price (or budget) raises near-reference-price'),
    nearReferenceMinimum: versions('Smallest amount (baht) near-reference-price is checked for: small purchases usually cost exactly their budget'),
    minimumBidders: versions('A competitive procurement with fewer bidders than this raises few-bidders'),
    splittingWindowDays: versions('Days within which similar specific purchases from one vendor are taken together'),
    splittingSimilarity: versions('Name similarity (0–1, trigram Dice) above which two purchases count as the same thing'),
    bunchingBand: versions('Width of the band just below the ceiling, as a share of it (0.1: 450,000–500,000 baht)'),
    bunchingRatio: versions('Purchases in the band just below the ceiling, against the band below that, that raise bunching-below-ceiling'),
    bunchingMinimumSample: versions('Fewest specific purchases in an LAO-year for bunching-below-ceiling to be computed'),
    concentrationShare: versions('Share of an LAO-year\'s contract value one vendor may hold before vendor-concentration'),
    concentrationMinimumContracts: versions('Fewest contracts in an LAO-year for vendor-concentration and repeat-winner to be computed'),
    repeatWins: versions('Contracts one vendor wins from one LAO in a year that raise repeat-winner'),
    rushFactor: versions('September specific purchases, against the average of the other months, that raise year-end-rush'),
    rushMinimumSample: versions('Fewest dated specific purchases in an LAO-year for year-end-rush to be computed'),
    rushMinimumSeptember: versions('Fewest specific purchases in September for year-end-rush'),
    referencePriceRequiredAbove: versions('Amount (baht) above which a missing reference price raises missing-reference-price'),
  }),
});
export type FlagConfig = z.infer<typeof FlagConfigSchema>;
export type ThresholdKey = keyof FlagConfig['thresholds'];
