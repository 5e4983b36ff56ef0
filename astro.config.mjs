// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { siteLogo } from './src/integrations/site-logo.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { applySiteConfig } from './src/pipeline/site-config-file.ts';

// prongsai.config.yaml (or PRONGSAI_CONFIG) sets the PRONGSAI_ settings below that the environment does
// not; scripts/build.ts has applied it already, `astro check` and `astro preview` have not.
applySiteConfig(fileURLToPath(new URL('.', import.meta.url)), process.env, []);

/** Site origin (for canonical URLs) and base path, from the environment so one build script serves any host. */
const site = process.env.PRONGSAI_SITE || undefined;
const rawBase = process.env.PRONGSAI_BASE || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
/** Where the downloads and JSON API are published when not beside the pages (object storage for a site too large for one host). */
const dataUrl = process.env.PRONGSAI_DATA_URL || '';
if (dataUrl && !/^https?:\/\/[^/]+/.test(dataUrl)) {
  throw new Error(`PRONGSAI_DATA_URL=${dataUrl}: give an absolute http(s) address, e.g. https://data.example.org/my-site/ / ต้องเป็นที่อยู่เว็บเต็ม`);
}

/**
 * Incremental builds: pages whose data and code are unchanged are copied from the previous build
 * (src/lib/site/cache-key.ts). PRONGSAI_CACHE_DIR moves the cache (CI keeps it between runs);
 * PRONGSAI_INCREMENTAL=0 renders every page.
 */
const incremental = process.env.PRONGSAI_INCREMENTAL !== '0';
const cacheDir = process.env.PRONGSAI_CACHE_DIR ? `${process.env.PRONGSAI_CACHE_DIR.replace(/\/?$/, '/')}astro` : './.cache/astro';

export default defineConfig({
  site,
  base,
  cacheDir,
  experimental: { incrementalBuild: incremental },
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
  },
  integrations: [mdx(), searchIndex(), sitemap(), siteLogo(), securityHeaders()],
  vite: {
    define: { 'import.meta.env.PRONGSAI_DATA_URL': JSON.stringify(dataUrl) },
    build: {
      // Scripts and styles stay in files, never inlined: a strict Content-Security-Policy allows them by origin.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own MDX output trips this warning on every file (withastro/astro#18087); it is harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
