import { describe, expect, it } from 'vitest';
import { formatPolicy, pagePolicy, parsePolicy, unionOf } from '../../../src/site/csp-policy';

describe('parsePolicy and formatPolicy', () => {
  it('read a policy as Astro writes it and write it back in the standard form', () => {
    const policy = parsePolicy("default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a=';");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['script-src', ["'self'", "'sha256-a='"]],
    ]);
    expect(formatPolicy(policy)).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a='",
    );
  });

  it('keeps only the first of a repeated directive, as browsers do', () => {
    expect(parsePolicy("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });
});

describe('pagePolicy', () => {
  it("reads the policy of a page's meta element", () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none';"></head>`;
    expect(pagePolicy(html)).toBe("default-src 'self'; object-src 'none';");
  });

  it('is undefined for a page without one', () => {
    expect(pagePolicy('<head><meta name="description" content="x"></head>')).toBeUndefined();
  });
});

describe('unionOf', () => {
  it('allows what any of the policies allows, naming each source once', () => {
    const union = unionOf([
      "default-src 'self'; script-src 'self' 'sha256-a='",
      "default-src 'self'; script-src 'self' 'sha256-b='; img-src data:",
    ]);
    expect(formatPolicy(union)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; img-src data:",
    );
  });
});
