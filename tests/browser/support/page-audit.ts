import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { parsePolicy } from '../../../src/site/csp-policy';
import { builtPages } from '../../support/built-pages';
import { siteDir, subPath } from '../../support/built-sites';
import { metaSources, recordingContext, settled } from './csp-recorder';
import { smallTargets } from './target-size';
import { axeViolations, switchColorScheme } from './widget-page';

/** The page's theme as it is drawn: Starlight's `data-theme` and the computed background of the body. */
const theme = (page: Page) =>
  page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    background: getComputedStyle(document.body).backgroundColor,
  }));

/**
 * Every page of each build, opened once: what the page does while it loads and after it has
 * settled (the search UI loads when the browser is first idle, the service worker registers
 * on `load`) breaks no Content-Security-Policy, asks no other host for anything, sets no
 * cookie and gets no error response; its policies are as strict as they should be; and in
 * the build for `/`, axe finds no WCAG 2.2 AA violation in the light theme nor, after the
 * reader's system switches to dark, in the dark theme, and every pointer target is at least
 * 24×24 CSS px or spaced as WCAG 2.5.8 allows (`target-size.ts`). (The sub-path build has the same
 * pages with other addresses, so axe would see the same pages again; there the audit checks
 * instead that every address the page uses stays under the sub-path.)
 *
 * Each build's pages share one context and one tab, as a reader's visit would: the service
 * worker installs once and precaches the site once, and later pages are served through it.
 * (A new tab per page cost the browser about a third of a second of processor time each.)
 */
/** The two builds the audit opens; one test file each, so that the two run side by side. */
export const builds = {
  root: { name: 'root', base: '/', siteUrlKey: 'siteUrl', axe: true },
  subPath: { name: 'subPath', base: subPath, siteUrlKey: 'subPathSiteUrl', axe: false },
} as const;

/**
 * `share` splits a build's pages over several test files (`[1, 2]`: every second page from the
 * first), so that the workers share the audit of the build whose pages get axe twice.
 */
export function auditEveryPage(
  browser: Browser,
  { name, base, siteUrlKey, axe }: (typeof builds)[keyof typeof builds],
  [part, parts]: [number, number] = [1, 1],
) {
  describe(`every page of the build at ${base} (part ${part} of ${parts})`, () => {
    const allPages = builtPages(siteDir(name));
    const pages = allPages.filter((_, index) => index % parts === part - 1);
    let context: BrowserContext;
    let page: Page;
    let violations: string[];
    const elsewhere: string[] = [];
    const failed: string[] = [];
    const outsideBase: string[] = [];

    beforeAll(async () => {
      ({ context, violations } = await recordingContext(browser));
      const { origin } = new URL(inject(siteUrlKey));
      // The context's requests: those of its pages and of its service worker.
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== origin) elsewhere.push(request.url());
        else if (!url.pathname.startsWith(base)) outsideBase.push(request.url());
      });
      context.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('has pages to audit', () => {
      expect(allPages.length).toBeGreaterThan(20);
      expect(allPages).toContain('');
      expect(allPages).toContain('404.html');
      expect(pages.length).toBeGreaterThanOrEqual(Math.floor(allPages.length / parts));
    });

    it.each(pages)('/%s', async (path) => {
      for (const found of [violations, elsewhere, failed, outsideBase]) found.length = 0;
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(new URL(path, inject(siteUrlKey)).href);
      expect.soft(response?.status(), 'status of the page').toBe(200);

      // The page's own policy allows no inline script but its own, and nothing but the site.
      const scripts = await metaSources(page, 'script-src');
      expect.soft(scripts).toContain("'self'");
      expect.soft(scripts).not.toContain("'unsafe-inline'");
      expect.soft(scripts).not.toContain("'unsafe-eval'");
      expect.soft(await metaSources(page, 'default-src')).toEqual(["'self'"]);
      expect.soft(await metaSources(page, 'object-src')).toEqual(["'none'"]);
      // The host's header policy (from `_headers`) applies as well, and says what a meta element cannot.
      const header = parsePolicy(response?.headers()['content-security-policy'] ?? '');
      expect.soft(header.get('frame-ancestors')).toEqual(["'none'"]);
      expect.soft(header.get('script-src')).not.toContain("'unsafe-inline'");

      await settled(page);
      const links = await page
        .locator('a[href]')
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      const { origin } = new URL(inject(siteUrlKey));
      const linksOutsideBase = links.filter(
        (link) => link.startsWith(`${origin}/`) && !new URL(link).pathname.startsWith(base),
      );

      if (axe) {
        expect.soft(await theme(page), 'light theme').toMatchObject({ theme: 'light' });
        const light = await theme(page);
        expect.soft(await axeViolations(page), 'axe, light theme').toEqual([]);
        await switchColorScheme(page, 'dark');
        expect
          .soft((await theme(page)).background, 'the dark background differs from the light one')
          .not.toBe(light.background);
        expect.soft(await axeViolations(page), 'axe, dark theme').toEqual([]);
        expect.soft(await smallTargets(page), 'targets under 24×24 px (WCAG 2.5.8)').toEqual([]);
      }

      expect.soft(violations, 'Content-Security-Policy violations').toEqual([]);
      expect.soft(elsewhere, 'requests to other hosts').toEqual([]);
      expect.soft(failed, 'error responses').toEqual([]);
      expect.soft(outsideBase, `requests outside ${base}`).toEqual([]);
      expect.soft(linksOutsideBase, `links outside ${base}`).toEqual([]);
      expect.soft(await context.cookies(), 'cookies').toEqual([]);
    });
  });
}
