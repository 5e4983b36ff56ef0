// The summary page's table of flags by province.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { byProvinceThenId } from '../../lib/geo/provinces.ts';
import { csvResponse } from '../../lib/site/csv-response.ts';
import { flagProvincesCsv } from '../../lib/site/flag-csv.ts';
import { flagsByProvince } from '../../lib/site/flag-view.ts';

export const GET: APIRoute = async () => csvResponse(flagProvincesCsv(flagsByProvince((await getCollection('laos')).map((e) => e.data), provinceOrder)));

function provinceOrder(a: string, b: string): number {
  return byProvinceThenId({ province: a, id: '' }, { province: b, id: '' });
}
