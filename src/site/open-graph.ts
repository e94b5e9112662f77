import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Head = StarlightRouteData['head'];

/** Open Graph names a locale as language_TERRITORY; Starlight writes the page's language alone. */
export const openGraphLocales: Record<string, string> = { nl: 'nl_NL', en: 'en_GB' };

/** The picture a link preview shows. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

const property = (name: string, content: string) => ({
  tag: 'meta' as const,
  attrs: { property: name, content },
});

/**
 * Completes Starlight's Open Graph tags: the page's locale in Open Graph's form, the site's
 * other languages as alternates (every page has a twin in each), and the social image.
 */
export function withOpenGraph(head: Head, lang: string, image: SocialImage): Head {
  const locale = openGraphLocales[lang] ?? lang;
  return [
    ...head.filter(({ attrs }) => attrs?.property !== 'og:locale'),
    property('og:locale', locale),
    ...Object.values(openGraphLocales)
      .filter((other) => other !== locale)
      .map((other) => property('og:locale:alternate', other)),
    property('og:image', image.url),
    property('og:image:width', String(image.width)),
    property('og:image:height', String(image.height)),
    property('og:image:alt', image.alt),
  ];
}

/**
 * A not-found page is shown at any missing address, so it has no address of its own to name:
 * no canonical link, og:url or language alternates, and search engines are asked not to index it.
 */
export function asNotFoundPage(head: Head): Head {
  const namesAnAddress = ({ tag, attrs }: Head[number]) =>
    (tag === 'link' && (attrs?.rel === 'canonical' || attrs?.rel === 'alternate')) ||
    attrs?.property === 'og:url';
  return [
    ...head.filter((entry) => !namesAnAddress(entry)),
    { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
  ];
}
