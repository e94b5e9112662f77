import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
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
});
