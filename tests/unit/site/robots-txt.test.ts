import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../src/site/robots-txt';

describe('robotsTxt', () => {
  it('lets every crawler read everything and names the sitemap', () => {
    expect(robotsTxt(new URL('https://example.org/teacher-leadership/sitemap-index.xml'))).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/teacher-leadership/sitemap-index.xml\n',
    );
  });

  it('names no sitemap when its address is not known', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
