import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { builtPages } from './support/built-pages';
import { subPath } from './support/serve-sites';
import { SitePage } from './support/site-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe(`built for ${subPath}`, () => {
  it.each(builtPages('dist-subpath').filter((path) => path !== '404.html'))(
    '/%s loads every asset and links only to pages that exist',
    async (path) => {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(new URL(path, inject('subPathSiteUrl')).href, { waitUntil: 'networkidle' });
      const origin = new URL(inject('subPathSiteUrl')).origin;
      const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      for (const link of new Set(links.map((href) => href.split('#')[0]!))) {
        if (!link.startsWith(origin)) continue;
        expect(new URL(link).pathname, `link on /${path}`).toMatch(new RegExp(`^${subPath}`));
        const response = await page.request.get(link);
        if (!response.ok()) failed.push(`${response.status()} ${link} (linked)`);
      }
      expect(failed).toEqual([]);
      await page.close();
    },
  );

  it('follows the home page button to the first module', async () => {
    const site = new SitePage(await browser.newPage(), inject('subPathSiteUrl'));
    await site.open('');
    await site.page.getByRole('link', { name: 'Begin met de eerste module' }).click();
    await expect(site.heading().textContent()).resolves.toBe('Waarom teacher leadership?');
  });

  it('searches under the sub-path', async () => {
    const site = new SitePage(await browser.newPage(), inject('subPathSiteUrl'));
    await site.open('');
    const results = await site.search('reikwijdte');
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain(`${subPath}modules/wat-is-teacher-leadership/`);
  });
});
