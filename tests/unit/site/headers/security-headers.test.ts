import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../../src/site/csp-policy';
import { securityHeaders } from '../../../../src/site/headers/security-headers';

const pages = [
  "default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-theme='; style-src 'self'",
  "default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-widget='; style-src 'self'",
];

describe('securityHeaders', () => {
  it('covers every file under the base path', () => {
    expect(securityHeaders('/', pages).path).toBe('/*');
    expect(securityHeaders('/teacher-leadership/', pages).path).toBe('/teacher-leadership/*');
    expect(securityHeaders('/teacher-leadership', pages).path).toBe('/teacher-leadership/*');
  });

  it("has a policy that allows every page's inline scripts and nothing inline besides", () => {
    const policy = parsePolicy(securityHeaders('/', pages).headers['Content-Security-Policy']!);
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      "'sha256-theme='",
      "'sha256-widget='",
    ]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('forbids other sites to frame the pages, which only a header can', () => {
    expect(
      parsePolicy(securityHeaders('/', pages).headers['Content-Security-Policy']!).get('frame-ancestors'),
    ).toEqual(["'none'"]);
  });

  it('sends no referrer, no sniffing, no shared window and no powerful features', () => {
    const { headers } = securityHeaders('/', pages);
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headers['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
    expect(headers['Permissions-Policy']).toMatch(/(^|, )microphone=\(\)/);
    expect(headers['Permissions-Policy']).toMatch(/(^|, )geolocation=\(\)/);
  });
});
