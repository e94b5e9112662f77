import { pathUnder, type HeaderRule } from './headers-file';

/**
 * Astro names each file in `_astro/` after a hash of its content, so a name never gets other
 * content and a browser may keep the file for a year without asking again. Netlify and
 * Cloudflare Pages otherwise send `max-age=0, must-revalidate`, and every page a reader opens
 * asks the host again for each of its style sheets and scripts.
 */
export function cacheHeaders(base: string): HeaderRule {
  return {
    path: pathUnder(base, '_astro/*'),
    headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
  };
}
