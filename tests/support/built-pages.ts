import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** The path of every HTML page in a build, as a site-relative URL path ('', 'en/', '404.html'). */
export function builtPages(outDir = 'dist'): string[] {
  const root = resolve(outDir);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
