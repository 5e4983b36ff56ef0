// The summary page's table of flags by kind.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse } from '../../lib/site/csv-response.ts';
import { flagKindsCsv } from '../../lib/site/flag-csv.ts';
import { tallyFlags } from '../../lib/site/flag-view.ts';

export const GET: APIRoute = async () => csvResponse(flagKindsCsv(tallyFlags((await getCollection('laos')).map((e) => e.data))));
