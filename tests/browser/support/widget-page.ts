import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

/** Helpers the widget tests share: opening a page with prepared storage, and what a reader would check. */

export const storeKey = 'leiderschap-van-leraren';

/** Runs before the page's scripts: damaged data, once (a reload must not damage it again). */
export function seedDamagedStorage() {
  if (!sessionStorage.getItem('seeded')) {
    localStorage.setItem('leiderschap-van-leraren', '{"version":2,"answers":{"x"');
    sessionStorage.setItem('seeded', 'yes');
  }
}

/** Runs before the page's scripts: storage that throws when touched, as in some private modes. */
export function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Opens a page of the built site in a fresh context (or `context`), after `init` has prepared its storage. */
export async function openPage(browser: Browser, path: string, options: { init?: () => void; context?: BrowserContext } = {}) {
  const context = options.context ?? (await browser.newContext());
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(path, inject('siteUrl')).href);
  return { page, context, errors };
}

/** The answers as stored, by id. */
export const storedAnswers = (page: Page): Promise<Record<string, { value: unknown; text: string; prompt: string; widget: string }>> =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').answers ?? {}, storeKey);

/** The ids of WCAG 2.2 AA rules the page breaks, as axe finds them. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** How many pixels the page is wider than the window. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
