import { beforeAll, describe, expect, inject, it } from 'vitest';
import { goldenQueries } from './search-golden-queries';
import { pagefindSearch, type LanguageSearch } from './support/pagefind-search';

const { root } = inject('builtSites');
const langs = ['nl', 'en'] as const;
/** The share of a language's golden queries that must find their page among the first three. */
const required = 0.95;

let searches: Record<string, LanguageSearch>;
beforeAll(async () => {
  searches = await pagefindSearch(root, [...langs]);
});

/** The site path of a result (`/en/begrippen/` → `en/begrippen/`): the build is at the root. */
const sitePath = (url: string) => url.replace(/^\//, '');
const isEnglish = (path: string) => path.startsWith('en/');

describe.each(langs)('the golden set of search in %s', (lang) => {
  it(`finds the page among the first three for at least ${required * 100} % of the queries, and only pages in ${lang}`, async () => {
    const failures: string[] = [];
    const otherLanguage: string[] = [];
    for (const [query, page] of goldenQueries[lang]) {
      const paths = (await searches[lang]!.search(query)).map(sitePath);
      if (!paths.slice(0, 3).includes(page)) {
        const rank = paths.indexOf(page) + 1;
        failures.push(
          `"${query}" → ${page}: ${rank ? `number ${rank}` : 'not found'}; first: ${paths.slice(0, 3).join(', ')}`,
        );
      }
      otherLanguage.push(
        ...paths.filter((path) => isEnglish(path) !== (lang === 'en')).map((path) => `"${query}" → ${path}`),
      );
    }
    const total = goldenQueries[lang].length;
    const found = total - failures.length;
    console.log(
      `search ${lang}: ${found} of ${total} queries find their page in the first three${failures.map((line) => `\n  not in the first three: ${line}`).join('')}`,
    );
    expect(otherLanguage, 'results in the other language').toEqual([]);
    expect(found / total, failures.join('\n')).toBeGreaterThanOrEqual(required);
  });
});
