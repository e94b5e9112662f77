import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { audiences } from './page-schema';
import { asNotFoundPage, withOpenGraph } from './open-graph';
import { filterMetaTag, pageTypes, searchFilters, type FilterLabels } from './search-filters';
import { withBase } from '../lib/with-base';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { t } = context.locals;

  /** Hero buttons link from the site root in frontmatter; give them the deploy base too. */
  for (const action of route.entry.data.hero?.actions ?? []) {
    action.link = withBase(action.link, import.meta.env.BASE_URL);
  }

  /**
   * Search filters (type and audience) as `<head>` tags that Pagefind reads; they reach every
   * indexed page, the splash home page too, and add nothing that a reader sees or hears.
   */
  const labels: FilterLabels = {
    typeName: t('searchFilter.typeName'),
    audienceName: t('searchFilter.audienceName'),
    types: Object.fromEntries(
      pageTypes.map((type) => [type, t(`searchFilter.type.${type}`)]),
    ) as FilterLabels['types'],
    audiences: Object.fromEntries(
      audiences.map((audience) => [audience, t(`searchFilter.audience.${audience}`)]),
    ) as FilterLabels['audiences'],
  };
  const { data, id } = route.entry;
  const slug =
    route.locale && id.startsWith(`${route.locale}/`)
      ? id.slice(route.locale.length + 1)
      : id === route.locale
        ? ''
        : id;
  const filters = searchFilters(
    { kind: data.kind, slug, audiences: 'audiences' in data ? data.audiences : undefined },
    labels,
  );
  route.head.push(...filters.map(filterMetaTag));

  /** Link previews show the social image; they need its absolute address, known only when SITE_URL is set. */
  const imagePath = withBase('/social-image.png', import.meta.env.BASE_URL);
  const image = {
    url: context.site ? new URL(imagePath, context.site).href : imagePath,
    width: 1200,
    height: 630,
    alt: t('socialImage.alt'),
  };
  route.head = withOpenGraph(route.head, route.lang, image);
  if (slug === '404') route.head = asNotFoundPage(route.head);
});
