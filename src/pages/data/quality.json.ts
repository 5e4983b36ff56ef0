// The import's quality report, byte for byte.
import type { APIRoute } from 'astro';
import { readGeneratedBytes } from '../../lib/site/data.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(readGeneratedBytes('quality.json'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
