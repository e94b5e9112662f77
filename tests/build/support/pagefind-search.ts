import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuiltSite } from '../../support/built-sites';

/** What this test needs of Pagefind's browser API (`pagefind.js` 1.6), as it is in the build. */
interface PagefindInstance {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}
interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string }): PagefindInstance;
}

/** Searches one language of a build's real index: `search(query)` gives the result paths, best first. */
export interface LanguageSearch {
  search(query: string): Promise<string[]>;
}

/**
 * Loads the build's own `pagefind.js` in Node, so the golden set runs against exactly the
 * index and ranking a reader's browser gets. Pagefind fetches its wasm and index chunks
 * relative to its base path: `fetch` is answered from the build's folder. It takes the
 * language to search from `<html lang>`, read when an instance is made: `document` is
 * given just that for the moment of creating each language's instance.
 */
export async function pagefindSearch(
  site: BuiltSite,
  langs: string[],
): Promise<Record<string, LanguageSearch>> {
  const pagefindDir = join(site.dir, 'pagefind');
  const basePath = `${site.base}pagefind/`;
  globalThis.fetch = async (input) => {
    const { pathname } = new URL(input instanceof Request ? input.url : String(input), 'file:///');
    if (!pathname.startsWith(basePath)) throw new Error(`Pagefind asked for ${pathname}`);
    return new Response(
      await readFile(join(pagefindDir, decodeURIComponent(pathname.slice(basePath.length)))),
    );
  };
  const searches: Record<string, LanguageSearch> = {};
  for (const lang of langs) {
    // A module of its own per language: two instances of one module share their state.
    const script = `${pathToFileURL(join(pagefindDir, 'pagefind.js')).href}?lang=${lang}`;
    const pagefind = (await import(script)) as PagefindModule;
    Object.assign(globalThis, { document: { querySelector: () => ({ getAttribute: () => lang }) } });
    const instance = pagefind.createInstance({ basePath, baseUrl: site.base });
    Reflect.deleteProperty(globalThis, 'document');
    await instance.init();
    searches[lang] = {
      async search(query) {
        const { results } = await instance.search(query);
        return Promise.all(results.map(async (result) => (await result.data()).url));
      },
    };
  }
  return searches;
}
