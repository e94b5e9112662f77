import { builtPages } from '../../support/built-pages';
import type { BuiltSite } from '../../support/built-sites';

/** The not-found pages ('404.html', 'en/404/'): shown at any missing address, never indexed. */
export const isNotFound = (page: string) => /(^|\/)404(\.html|\/)$/.test(page);

/** Every HTML page of a build, by its site-relative path ('', 'en/', '404.html'). */
export const sitePages = (site: BuiltSite) => builtPages(site.dir);

/** The pages a search engine should know: all but the not-found pages. */
export const indexablePages = (site: BuiltSite) => sitePages(site).filter((page) => !isNotFound(page));

/** The absolute address a page is published at, e.g. https://leiderschap.example/teacher-leadership/en/. */
export const publishedUrl = (site: BuiltSite, page: string) => new URL(`${site.base}${page}`, site.site).href;
