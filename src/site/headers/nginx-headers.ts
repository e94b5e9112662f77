import { headersFor, type HeaderRule } from './headers-file.ts';

/**
 * nginx `add_header` lines for the headers `_headers` gives `pathname`, so that the container
 * (deploy/nginx.conf includes the result) sends what Netlify and Cloudflare Pages send. The
 * policy's hashes change with the pages, so this is made from each build, never written by hand.
 * `always` sends them with error responses too (the 404 page), as those hosts do.
 */
export function nginxHeaders(rules: HeaderRule[], pathname: string): string {
  const lines = Object.entries(headersFor(rules, pathname)).map(([name, value]) => {
    // nginx reads `$` in a string as a variable and has no way to escape it.
    if (value.includes('$'))
      throw new Error(`The ${name} header has a "$", which nginx cannot send as written.`);
    return `add_header ${name} "${value.replace(/["\\]/g, '\\$&')}" always;`;
  });
  return lines.join('\n') + '\n';
}
