// A province's LAOs with the most red flags, as its page lists them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardProvinces } from '../../../lib/site/shard.ts';
import { provinceSlug } from '../../../lib/geo/provinces.ts';
import type { LaoSummary } from '../../../lib/schema/site.ts';
import { csvResponse } from '../../../lib/site/csv-response.ts';
import { mostFlaggedCsv } from '../../../lib/site/flag-csv.ts';
import { mostFlagged, MOST_FLAGGED_SHOWN } from '../../../lib/site/flag-view.ts';

export const getStaticPaths = (async () => {
  return [...await shardProvinces()].map(([province, laos]) => ({ params: { code: provinceSlug(province) }, props: { laos } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => csvResponse(mostFlaggedCsv(mostFlagged(props.laos as LaoSummary[], MOST_FLAGGED_SHOWN)));
