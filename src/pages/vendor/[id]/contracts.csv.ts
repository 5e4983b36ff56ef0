// Every contract of one vendor, across all LAOs.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { sharedOnly } from '../../../lib/site/shard.ts';
import { readVendorContracts } from '../../../lib/site/data.ts';
import { cacheKey, vendorDigest } from '../../../lib/site/cache-key.ts';
import { vendorContractsCsv } from '../../../lib/site/downloads.ts';
import { csvResponse } from '../../../lib/site/csv-response.ts';

export const getStaticPaths = (async () => sharedOnly(await getCollection('vendors')).map((e) => ({ params: { id: e.id }, cacheKey: cacheKey(vendorDigest(e.id)) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const list = readVendorContracts(params.id!);
  return csvResponse(vendorContractsCsv(list.vendorId, list.contracts));
};
