import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, cspMeta, headersFile, parseHeadersFile } from '../../../src/lib/site/csp.ts';

describe('Content-Security-Policy', () => {
  it('allows only the site itself: no inline script or style, no eval, no other origin', () => {
    const policy = cspHeader();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\bdata:|\bblob:|https?:|\*/);
    const directives = new Map(CSP_DIRECTIVES.map(([name, value]) => [name, value]));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
  });

  it('leaves out of the meta tag what browsers ignore there', () => {
    expect(cspHeader()).toContain("frame-ancestors 'none'");
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspMeta()).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('writes a _headers file whose rule covers every path under the base, and reads it back', () => {
    const text = headersFile('/my-lao');
    expect(text.split('\n')[0]).toBe('/my-lao/*');
    const rules = parseHeadersFile(`# comment\n${text}\n/other\n  X-Test: 1\n`);
    expect(rules).toHaveLength(2);
    expect(rules[0]!.headers['Content-Security-Policy']).toBe(cspHeader());
    expect(rules[0]!.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(rules[0]!.pattern.test('/my-lao/lao/1/')).toBe(true);
    expect(rules[0]!.pattern.test('/my-lao/')).toBe(true);
    expect(rules[0]!.pattern.test('/elsewhere/')).toBe(false);
    expect(rules[1]!.pattern.test('/other')).toBe(true);
    expect(rules[1]!.pattern.test('/otherx')).toBe(false);
  });
});
