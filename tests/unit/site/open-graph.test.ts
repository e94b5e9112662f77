import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { describe, expect, it } from 'vitest';
import { asNotFoundPage, withOpenGraph } from '../../../src/site/open-graph';

const starlightHead = [
  { tag: 'link' as const, attrs: { rel: 'canonical', href: 'https://example.org/en/begrippen/' } },
  {
    tag: 'link' as const,
    attrs: { rel: 'alternate', hreflang: 'nl', href: 'https://example.org/begrippen/' },
  },
  { tag: 'link' as const, attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
  { tag: 'meta' as const, attrs: { property: 'og:url', content: 'https://example.org/en/begrippen/' } },
  { tag: 'meta' as const, attrs: { property: 'og:locale', content: 'en' } },
  { tag: 'meta' as const, attrs: { name: 'description', content: 'Terms.' } },
];
const image = { url: 'https://example.org/social-image.png', width: 1200, height: 630, alt: 'The logo' };
const properties = (head: StarlightRouteData['head']) =>
  head.filter(({ attrs }) => attrs?.property).map(({ attrs }) => [attrs!.property, attrs!.content]);

describe('withOpenGraph', () => {
  it('writes the locale as language_TERRITORY, with the other language as an alternate', () => {
    expect(properties(withOpenGraph(starlightHead, 'en', image))).toContainEqual(['og:locale', 'en_GB']);
    expect(properties(withOpenGraph(starlightHead, 'en', image))).toContainEqual([
      'og:locale:alternate',
      'nl_NL',
    ]);
    expect(properties(withOpenGraph(starlightHead, 'nl', image))).toContainEqual(['og:locale', 'nl_NL']);
    expect(properties(withOpenGraph(starlightHead, 'nl', image))).toContainEqual([
      'og:locale:alternate',
      'en_GB',
    ]);
  });

  it('replaces Starlight’s og:locale instead of adding a second one', () => {
    const locales = properties(withOpenGraph(starlightHead, 'en', image)).filter(
      ([name]) => name === 'og:locale',
    );
    expect(locales).toEqual([['og:locale', 'en_GB']]);
  });

  it('adds the social image with its size and text alternative, keeping the rest', () => {
    const head = withOpenGraph(starlightHead, 'nl', image);
    expect(properties(head)).toEqual(
      expect.arrayContaining([
        ['og:image', 'https://example.org/social-image.png'],
        ['og:image:width', '1200'],
        ['og:image:height', '630'],
        ['og:image:alt', 'The logo'],
      ]),
    );
    expect(head).toEqual(
      expect.arrayContaining(starlightHead.filter(({ attrs }) => attrs.property !== 'og:locale')),
    );
  });
});

describe('asNotFoundPage', () => {
  it('drops every tag that names the page’s address and asks not to be indexed', () => {
    expect(asNotFoundPage(starlightHead)).toEqual([
      { tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
      { tag: 'meta', attrs: { property: 'og:locale', content: 'en' } },
      { tag: 'meta', attrs: { name: 'description', content: 'Terms.' } },
      { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
    ]);
  });
});
