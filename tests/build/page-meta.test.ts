import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pageElements, type Element } from './support/html-elements';
import { isNotFound, publishedUrl, sitePages } from './support/site-pages';

const { root, subPath } = inject('builtSites');

/** The values of the page's `<meta>` tags whose `key` attribute (name or property) is `value`. */
const metaContents = (elements: Element[], key: 'name' | 'property', value: string) =>
  elements
    .filter(({ tagName, attrs }) => tagName === 'meta' && attrs[key] === value)
    .map(({ attrs }) => attrs.content);
const linkHrefs = (elements: Element[], rel: string) =>
  elements
    .filter(({ tagName, attrs }) => tagName === 'link' && attrs.rel === rel)
    .map(({ attrs }) => attrs.href);

const openGraph = [
  'og:title',
  'og:description',
  'og:type',
  'og:locale',
  'og:site_name',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
];

describe.each([root, subPath])('link previews of the build at $base', (site) => {
  it.each(sitePages(site))('page "%s" has one description and complete Open Graph data', (page) => {
    const elements = pageElements(site.dir, page);
    const oneText = [expect.stringMatching(/\S/)];
    const description = metaContents(elements, 'name', 'description');
    expect(description).toEqual(oneText);
    for (const property of openGraph)
      expect(metaContents(elements, 'property', property), property).toEqual(oneText);
    expect(metaContents(elements, 'property', 'og:description')).toEqual(description);
    const lang = elements.find(({ tagName }) => tagName === 'html')!.attrs.lang;
    expect(metaContents(elements, 'property', 'og:locale')[0]).toMatch(new RegExp(`^${lang}_[A-Z]{2}$`));
    expect(metaContents(elements, 'property', 'og:image')).toEqual([publishedUrl(site, 'social-image.png')]);
    expect(metaContents(elements, 'property', 'og:image:width')).toEqual(['1200']);
    expect(metaContents(elements, 'property', 'og:image:height')).toEqual(['630']);
  });

  it.each(sitePages(site).filter((page) => !isNotFound(page)))(
    'page "%s" names its own address as canonical and og:url',
    (page) => {
      const elements = pageElements(site.dir, page);
      expect(linkHrefs(elements, 'canonical')).toEqual([publishedUrl(site, page)]);
      expect(metaContents(elements, 'property', 'og:url')).toEqual([publishedUrl(site, page)]);
    },
  );

  it.each(sitePages(site).filter(isNotFound))(
    'not-found page "%s" names no address and asks not to be indexed',
    (page) => {
      const elements = pageElements(site.dir, page);
      expect(linkHrefs(elements, 'canonical')).toEqual([]);
      expect(metaContents(elements, 'property', 'og:url')).toEqual([]);
      expect(metaContents(elements, 'name', 'robots')).toEqual(['noindex']);
    },
  );

  it('publishes the social image as a 1200×630 PNG', () => {
    const png = readFileSync(join(site.dir, 'social-image.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The PNG header's IHDR chunk holds the width and height as 32-bit numbers.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
