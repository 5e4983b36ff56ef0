import { z } from 'astro/zod';

const Bilingual = z.object({ th: z.string(), en: z.string() });

/** One data problem, located in its input file. */
export const IssueSchema = z.object({
  /** `error`: the row (or file) was rejected; `warning`: imported, with the noted value left empty or kept as is. */
  severity: z.enum(['error', 'warning']),
  /** Permanent PascalCase code from the issue catalogue. */
  code: z.string(),
  /** Input file, relative to the data folder. */
  file: z.string(),
  /** 1-based line of the row in the file; null for a whole-file problem. */
  row: z.number().int().positive().nullable(),
  /** Column header as written in the file; null when not about one column. */
  column: z.string().nullable(),
  /** The offending value as read (cut to 200 characters). */
  value: z.string().nullable(),
  message: Bilingual,
  /** What to do about it. */
  hint: Bilingual,
});
export type Issue = z.infer<typeof IssueSchema>;

/** Reconciliation of one input file: every row read is imported, rejected, or outside the site's scope. */
export const FileReportSchema = z.object({
  path: z.string(),
  /** Detected format id, or null when the file matches none. */
  format: z.string().nullable(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  rowsRead: z.number().int().nonnegative(),
  rowsImported: z.number().int().nonnegative(),
  rowsRejected: z.number().int().nonnegative(),
  /** Rows of LAOs outside the site's scope (prongsai.config.yaml): read, valid, not published. Absent when none. */
  rowsOutOfScope: z.number().int().positive().optional(),
  /** Lines with no data at all (not counted as rows). */
  blankLines: z.number().int().nonnegative(),
  /** Per money column (header as written): the sum over all rows read, and over imported rows. */
  money: z.array(z.object({ column: z.string(), read: z.number(), imported: z.number() })),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});
export type FileReport = z.infer<typeof FileReportSchema>;

export const QualityReportSchema = z.object({
  /** Folder the data was read from, as given (not absolute, so builds are reproducible elsewhere). */
  /** The data folder's name (not its path on the build machine). */
  dataDir: z.string(),
  files: z.array(FileReportSchema),
  totals: z.object({
    files: z.number().int(),
    rowsRead: z.number().int(),
    rowsImported: z.number().int(),
    rowsRejected: z.number().int(),
    rowsOutOfScope: z.number().int().positive().optional(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
  /** Warnings beyond the per-file, per-code cap are counted here but not listed. */
  warningsNotListed: z.number().int().nonnegative(),
  issues: z.array(IssueSchema),
});
export type QualityReport = z.infer<typeof QualityReportSchema>;
