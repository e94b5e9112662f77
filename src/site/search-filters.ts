import type { Audience } from './page-schema';
import { isAudienceRoute } from '../course/course';

/** The sorts of page a reader can filter search results by. */
export const pageTypes = ['module', 'kit', 'route', 'glossary', 'overview', 'reference'] as const;
export type PageType = (typeof pageTypes)[number];

/** Pages that give an overview of other pages (the home page's slug is empty or `index`). */
const overviewPages = ['', 'index', 'werkvormen', 'mijn-werk'];

/** What a page is, as far as its search filters are concerned. */
export interface FilterablePage {
  /** The frontmatter `kind`: `module`, `werkvorm` or `page`. */
  kind: string;
  /** The page's id without its language prefix, e.g. `modules/vier-vormen` or `begrippen`. */
  slug: string;
  audiences?: readonly Audience[] | undefined;
}

/** The filter names and values in the reader's language, as they appear in the search dialog. */
export interface FilterLabels {
  typeName: string;
  audienceName: string;
  types: Record<PageType, string>;
  audiences: Record<Audience, string>;
}

/** The sort of page this is: modules and kits by their kind, other pages by their slug. */
export function pageType({ kind, slug }: Pick<FilterablePage, 'kind' | 'slug'>): PageType {
  if (kind === 'module') return 'module';
  if (kind === 'werkvorm') return 'kit';
  const path = slug.replace(/^\/+|\/+$/g, '');
  if (isAudienceRoute(path)) return 'route';
  if (path === 'begrippen') return 'glossary';
  if (overviewPages.includes(path)) return 'overview';
  return 'reference';
}

/** One filter value of a page: a filter name and the value the page has for it. */
export interface SearchFilter {
  name: string;
  value: string;
}

/**
 * The search filters of a page: one value for its type and one for each audience it is
 * written for. Names and values are in the reader's language, since each language has its
 * own search index and the search dialog shows them as they are.
 */
export function searchFilters(page: FilterablePage, labels: FilterLabels): SearchFilter[] {
  const audiences = [...new Set(page.audiences ?? [])];
  return [
    { name: labels.typeName, value: labels.types[pageType(page)] },
    ...audiences.map((audience) => ({ name: labels.audienceName, value: labels.audiences[audience] })),
  ];
}

/** A `<head>` tag that Pagefind reads as a filter value of the page (see pagefind.app, "Filtering"). */
export function filterMetaTag({ name, value }: SearchFilter) {
  return {
    tag: 'meta' as const,
    attrs: { name: 'search-filter', 'data-pagefind-filter': `${name}[content]`, content: value },
  };
}
