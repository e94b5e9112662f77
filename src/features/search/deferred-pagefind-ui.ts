import { whenSearchIntended } from './search-intent';

/**
 * Stands in for `@pagefind/default-ui` in Starlight's search component (see
 * `defer-search-ui.ts`). Starlight constructs the Pagefind UI as soon as the browser is idle,
 * which loads about 26 kB (gzip) of script on every page whether or not the reader searches.
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
      // @ts-expect-error -- the package has no types (Starlight's component says the same).
      const { PagefindUI: RealPagefindUI } = await import('@pagefind/default-ui');
      // Starlight focuses the search box when the dialog opens; if it opened while the UI was
      // still loading there was no box yet, so the UI focuses it when it is made. Once made, the
      // dialog's input and results exist: the place for anything that works with them (a "did
      // you mean" offer, for one).
      new RealPagefindUI({
        ...options,
        autofocus: search.querySelector('dialog')?.open ?? false,
        // Pagefind waits this long after the last key before it searches (its default is 300 ms,
        // which alone would use up issue 16's 300 ms for the first results).
        debounceTimeoutMs: 100,
      });
    });
  }
}
