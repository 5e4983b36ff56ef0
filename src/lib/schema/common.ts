import { z } from 'astro/zod';

/** Baht, rounded to satang. Sums are made in integer satang (see sumBaht). */
export const Baht = z.number().describe('Amount in Thai baht');
/** A calendar date in the Common Era, ISO 8601 (YYYY-MM-DD); the site shows it in the Buddhist Era in Thai. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Date, ISO 8601, Common Era');
/** Thai fiscal year, Buddhist Era: FY2568 runs 1 Oct 2567 – 30 Sep 2568. */
export const FiscalYear = z.number().int().min(2500).max(2700).describe('Fiscal year (BE)');
/** Where a record came from: input file (relative to the data folder) and 1-based line of the row. */
export const SourceRef = z.object({
  file: z.string(),
  row: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** How a link between two records was made. */
export const LinkSchema = z.object({
  /** Id of the record linked to. */
  id: z.string(),
  /** `explicit`: named by an id column in the input; `inferred`: by Thai text similarity. */
  method: z.enum(['explicit', 'inferred']),
  /** 1 for explicit links; the similarity score (0–1) for inferred ones. */
  confidence: z.number().min(0).max(1),
});
export type Link = z.infer<typeof LinkSchema>;
