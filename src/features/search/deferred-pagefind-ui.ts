import { whenSearchIntended } from './search-intent';

/**
 * Stands in for `@pagefind/default-ui` in Starlight's search component (see
 * `src/site/starlight-scripts/defer-starlight-scripts.ts`). Starlight constructs the Pagefind
 * UI as soon as the browser is idle, which loads about 26 kB (gzip) of script on every page
 * whether or not the reader searches.
 * This class takes the same options and constructs the real UI only when the reader shows
 * intent; until then the page has loaded this file alone.
 *
 * `@pagefind/default-ui` is Starlight's dependency, not ours: importing it here gets the very
 * copy and version Starlight's component was written for (knip.json lets it go unlisted).
 */
export class PagefindUI {
  constructor(options: object) {
    const search = document.querySelector('site-search');
    if (!search) return;
    whenSearchIntended(search, async () => {
      const [{ PagefindUI: RealPagefindUI }] = await Promise.all([
        // @ts-expect-error -- the package has no types (Starlight's component says the same).
        import('@pagefind/default-ui'),
        // "Bedoelde je …?" (`SearchSuggestion.astro`, on every page) has nothing to do before
        // the reader searches, so its element is defined now too, before there is a box to type
        // in. A suggestion that cannot load means no suggestion, never a search that fails.
        import('./element').catch(() => undefined),
      ]);
      new RealPagefindUI({
        ...options,
        // Pagefind waits this long after the last key before it searches (its default is 300 ms,
        // which alone would use up issue 16's 300 ms for the first results).
        debounceTimeoutMs: 100,
      });
      // The UI is made now, box and all, and listens to it. Starlight focuses the box when the
      // dialog opens; if it opened while the UI was loading there was no box yet, so it is
      // focused here, which also starts Pagefind loading its index and filters (Pagefind's own
      // autofocus can come before it listens, and then nothing loads until the reader types).
      if (search.querySelector('dialog')?.open)
        search.querySelector<HTMLInputElement>('dialog input')?.focus();
    });
  }
}
