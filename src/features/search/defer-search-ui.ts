import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const starlightSearch = /@astrojs\/starlight\/(dist\/)?components\/Search\.astro/;
const deferred = fileURLToPath(new URL('./deferred-pagefind-ui.ts', import.meta.url));

/**
 * A Vite plugin that gives Starlight's search component our `deferred-pagefind-ui.ts` where it
 * imports `@pagefind/default-ui`, so that the Pagefind UI loads on the reader's intent instead
 * of on every page. Starlight's dialog, styles and shortcut stay as they are (nothing of
 * Starlight is copied or changed); only that one import, from that one component, is redirected,
 * and the stand-in's own import of the package resolves as usual.
 */
export function deferSearchUi(): Plugin {
  return {
    name: 'defer-search-ui',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@pagefind/default-ui' && importer && starlightSearch.test(importer)) return deferred;
      return null;
    },
  };
}
