// A province's comparison table as its page shows it (same year, same order).
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardProvinces } from '../../../lib/site/shard.ts';
import { provinceSlug } from '../../../lib/geo/provinces.ts';
import type { LaoSummary } from '../../../lib/schema/site.ts';
import { csvResponse } from '../../../lib/site/csv-response.ts';
import { thaiCollator } from '../../../lib/site/format.ts';
import { comparisonRows, comparisonYear } from '../../../lib/site/province-view.ts';
import { comparisonCsv } from '../../../lib/site/summary-csv.ts';

export const getStaticPaths = (async () => {
  return [...await shardProvinces()].map(([province, laos]) => ({ params: { code: provinceSlug(province) }, props: { laos } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const laos = (props.laos as LaoSummary[]).sort((a, b) => thaiCollator.compare(a.district ?? '', b.district ?? '') || thaiCollator.compare(a.name, b.name));
  const fy = comparisonYear(laos);
  return csvResponse(fy === null ? comparisonCsv(0, []) : comparisonCsv(fy, comparisonRows(laos, fy)));
};
