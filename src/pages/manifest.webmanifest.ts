// The web app manifest, /manifest.webmanifest: an endpoint rather than a file in public/ so that its
// addresses carry the base path. Colours are the site's own, read from its stylesheet.
import type { APIRoute } from 'astro';
import css from '../layouts/global.css?raw';
import { url } from '../lib/site/format.ts';
import { translate } from '../lib/site/i18n.ts';

/** A colour custom property of the stylesheet's :root, e.g. --panel: #f4f5f7. */
function cssColour(name: string): string {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(css)?.[1];
  if (!value) throw new Error(`src/layouts/global.css defines no colour --${name}`);
  return value;
}

export const GET: APIRoute = () => {
  const manifest = {
    name: [...new Set([translate('th', 'site.name'), translate('en', 'site.name')])].join(' '),
    short_name: translate('th', 'site.name'),
    description: translate('th', 'site.description'),
    lang: 'th',
    dir: 'ltr',
    start_url: url('/'),
    scope: url('/'),
    display: 'minimal-ui',
    // The header's background, so that a browser's bar continues it; the page's own background while loading.
    theme_color: cssColour('panel'),
    background_color: cssColour('bg'),
    icons: [
      { src: url('/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: url('/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: url('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 1)}\n`, { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
