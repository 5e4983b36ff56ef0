// Every LAO, /api/laos.json: [{id, name, type, province, url}]. A page about the whole site, so a
// route with paths: a shard that leaves those pages to another renders none.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { url } from '../../lib/site/format.ts';
import { sharedOnly } from '../../lib/site/shard.ts';

export const prerender = true;

export const getStaticPaths = (() => sharedOnly([{ params: { list: 'laos' } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const laos = (await getCollection('laos')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const body = laos.map((l) => ({ id: l.id, name: l.name, type: l.type, province: l.province, url: url(l.url) }));
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
