import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { builtPages } from './support/built-pages';
import { SitePage } from './support/site-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('privacy', () => {
  it.each(builtPages())('/%s makes no request beyond the site itself', async (path) => {
    const page = await browser.newPage();
    const origin = new URL(inject('siteUrl')).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:') elsewhere.push(request.url());
    });
    await page.goto(new URL(path, inject('siteUrl')).href, { waitUntil: 'networkidle' });
    expect(elsewhere).toEqual([]);
    await page.close();
  });

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
    await page.close();
  });

  it('sets no cookies', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
