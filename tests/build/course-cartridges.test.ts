import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { describe, expect, inject, it } from 'vitest';
import { courseModules, workshopKits } from '../../src/course/course';
import { readCartridge } from '../support/read-cartridge';
import { pageElements } from './support/html-elements';
import { publishedUrl, sitePages } from './support/site-pages';

const { root, subPath, withoutSiteUrl } = inject('builtSites');

/** The course pages in a language, in course order: every module, then every workshop kit. */
const coursePages = (prefix: string) => [
  ...courseModules.map((slug) => `${prefix}modules/${slug}/`),
  ...workshopKits.map((slug) => `${prefix}werkvormen/${slug}/`),
];

/** A built page's main heading, as a reader sees it (its entities read by an HTML parser). */
function heading(dir: string, page: string): string | undefined {
  const html = readFileSync(join(dir, page, 'index.html'), 'utf8').match(
    /<h1 id="_top"[^>]*>([^<]*)<\/h1>/,
  )?.[1];
  return html === undefined ? undefined : (parseFragment(html).childNodes[0] as { value?: string }).value;
}

describe.each([root, subPath])('the course cartridges of the build at $base', (site) => {
  it.each([
    ['nl', ''],
    ['en', 'en/'],
  ])(
    'the %s cartridge links every module and kit in course order, each to a page of this build',
    (lang, prefix) => {
      const cartridge = readCartridge(
        readFileSync(join(site.dir, 'downloads', `leiderschap-van-leraren-${lang}.imscc`)),
      );
      expect([cartridge.schema, cartridge.schemaVersion]).toEqual(['IMS Common Cartridge', '1.1.0']);
      expect(cartridge.organization.attributes['structure']).toBe('rooted-hierarchy');
      const pages = coursePages(prefix);
      expect(cartridge.items.map((item) => item.url)).toEqual(pages.map((page) => publishedUrl(site, page)));
      const built = sitePages(site);
      for (const [index, item] of cartridge.items.entries()) {
        expect(item.type).toBe('imswl_xmlv1p1');
        expect(built).toContain(pages[index]);
        // Titles are the pages' own (their headings may escape characters the cartridge keeps as text).
        expect(item.title).not.toBe('');
        expect(heading(site.dir, pages[index]!)?.replace(/&#39;|&apos;/g, "'")).toBe(item.title);
      }
    },
  );

  it('links each language route for teacher educators to its own cartridge', () => {
    for (const [page, lang] of [
      ['voor-lerarenopleiders/', 'nl'],
      ['en/voor-lerarenopleiders/', 'en'],
    ]) {
      const link = pageElements(site.dir, page!).find(({ attrs }) => 'data-course-cartridge' in attrs);
      expect(link?.attrs.href).toBe(`${site.base}downloads/leiderschap-van-leraren-${lang}.imscc`);
    }
  });
});

describe('a build without SITE_URL', () => {
  it('writes no cartridge and offers none, saying why on the route page and in the builder', () => {
    expect(existsSync(join(withoutSiteUrl.dir, 'downloads'))).toBe(false);
    const route = pageElements(withoutSiteUrl.dir, 'voor-lerarenopleiders/');
    expect(route.some(({ attrs }) => 'data-course-cartridge' in attrs)).toBe(false);
    expect(route.some(({ attrs }) => 'data-course-cartridge-unavailable' in attrs)).toBe(true);
    const builder = pageElements(withoutSiteUrl.dir, 'opdracht-samenstellen/');
    expect(builder.some(({ attrs }) => 'data-cartridge' in attrs)).toBe(false);
    expect(builder.some(({ attrs }) => 'data-cartridge-unavailable' in attrs)).toBe(true);
    const warning = withoutSiteUrl.output.split('\n').find((line) => line.includes('SITE_URL is not set'));
    expect(warning).toMatch(/no Common Cartridges/);
  });
});
