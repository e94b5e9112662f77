import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { SearchDialog } from './support/search-dialog';
import { SitePage } from './support/site-page';
import { axeInBothThemes, axeViolations } from './support/widget-page';

const browser = useBrowser();

async function searchFrom(path: string, query: string) {
  const site = new SitePage(await browser.newPage(), inject('siteUrl'));
  await site.open(path);
  const results = await site.search(query);
  return {
    titles: await results.allTextContents(),
    hrefs: await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname)),
  };
}

// Which page each query finds is the golden set's (tests/build/search-golden.test.ts, run on the
// same index in Node); these prove that the dialog searches the reader's language.
describe('search', () => {
  it('finds the Dutch module for a Dutch query, and only Dutch pages', async () => {
    const { titles, hrefs } = await searchFrom('', 'reikwijdte');
    expect(titles).toContain('Wat is teacher leadership?');
    expect(hrefs.every((href) => !href.startsWith('/en/'))).toBe(true);
  });

  it('searches the English index from English pages', async () => {
    const { titles, hrefs } = await searchFrom('en/', 'scope');
    expect(titles).toContain('What is teacher leadership?');
    expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
  });

  it('offers "Bedoelde je …?" for a typo, loading the word list only then, and runs it by Enter and by click; axe-clean while shown, light and dark', async () => {
    const page = await browser.newPage();
    const wordLists: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search-words/')) wordLists.push(new URL(request.url()).pathname);
    });
    await page.goto(new URL('', inject('siteUrl')).href);
    const search = new SearchDialog(page);
    await search.open();
    expect(wordLists, 'nothing loaded before the reader types').toEqual([]);
    const offer = (word: string) => search.dialog.getByRole('button', { name: word, exact: true });

    await search.input().fill('leiderchap');
    await offer('leiderschap').waitFor();
    expect(await search.dialog.getByRole('status').allTextContents()).toContain('Bedoelde je leiderschap?');
    expect(await axeInBothThemes(page, (themed) => axeViolations(themed, 'site-search dialog'))).toEqual({
      light: [],
      dark: [],
    });
    await search.input().focus();
    await page.keyboard.press('Tab');
    expect(await offer('leiderschap').evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => search.input().inputValue()).toBe('leiderschap');
    await expect.poll(() => search.message().textContent()).toMatch(/ voor leiderschap$/);
    expect(await offer('leiderschap').isVisible()).toBe(false);

    await search.input().fill('spilfiguer');
    await offer('spilfiguur').click();
    await expect.poll(() => search.message().textContent()).toMatch(/ voor spilfiguur$/);
    await expect
      .poll(() => search.dialog.locator('.pagefind-ui__result-link').allTextContents())
      .toContain('De rol van de schoolleider');
    expect(wordLists, 'the list is loaded once').toEqual(['/search-words/nl.json']);
  });

  it('loads no search code until the reader shows intent; Ctrl+K then loads it, puts the cursor in the box and answers', async () => {
    const page = await browser.newPage();
    /** Requests for Pagefind's files (its script, WebAssembly, index) and for the search UI's script. */
    const searchFiles: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/\/pagefind\/|\/ui-core\.[\w-]+\.js$/.test(pathname)) searchFiles.push(pathname);
    });
    await page.goto(inject('siteUrl'));
    // Starlight enables the button once its search element runs, and used to load the search UI
    // when the browser was next idle: wait past that moment until the network is quiet.
    expect(
      await page
        .getByRole('button', { name: /zoeken/i })
        .first()
        .isEnabled(),
    ).toBe(true);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    await page.waitForLoadState('networkidle');
    expect(searchFiles, 'search files loaded before any intent').toEqual([]);

    await page.keyboard.press('Control+k');
    const search = new SearchDialog(page);
    await search.input().waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('dialog input'));
    await page.keyboard.type('Ackoff');
    // Typed letter by letter, the dialog answers "Ack" and "Acko" on the way: wait for the whole word.
    await expect
      .poll(() => search.dialog.locator('.pagefind-ui__result-link').allTextContents())
      .toContain('Van data naar wijsheid');
    expect(searchFiles.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });
});
