// Content collections: small indexes only. Per-LAO rows stay in content/generated/lao/<id>.json,
// which each LAO page reads itself (see src/lib/site/data.ts), so the data store stays small at scale.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
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

export const collections = { laos, vendors, planProjects };
