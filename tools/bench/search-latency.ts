import type { Browser } from 'playwright-core';

export interface SearchTimings {
  language: string;
  terms: string[];
  /** Milliseconds per timed query: search() plus loading the first five results' data(). */
  timings: number[];
}

/**
 * Times Pagefind as the site's search dialog uses it, on a page of the given language (Pagefind
 * picks that language's index from the page): loads pagefind.js from the site, warms it with
 * one query, then runs `runs` queries cycling through `terms`. Repeats of a term are answered
 * from what the first one loaded, as when a reader refines a search.
 */
export async function measureSearchLatency(
  browser: Browser,
  siteUrl: string,
  path: string,
  terms: string[],
  runs: number,
): Promise<SearchTimings> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(path, siteUrl).href);
  const bundle = new URL('pagefind/pagefind.js', siteUrl).href;
  const { language, timings } = await page.evaluate(
    async ({ bundle, terms, runs }) => {
      type Pagefind = { search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
      const pagefind: Pagefind = await import(bundle);
      const query = async (term: string) => {
        const { results } = await pagefind.search(term);
        await Promise.all(results.slice(0, 5).map((result) => result.data()));
      };
      await query('school');
      const timings: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await query(terms[i % terms.length]!);
        timings.push(performance.now() - start);
      }
      return { language: document.documentElement.lang, timings };
    },
    { bundle, terms, runs },
  );
  await context.close();
  return { language, terms, timings };
}
