import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { SearchDialog } from './support/search-dialog';
import { SitePage } from './support/site-page';

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

describe('search', () => {
  it('finds the Dutch module for a Dutch query, and only Dutch pages', async () => {
    const { titles, hrefs } = await searchFrom('', 'reikwijdte');
    expect(titles).toContain('Wat is teacher leadership?');
    expect(hrefs.every((href) => !href.startsWith('/en/'))).toBe(true);
  });

  it.each([
    ['gunnen', 'Zeven kwaliteiten van leraren en schoolleiders'],
    ['volgerschap', 'Gespreid leiderschap'],
    ['Ackoff', 'Van data naar wijsheid'],
    ['paradox', 'De paradox van formele rollen'],
    ['spilfiguur', 'De rol van de schoolleider'],
    ['boegbeeld', 'Teacher leadership in Nederland'],
    ['onderzoekende houding', 'Werken aan een onderzoekscultuur'],
  ])('finds the module that explains %s', async (query, title) => {
    const { titles } = await searchFrom('', query);
    expect(titles).toContain(title);
  });

  it.each([
    ['followership', 'Distributed leadership'],
    ['paradox', 'The paradox of formal roles'],
    ['distributed leadership', 'Distributed leadership'],
    ['linchpin', "The school leader's role"],
    ['self-efficacy', 'Seven qualities of teachers and school leaders'],
  ])('finds the English module that explains %s, and only English pages', async (query, title) => {
    const { titles, hrefs } = await searchFrom('en/', query);
    expect(titles).toContain(title);
    expect(hrefs.filter((href) => !href.startsWith('/en/'))).toEqual([]);
  });

  it('searches the English index from English pages', async () => {
    const { titles, hrefs } = await searchFrom('en/', 'scope');
    expect(titles).toContain('What is teacher leadership?');
    expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
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
    const results = search.dialog.locator('.pagefind-ui__result-link');
    await results.first().waitFor();
    expect(await results.allTextContents()).toContain('Van data naar wijsheid');
    expect(searchFiles.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });
});
