import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Starlight's search component, which imports `@pagefind/default-ui` once the browser is idle. */
const starlightSearch = /@astrojs\/starlight\/(dist\/)?components\/Search\.astro/;
const searchStandIn = fileURLToPath(
  new URL('../../features/search/deferred-pagefind-ui.ts', import.meta.url),
);

/** The scripts of Starlight's two table-of-contents components, which its `PageSidebar` always shows together. */
const tocScript =
  /@astrojs\/starlight\/dist\/components\/(Mobile)?TableOfContents\.astro\?astro&type=script&/;
/** Marks a table-of-contents script's own id, loaded later: `lang.ts` stays last, as Astro and Vite read it. */
const later = '&deferred&lang.ts';
const startToc = fileURLToPath(new URL('./start-table-of-contents.ts', import.meta.url));

/**
 * A Vite plugin that makes two of the scripts Starlight loads on every page wait for the
 * reader; nothing of Starlight is copied or changed, only where its components import from.
 *
 * - Search: Starlight's search component gets our `deferred-pagefind-ui.ts` where it imports
 *   `@pagefind/default-ui` (about 26 kB gzip), which constructs the real UI only when the reader
 *   shows intent to search (`src/features/search/`). The stand-in's own import of the package
 *   resolves as usual.
 * - Table of contents: its scripts (marking the section in view as the reader scrolls; closing the
 *   mobile list after a choice; about 1.4 kB gzip, a sixth of a text page's JavaScript) are
 *   replaced by one stub that marks the first entry current, as they would at the top of the page,
 *   and imports them, unchanged, at the reader's first scroll, touch or key
 *   (`start-table-of-contents.ts`). Until then the list works as Starlight's HTML: links, and a
 *   `<details>` on small screens.
 *
 * `tests/build/page-scripts.test.ts` checks that both still load, later.
 */
export function deferStarlightScripts(): Plugin {
  return {
    name: 'defer-starlight-scripts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@pagefind/default-ui' && importer && starlightSearch.test(importer))
        return searchStandIn;
      return null;
    },
    transform(_code, id) {
      // Only the browser's copy: the dev server also loads these scripts on the server, where the stub has no page.
      if (this.environment.config.consumer !== 'client') return null;
      if (!tocScript.test(id) || id.includes(later) || !id.endsWith('&lang.ts')) return null;
      // One stub, in the desktop component's script, loads both: one small file instead of two.
      if (id.includes('/MobileTableOfContents.astro')) return { code: '', map: null };
      const scripts = [id, id.replace('/TableOfContents.astro', '/MobileTableOfContents.astro')].map(
        (script) => JSON.stringify(script.replace(/&lang\.ts$/, later)),
      );
      const imports = scripts.map((script) => `  void import(${script});`).join('\n');
      return {
        code: `import { startTableOfContents } from ${JSON.stringify(startToc)};\nstartTableOfContents(() => {\n${imports}\n});\n`,
        map: null,
      };
    },
  };
}
