// The Content-Security-Policy every page is published under. The site's own files are all it loads:
// no inline script or style (the build emits none; tests/browser/csp.test.ts checks), no other origin.
// Search is Pagefind compiling its WebAssembly, hence 'wasm-unsafe-eval' (it allows WebAssembly
// compilation only, not eval of JavaScript). docs/security.md explains each directive.
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['form-action', "'self'"],
  ['base-uri', "'none'"],
  ['object-src', "'none'"],
  // Only as an HTTP header: browsers ignore it in a <meta> tag.
  ['frame-ancestors', "'none'"],
];

const HEADER_ONLY = new Set(['frame-ancestors']);

const join = (directives: readonly (readonly [string, string])[]): string => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as the HTTP header carries it. */
export function cspHeader(): string {
  return join(CSP_DIRECTIVES);
}

/** The policy as a page's <meta http-equiv> carries it (for hosts that cannot set headers, e.g. GitHub Pages). */
export function cspMeta(): string {
  return join(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));
}

/** Headers for every response, besides the policy. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
];

/**
 * The `_headers` file Netlify and Cloudflare Pages read: the policy and the other headers on every path
 * under the site's base path.
 */
export function headersFile(base = '/'): string {
  const path = `${base.replace(/\/?$/, '/')}*`;
  const lines = [['Content-Security-Policy', cspHeader()] as const, ...SECURITY_HEADERS].map(([name, value]) => `  ${name}: ${value}`);
  return `${path}\n${lines.join('\n')}\n`;
}

/** The rules of a `_headers` file: a path pattern (`*` matches anything) and the headers it sets. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: Record<string, string> }[] {
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}
