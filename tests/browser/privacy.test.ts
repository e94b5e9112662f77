import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { SitePage } from './support/site-page';

const browser = useBrowser();

describe('privacy', () => {
  it('keeps a search on the site too', async () => {
    const page = await browser.newPage();
    const origin = new URL(inject('siteUrl')).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
    });
    await new SitePage(page, inject('siteUrl')).open('');
    await new SitePage(page, inject('siteUrl')).search('leraren');
    expect(elsewhere).toEqual([]);
  });

  it('sets no cookies', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    expect(await context.cookies()).toEqual([]);
  });
});
