// Astro integration: after the pages are written, list every HTML page of the built site in
// sitemap.xml (src/lib/site/sitemap.ts) and name it in robots.txt. A shard build that renders the
// pages about the whole site writes them for the whole site: its own pages, and those of the LAOs and
// provinces the other shards render; the other shards write none.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LaoSummarySchema } from '../lib/schema/site.ts';
import { rendersSharedPages, shardSelection } from '../lib/site/shard-env.ts';
import { laoAndProvincePages, pagePath, pageUrl, robotsTxt, siteRoot, sitemapFiles } from '../lib/site/sitemap.ts';

/** The paths of the HTML pages under `dir`. */
function builtPages(dir: string): Set<string> {
  const pages = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const path = pagePath(relative(dir, join(entry.parentPath, entry.name)));
    if (path) pages.add(path);
  }
  return pages;
}

export function sitemap(): AstroIntegration {
  let root = '';
  return {
    name: 'prongsai-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = siteRoot(config.site, config.base);
      },
      'astro:build:done': ({ dir }) => {
        if (!rendersSharedPages(process.env)) return;
        const out = fileURLToPath(dir);
        const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
        const laos = (JSON.parse(readFileSync(join(projectRoot, 'content/generated/laos.json'), 'utf8')) as unknown[]).map((raw) => LaoSummarySchema.parse(raw));
        const built = builtPages(out);
        const others = laoAndProvincePages(laos);
        // A whole build has every page itself: one it lacks means the list above no longer follows the routes.
        if (!shardSelection(process.env)) {
          const missing = others.filter((path) => !built.has(path));
          if (missing.length) throw new Error(`sitemap: ${missing.length} LAO or province pages were not built, e.g. ${missing.slice(0, 3).join(', ')}: update laoAndProvincePages in src/lib/site/sitemap.ts`);
        }
        const pages = new Set([...built, ...others]);
        const files = sitemapFiles([...pages].map((path) => pageUrl(root, path)), root);
        for (const file of files) writeFileSync(join(out, file.name), file.xml);
        writeFileSync(join(out, 'robots.txt'), robotsTxt(root));
        console.log(`sitemap: ${pages.size.toLocaleString('en')} pages in ${files.length} file${files.length > 1 ? 's' : ''}`);
      },
    },
  };
}
