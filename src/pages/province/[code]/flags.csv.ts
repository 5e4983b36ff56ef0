// A province's tables of red flags: by kind (flags.csv) and its most flagged LAOs (most-flagged.csv).
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardProvinces } from '../../../lib/site/shard.ts';
import { provinceSlug } from '../../../lib/geo/provinces.ts';
import type { LaoSummary } from '../../../lib/schema/site.ts';
import { csvResponse } from '../../../lib/site/csv-response.ts';
import { flagKindsCsv } from '../../../lib/site/flag-csv.ts';
import { tallyFlags } from '../../../lib/site/flag-view.ts';

export const getStaticPaths = (async () => {
  return [...await shardProvinces()].map(([province, laos]) => ({ params: { code: provinceSlug(province) }, props: { laos } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => csvResponse(flagKindsCsv(tallyFlags(props.laos as LaoSummary[])));
