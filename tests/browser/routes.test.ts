import { describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useBrowser } from './support/fixtures';
import { subPath } from './support/serve-sites';
import { SitePage } from './support/site-page';

// Axe, in both themes, audits these pages with every other page (every-page.test.ts).
const browser = useBrowser();

/** The three landing pages in both languages: path, language, title and the home page card link that leads there. */
const routes = [
  {
    path: 'voor-lerarenopleiders/',
    lang: 'nl',
    title: 'Voor lerarenopleiders',
    card: 'Naar de route voor lerarenopleiders',
  },
  {
    path: 'voor-schoolleiders/',
    lang: 'nl',
    title: 'Voor schoolleiders',
    card: 'Naar de route voor schoolleiders',
  },
  { path: 'voor-leraren/', lang: 'nl', title: 'Voor leraren', card: 'Naar de route voor leraren' },
  {
    path: 'en/voor-lerarenopleiders/',
    lang: 'en',
    title: 'For teacher educators',
    card: 'Go to the route for teacher educators',
  },
  {
    path: 'en/voor-schoolleiders/',
    lang: 'en',
    title: 'For school leaders',
    card: 'Go to the route for school leaders',
  },
  { path: 'en/voor-leraren/', lang: 'en', title: 'For teachers', card: 'Go to the route for teachers' },
] as const;

async function open(
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
  siteUrl = inject('siteUrl'),
) {
  const context = await browser.newContext(options);
  const site = new SitePage(await context.newPage(), siteUrl);
  const response = await site.open(path);
  expect(response?.status(), path).toBe(200);
  return { context, site, page: site.page };
}

describe.each(routes)('/$path', (route) => {
  it('shows in its language, with its title, and is the current page in the sidebar group Routes', async () => {
    const { site, page } = await open(route.path);
    expect(await site.language()).toBe(route.lang);
    expect(await site.heading().textContent()).toBe(route.title);
    const current = page.locator('#starlight__sidebar a[aria-current="page"]');
    expect(await current.textContent().then((text) => text?.trim())).toBe(route.title);
    const group = await current.evaluate((link) =>
      link.closest('details')?.querySelector('summary')?.textContent?.trim(),
    );
    expect(group).toBe('Routes');
  });

  it('is reached from its card on the home page, also when the site lives under a sub-path', async () => {
    for (const siteUrl of [inject('siteUrl'), inject('subPathSiteUrl')]) {
      const { site, page } = await open(route.lang === 'en' ? 'en/' : '', {}, siteUrl);
      await page.getByRole('link', { name: route.card, exact: true }).click();
      await page.waitForURL(new URL(route.path, siteUrl).href);
      expect(await site.heading().textContent()).toBe(route.title);
    }
  });

  it('links only to pages of its own language that exist, under the sub-path too', async () => {
    for (const [siteUrl, base] of [
      [inject('siteUrl'), '/'],
      [inject('subPathSiteUrl'), subPath],
    ] as const) {
      const { page } = await open(route.path, {}, siteUrl);
      const links = await page
        .locator('main a[href]')
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      const own = [...new Set(links.map((href) => href.split('#')[0]!))].filter((href) =>
        href.startsWith(new URL(siteUrl).origin),
      );
      expect(own.length).toBeGreaterThan(10);
      for (const link of own) {
        const path = new URL(link).pathname;
        expect(path.startsWith(`${base}${route.lang === 'en' ? 'en/' : ''}`), link).toBe(true);
        if (route.lang === 'nl') expect(path.startsWith(`${base}en/`), link).toBe(false);
        const response = await page.request.get(link);
        expect(response.status(), link).toBe(200);
      }
    }
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    const { page } = await open(route.path, { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main *')]
        .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().width > 1)
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    expect(wide).toEqual([]);
  });
});
