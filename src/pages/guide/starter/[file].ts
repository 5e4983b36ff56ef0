// The starter files the publishing guide (/guide/) asks an officer to download.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import { root } from 'astro:config/server';
import { sharedOnly } from '../../../lib/site/shard.ts';
import { STARTER_DOWNLOADS } from '../../../lib/site/guide-readme.ts';

export const getStaticPaths = (() => sharedOnly(Object.keys(STARTER_DOWNLOADS).map((file) => ({ params: { file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(`${fileURLToPath(root)}${STARTER_DOWNLOADS[params.file!]}`, 'utf8'), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
