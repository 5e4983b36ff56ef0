// The summary page's table of the LAOs with the most flags.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse } from '../../lib/site/csv-response.ts';
import { mostFlaggedCsv } from '../../lib/site/flag-csv.ts';
import { mostFlagged, MOST_FLAGGED_SHOWN } from '../../lib/site/flag-view.ts';

export const GET: APIRoute = async () => csvResponse(mostFlaggedCsv(mostFlagged((await getCollection('laos')).map((e) => e.data), MOST_FLAGGED_SHOWN)));
