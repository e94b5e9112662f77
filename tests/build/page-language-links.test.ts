import { describe, expect, inject, it } from 'vitest';
import { pageElements } from './support/html-elements';
import { sitePages } from './support/site-pages';

const { root, subPath } = inject('builtSites');

/**
 * A reader stays in the language they chose: a page links to pages of its own language, and
 * to the other language's home page only (as the 404 page and "Over deze site" do, on
 * purpose). Files in `downloads/` (the course cartridges, one per language) are not pages and
 * sit outside both languages' folders. Whether each link reaches a page is links.test.ts's.
 */
describe.each([root, subPath])('links between languages in the build at $base', (site) => {
  const origin = 'http://site.test';
  const homes = { nl: site.base, en: `${site.base}en/` };
  it.each(sitePages(site))('page "%s" links only to pages of its own language', (page) => {
    const english = page.startsWith('en/');
    const otherHome = english ? homes.nl : homes.en;
    const pageUrl = new URL(`${site.base}${page}`, origin);
    const paths = pageElements(site.dir, page)
      .filter(({ tagName, attrs }) => tagName === 'a' && attrs.href !== undefined)
      .map(({ attrs }) => new URL(attrs.href!, pageUrl))
      .filter((url) => url.origin === origin)
      .map((url) => url.pathname)
      .filter((path) => !path.startsWith(`${site.base}downloads/`));
    expect(paths.length, 'links to pages of the site').toBeGreaterThan(0);
    const elsewhere = paths.filter(
      (path) => path !== otherHome && (!path.startsWith(site.base) || path.startsWith(homes.en) !== english),
    );
    expect(elsewhere).toEqual([]);
  });
});
