/**
 * A page's path from the site root, as answers and visits record it: `/modules/de-paradox/`.
 *
 * A page can be opened under more than one URL: `…/de-paradox/`, `…/de-paradox/index.html`
 * (GitHub Pages and Netlify serve both) and `…/de-paradox` (Netlify), with or without the
 * deploy base. All of them are recorded as the one path the site links to, so that an answer
 * files under its module and the module counts as visited.
 */
import { withoutBase } from './with-base';

/** One folder of a path as the site names its pages: letters, digits and hyphens. */
const segment = /^[a-z0-9-]+$/i;

/** The folder path of a page from its parts, the way the site links to it: `/x/index.html` is `/x/`. */
function folderPath(parts: string[]): string {
  const folders = parts.at(-1) === 'index.html' ? parts.slice(0, -1) : parts;
  return folders.length === 0 ? '/' : `/${folders.join('/')}/`;
}

/** The path of the page at `pathname` (from `location`), without the deploy `base`. */
export function pagePathOf(pathname: string, base: string): string {
  const root = base.replace(/\/+$/, '');
  const path = root !== '' && pathname === root ? '/' : withoutBase(pathname, base);
  return folderPath(path.split('/').filter(Boolean));
}

/**
 * `path` as the site path it names (`/x/index.html` and `/x` as `/x/`), or `null` when it is
 * not a path on this site: another host (`//host/…`, `https:…`), a script URL, a relative
 * path, `..`, a query or anything else a file could put there to lead the reader away.
 */
export function sitePath(path: string): string | null {
  if (!path.startsWith('/')) return null;
  const parts = path.slice(1).split('/');
  if (parts.at(-1) === '') parts.pop();
  if (parts.at(-1) === 'index.html') parts.pop();
  return parts.every((part) => segment.test(part)) ? folderPath(parts) : null;
}
