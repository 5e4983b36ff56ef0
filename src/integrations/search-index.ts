// Astro integration: after the pages are written, index every LAO, plan project, budget line,
// procurement project, vendor and explainer with Pagefind's Node API (records, not HTML: pages of
// hundreds of rows would cost Pagefind ~1.5 MB of memory each), and write /pagefind/ into the site.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LaoDataSchema, LaoSummarySchema } from '../lib/schema/site.ts';
import { VendorSchema } from '../lib/schema/vendor.ts';
import { explainerRecord, laoRecord, laoRowRecords, vendorRecord, type SearchRecord } from '../lib/search/records.ts';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Title and text of an MDX explainer: its frontmatter title and its body without Markdown marks. */
function readExplainer(path: string): { title: string; body: string } {
  const text = readFileSync(path, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const title = /^title:\s*"?(.*?)"?\s*$/m.exec(front)?.[1] ?? '';
  return { title, body: body.replace(/[#*_>|`[\]()-]/g, ' ') };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'prongsai-search-index',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(new URL('../../', import.meta.url));
        const generated = join(root, 'content/generated');
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'th' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let records = 0;
        const add = async (record: SearchRecord) => {
          const { errors: failed } = await index.addCustomRecord({ ...record, language: 'th' });
          if (failed.length) throw new Error(`Pagefind rejected ${record.url}: ${failed.join('; ')}`);
          records++;
        };
        for (const raw of readJson(join(generated, 'laos.json')) as unknown[]) {
          const lao = LaoSummarySchema.parse(raw);
          await add(laoRecord(lao));
          for (const record of laoRowRecords(LaoDataSchema.parse(readJson(join(generated, 'lao', `${lao.id}.json`))))) await add(record);
        }
        for (const raw of readJson(join(generated, 'vendors.json')) as unknown[]) await add(vendorRecord(VendorSchema.parse(raw)));
        const explainers = join(root, 'content/explainers/th');
        for (const file of readdirSync(explainers).filter((f) => f.endsWith('.mdx')).sort()) {
          const { title, body } = readExplainer(join(explainers, file));
          await add(explainerRecord(file.replace(/\.mdx$/, ''), title, body));
        }
        const written = await index.writeFiles({ outputPath: join(fileURLToPath(dir), 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        // One status line even at the build's quiet log level: how big and how long.
        console.log(`search index: ${records.toLocaleString('en')} records in ${Math.round(performance.now() - started).toLocaleString('en')} ms`);
      },
    },
  };
}
