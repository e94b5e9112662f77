import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { workshopKits } from '../../src/course/course';
import { contentPages, type ContentPage } from '../content/pages';
import { useBrowser } from './support/fixtures';
import { SitePage } from './support/site-page';
import { horizontalOverflow } from './support/widget-page';

const browser = useBrowser();

/** An A4 sheet at 96 dpi, less the browser's default print margins of about 1 cm. */
const a4 = { width: 718, height: 1047 };

const pages = new Map(contentPages().map((page) => [page.path.replace(/\.mdx?$/, ''), page]));
const entry = (path: string): ContentPage => pages.get(path)!;
const languages = [
  { prefix: '', durationLabel: 'Duur', minutes: 'minuten', modulesLabel: 'Bouwt op de modules' },
  { prefix: 'en/', durationLabel: 'Duration', minutes: 'minutes', modulesLabel: 'Builds on the modules' },
] as const;

async function open(path: string, viewport?: { width: number; height: number }, siteUrl = inject('siteUrl')) {
  const page = await browser.newPage(viewport ? { viewport } : {});
  const site = new SitePage(page, siteUrl);
  const response = await site.open(path);
  expect(response?.status(), path).toBe(200);
  return { page, site };
}

/** Elements that stick out to the right of the page, or whose content is cut off or scrolls sideways. */
function tooWide(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return (
      [...document.querySelectorAll<HTMLElement>('main *')]
        // Visible, and not the 1-pixel text meant only for screen readers.
        .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().width > 1)
        .filter((element) => {
          const { overflowX } = getComputedStyle(element);
          const clipped = overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1;
          return element.getBoundingClientRect().right > width + 1 || clipped;
        })
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    );
  });
}

describe('printing a workshop kit', () => {
  it.each(languages)(
    '/$prefix: the kit prints without navigation, search or table of contents, within A4, with the handout on a sheet of its own',
    async ({ prefix }) => {
      const { page, site } = await open(`${prefix}werkvormen/van-data-naar-wijsheid/`, a4);
      await page.emulateMedia({ media: 'print' });

      expect(await site.heading().isVisible()).toBe(true);
      expect(await page.locator('.kit-meta').isVisible()).toBe(true);
      for (const chrome of [
        page.locator('nav'),
        page.getByRole('navigation'),
        page.locator(
          'site-search, starlight-toc, mobile-starlight-toc, starlight-lang-select, starlight-theme-select',
        ),
        page.getByRole('button', { name: /Zoeken|Search/ }),
      ]) {
        const visible = await chrome.evaluateAll(
          (elements) =>
            elements.filter(
              (element) =>
                element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
            ).length,
        );
        expect(visible).toBe(0);
      }

      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await tooWide(page)).toEqual([]);

      const handout = page.getByRole('region', { name: /^(Hand-out|Handout): / });
      expect(await handout.isVisible()).toBe(true);
      expect(await handout.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
      // The handout is one sheet: it fits within the height of a printed A4 page.
      expect((await handout.boundingBox())!.height).toBeLessThanOrEqual(a4.height);

      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    },
  );
});

describe('a workshop kit page', () => {
  const kitPages = languages.flatMap((language) => workshopKits.map((slug) => ({ ...language, slug })));

  it.each(kitPages)(
    '/$prefix' +
      'werkvormen/$slug shows its goal, duration and links to its modules, and prints its handout on one A4 sheet with nothing wider than A4',
    async ({ prefix, slug, durationLabel, minutes, modulesLabel }) => {
      const kit = entry(`${prefix}werkvormen/${slug}`);
      const { page, site } = await open(`${prefix}werkvormen/${slug}/`, a4);
      await expect(site.heading().textContent()).resolves.toBe(kit.data['title']);
      const meta = page.locator('.kit-meta');
      const text = (await meta.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(kit.data['goal']);
      expect(text).toMatch(new RegExp(`${durationLabel}:? ${kit.data['minutes']} ${minutes}`));
      expect(text).toContain(modulesLabel);

      const modules = kit.data['modules'] as string[];
      const links = meta.getByRole('link');
      expect(await links.count()).toBe(modules.length);
      for (const [index, module] of modules.entries()) {
        const link = links.nth(index);
        expect(await link.textContent()).toBe(entry(`${prefix}modules/${module}`).data['title']);
        const href = (await link.getAttribute('href'))!;
        expect(href).toBe(`/${prefix}modules/${module}/`);
        expect((await fetch(new URL(href, inject('siteUrl')))).status, href).toBe(200);
      }

      await page.emulateMedia({ media: 'print' });
      expect(await tooWide(page)).toEqual([]);
      const box = await page.locator('.handout').boundingBox();
      expect(box!.height).toBeLessThanOrEqual(a4.height);
    },
  );

  it('links to its modules under the deploy base when the site lives under a sub-path', async () => {
    const { page } = await open('en/werkvormen/expertisekaart-maken/', undefined, inject('subPathSiteUrl'));
    const hrefs = await page
      .locator('.kit-meta')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual([
      '/teacher-leadership/en/modules/aan-de-slag/',
      '/teacher-leadership/en/modules/gespreid-leiderschap/',
    ]);
    for (const href of hrefs)
      expect((await fetch(new URL(href!, inject('subPathSiteUrl')))).status, href!).toBe(200);
  });
});

describe('the overview of workshop kits', () => {
  it.each(languages)(
    '/$prefix' + 'werkvormen/ lists every kit with its goal and duration, linked, in sidebar order',
    async ({ prefix, minutes }) => {
      const { page } = await open(`${prefix}werkvormen/`);
      const items = page.locator('.kit-list > li');
      expect(await items.count()).toBe(workshopKits.length);
      for (const [index, slug] of workshopKits.entries()) {
        const kit = entry(`${prefix}werkvormen/${slug}`);
        const item = items.nth(index);
        const link = item.getByRole('link');
        expect(await link.textContent()).toBe(kit.data['title']);
        expect(await link.getAttribute('href')).toBe(`/${prefix}werkvormen/${slug}/`);
        const text = (await item.innerText()).replace(/\s+/g, ' ');
        expect(text).toContain(kit.data['goal']);
        expect(text).toContain(`${kit.data['minutes']} ${minutes}`);
      }
      const sidebar = page.getByRole('navigation', { name: /Hoofdnavigatie|Main/ });
      for (const slug of workshopKits) {
        expect(await sidebar.locator(`a[href="/${prefix}werkvormen/${slug}/"]`).count(), slug).toBe(1);
      }
    },
  );

  it.each([
    'werkvormen/',
    'werkvormen/paradox-dialoog/',
    'en/werkvormen/',
    'en/werkvormen/stap-terug-stap-vooruit/',
  ])('/%s reads without JavaScript', async (path) => {
    // Axe audits these pages, with every other page, in every-page.test.ts.
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(new URL(path, inject('siteUrl')).href);
    expect(await page.locator('.kit-list, .handout').first().isVisible()).toBe(true);
  });
});
