import { describe, expect, it } from 'vitest';
import { cacheHeaders } from '../../../../src/site/headers/cache-headers';
import { headersFor } from '../../../../src/site/headers/headers-file';

describe('cacheHeaders', () => {
  it("lets browsers keep Astro's hashed files for a year, under the base path", () => {
    for (const base of ['/', '/teacher-leadership/', '/teacher-leadership']) {
      const rules = [cacheHeaders(base)];
      const root = base.replace(/\/*$/, '/');
      expect(headersFor(rules, `${root}_astro/page.cNngjUgL.js`)['Cache-Control']).toBe(
        'public, max-age=31536000, immutable',
      );
    }
  });

  it('leaves pages, the service worker and Pagefind to be asked for again', () => {
    const rules = [cacheHeaders('/')];
    for (const path of ['/', '/modules/de-paradox/', '/sw.js', '/pagefind/pagefind.js', '/x/_astro/a.js'])
      expect(headersFor(rules, path), path).toEqual({});
  });
});
