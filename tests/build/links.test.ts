import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../support/static-server';
import { sitePages } from './support/site-pages';

const { root, subPath } = inject('builtSites');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each([root, subPath])('links of the build at $base', (site) => {
  it('every link within the site reaches a page or file, and every #anchor an element on it', async () => {
    const server = await serveStatic(site.dir, site.base);
    try {
      const local = `${new URL(server.url).origin}/`;
      const published = `${site.site}/`;
      const pages = sitePages(site).map((page) => `${server.url}${page}`);
      const { links } = await new LinkChecker().check({
        path: pages,
        recurse: true,
        checkFragments: true,
        checkCss: true,
        // Addresses on the published site (canonical, og:url, og:image, language alternates) are checked in this build.
        urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(published)}`), replacement: local }],
        // Links to other hosts (sources cited in the text) are left alone: the check uses no network.
        linksToSkip: async (link) => !link.startsWith(local) && !link.startsWith(published),
      });
      const broken = links
        .filter(({ state }) => state === 'BROKEN')
        .map(({ url, status, parent }) => `${url} (${status}) on ${parent}`);
      expect(broken).toEqual([]);
      const checked = new Set(links.filter(({ state }) => state === 'OK').map(({ url }) => url));
      expect(
        pages.filter((page) => !checked.has(page)),
        'pages the check did not reach',
      ).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
