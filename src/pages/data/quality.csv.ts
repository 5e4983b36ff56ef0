// The import's issue list as CSV, byte for byte.
import type { APIRoute } from 'astro';
import { readGeneratedBytes } from '../../lib/site/data.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(readGeneratedBytes('quality.csv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
