// Every LAO: [{id, name, type, province, url}].
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { url } from '../../lib/site/format.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const laos = (await getCollection('laos')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const body = laos.map((l) => ({ id: l.id, name: l.name, type: l.type, province: l.province, url: url(l.url) }));
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
