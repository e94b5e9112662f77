import { describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { useBrowser } from './support/fixtures';
import { SitePage } from './support/site-page';

// Axe, in both themes, audits these pages with every other page (every-page.test.ts); that
// their links reach pages of their own language is for the build tests (links.test.ts,
// page-language-links.test.ts).
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

/** Opens the home page of the route's language and follows the route's card, as a reader does. */
async function followCard(
  route: (typeof routes)[number],
  siteUrl: string,
  options: BrowserContextOptions = {},
) {
  const { site, page } = await open(route.lang === 'en' ? 'en/' : '', options, siteUrl);
  await page.getByRole('link', { name: route.card, exact: true }).click();
  await page.waitForURL(new URL(route.path, siteUrl).href);
  return { site, page };
}

describe.each(routes)('/$path', (route) => {
  // On a phone's screen, reached from its card on the home page: one visit for all of it.
  it('is reached from its card on the home page; shows in its language, with its title, as the current page in the sidebar group Routes, and fits a 320 px wide screen', async () => {
    const { site, page } = await followCard(route, inject('siteUrl'), {
      viewport: { width: 320, height: 640 },
    });
    expect(await site.language()).toBe(route.lang);
    expect(await site.heading().textContent()).toBe(route.title);
    // The sidebar is folded away at this width; its links are there all the same.
    const current = page.locator('#starlight__sidebar a[aria-current="page"]');
    expect(await current.textContent().then((text) => text?.trim())).toBe(route.title);
    const group = await current.evaluate((link) =>
      link.closest('details')?.querySelector('summary')?.textContent?.trim(),
    );
    expect(group).toBe('Routes');

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

  it('is reached from its card on the home page when the site lives under a sub-path', async () => {
    const { site } = await followCard(route, inject('subPathSiteUrl'));
    expect(await site.heading().textContent()).toBe(route.title);
  });
});
