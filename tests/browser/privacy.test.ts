import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { SitePage } from './support/site-page';

const browser = useBrowser();

describe('privacy', () => {
  // The privacy statement (content/privacy.mdx) names this test: a host's access log never holds what was searched.
  it('keeps a search on the site too, and out of every address it asks for', async () => {
    const page = await browser.newPage();
    const origin = new URL(inject('siteUrl')).origin;
    const elsewhere: string[] = [];
    const naming: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
      if (/eigenaarschap/i.test(decodeURIComponent(request.url()))) naming.push(request.url());
    });
    await new SitePage(page, inject('siteUrl')).open('');
    const results = await new SitePage(page, inject('siteUrl')).search('eigenaarschap');
    expect(await results.count()).toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
    expect(naming).toEqual([]);
  });

  it('sets no cookies', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    expect(await context.cookies()).toEqual([]);
  });
});
