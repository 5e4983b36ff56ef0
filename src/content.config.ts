// Content collections: small indexes only. Per-LAO rows stay in content/generated/lao/<id>.json,
// which each LAO page reads itself (see src/lib/site/data.ts), so the data store stays small at scale.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LaoSummarySchema, PlanProjectSummarySchema } from './lib/schema/site.ts';
import { VendorSchema } from './lib/schema/vendor.ts';

const laos = defineCollection({
  loader: file('content/generated/laos.json'),
  schema: LaoSummarySchema,
});

const vendors = defineCollection({
  loader: file('content/generated/vendors.json'),
  schema: VendorSchema,
});

const planProjects = defineCollection({
  loader: file('content/generated/plan-projects.json'),
  schema: PlanProjectSummarySchema,
});

/** Explainers in MDX, one folder per language: content/explainers/<lang>/<slug>.mdx → id '<lang>/<slug>'. */
const explainers = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/explainers' }),
  schema: z.object({
    title: z.string(),
    /** One sentence, shown in lists and as the page description. */
    description: z.string(),
    /** Position in the list of explainers. */
    order: z.number().int(),
  }),
});

export const collections = { laos, vendors, planProjects, explainers };
