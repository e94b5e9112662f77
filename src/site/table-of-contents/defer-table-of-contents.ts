import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The scripts of Starlight's two table-of-contents components (desktop and mobile), which its `PageSidebar` always shows together. */
const tocScript =
  /@astrojs\/starlight\/dist\/components\/(Mobile)?TableOfContents\.astro\?astro&type=script&/;
/** Marks the script's own id, loaded later: `lang.ts` stays last, as Astro and Vite read it. */
const later = '&deferred&lang.ts';
const start = fileURLToPath(new URL('./start-table-of-contents.ts', import.meta.url));

/**
 * A Vite plugin that makes the scripts of Starlight's table of contents wait for the reader's
 * first scroll, touch or key (`start-table-of-contents.ts`). Their work (marking the section in view as
 * the reader scrolls; closing the mobile list after a choice) only begins then, yet Starlight
 * loads them on every page with headings: about 1.4 kB (gzip), a sixth of a text page's
 * JavaScript. Until they load, the list is Starlight's HTML, which works as links (and as a
 * `<details>` on small screens), its first entry marked current as Starlight's script would.
 *
 * Each script is replaced by a stub that imports the script itself, unchanged, at that moment;
 * nothing of Starlight is copied. `tests/build/page-scripts.test.ts` checks that the table of
 * contents still loads, later.
 */
export function deferTableOfContents(): Plugin {
  return {
    name: 'defer-table-of-contents',
    enforce: 'pre',
    transform(_code, id) {
      if (!tocScript.test(id) || id.includes(later) || !id.endsWith('&lang.ts')) return null;
      // One stub, in the desktop component's script, loads both: one small file instead of two.
      if (id.includes('/MobileTableOfContents.astro')) return { code: '', map: null };
      const scripts = [id, id.replace('/TableOfContents.astro', '/MobileTableOfContents.astro')].map(
        (script) => JSON.stringify(script.replace(/&lang\.ts$/, later)),
      );
      return {
        code: `import { startTableOfContents } from ${JSON.stringify(start)};\nstartTableOfContents(() => {\n${scripts.map((script) => `  void import(${script});`).join('\n')}\n});\n`,
        map: null,
      };
    },
  };
}
