// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** Site origin (for canonical URLs) and base path, from the environment so one build script serves any host. */
const site = process.env.PRONGSAI_SITE || undefined;
const rawBase = process.env.PRONGSAI_BASE || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
