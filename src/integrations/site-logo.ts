// Astro integration: puts the logo named in prongsai.config.yaml (PRONGSAI_LOGO_FILE, set from it) in
// the built site under the name the header uses (site-settings.ts: logo.<ext>).
import { copyFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function siteLogo(): AstroIntegration {
  return {
    name: 'prongsai-site-logo',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = process.env.PRONGSAI_LOGO_FILE;
        if (file) copyFileSync(file, join(fileURLToPath(dir), `logo${extname(file).toLowerCase()}`));
      },
    },
  };
}
