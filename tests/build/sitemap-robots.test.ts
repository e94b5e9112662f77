import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { BuiltSite } from '../support/built-sites';
import { pageElements } from './support/html-elements';
import { indexablePages, publishedUrl } from './support/site-pages';

const { root, subPath, withoutSiteUrl } = inject('builtSites');

/** The file of the build that an address of the published site points to. */
const fileAt = (site: BuiltSite, url: string) =>
  join(site.dir, new URL(url).pathname.slice(site.base.length));
const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

describe.each([root, subPath])('sitemap and robots.txt of the build at $base', (site) => {
  const sitemapIndex = publishedUrl(site, 'sitemap-index.xml');

  it('lists every indexable page at its published address, and nothing else', () => {
    const sitemaps = locations(readFileSync(fileAt(site, sitemapIndex), 'utf8'));
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((sitemap) => locations(readFileSync(fileAt(site, sitemap), 'utf8')));
    expect(listed.sort()).toEqual(
      indexablePages(site)
        .map((page) => publishedUrl(site, page))
        .sort(),
    );
  });

  it('has a robots.txt at the base that allows everything and names the sitemap', () => {
    const robots = readFileSync(join(site.dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${sitemapIndex}$`, 'm'));
  });
});

describe('a build without SITE_URL', () => {
  it('still builds, and warns once that SITE_URL is needed for the sitemap, canonical links and og:url', () => {
    const warnings = withoutSiteUrl.output.split('\n').filter((line) => line.includes('SITE_URL is not set'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/sitemap.*canonical.*og:url/);
  });

  it('has no sitemap, and a robots.txt that names none', () => {
    expect(existsSync(join(withoutSiteUrl.dir, 'sitemap-index.xml'))).toBe(false);
    const robots = readFileSync(join(withoutSiteUrl.dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/Sitemap:/);
  });

  it('gives pages no canonical link or og:url, but still the social image from the base', () => {
    const elements = pageElements(withoutSiteUrl.dir, 'modules/vier-vormen/');
    expect(elements.some(({ attrs }) => attrs.rel === 'canonical' || attrs.property === 'og:url')).toBe(
      false,
    );
    expect(elements.find(({ attrs }) => attrs.property === 'og:image')?.attrs.content).toBe(
      '/social-image.png',
    );
  });
});
