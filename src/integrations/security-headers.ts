// Astro integration: writes `_headers` (Netlify, Cloudflare Pages) with the Content-Security-Policy and the
// other security headers (src/lib/site/csp.ts). Every page also carries the policy in a <meta> tag.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/site/csp.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'prongsai-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base));
      },
    },
  };
}
