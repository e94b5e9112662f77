import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Helpers the widget tests share: opening a page with prepared storage, and what a reader would check. */

export const storeKey = 'leiderschap-van-leraren';

/** What the page finds in its storage; what is put there is put there once, so a reload keeps what the page did. */
export type StorageState =
  /** Damaged answers. */
  | 'damaged'
  /** Storage that throws when touched, as in some private modes. */
  | 'blocked'
  /** Storage that refuses every write. */
  | 'full'
  /** This store: text as it stands, or an object as JSON. */
  | { store: string | object };

export interface OpenOptions extends BrowserContextOptions {
  storage?: StorageState;
  /** A tab in this context instead of a fresh context. */
  context?: BrowserContext;
  /** The site to open `path` on: the one built for `/` unless said. */
  siteUrl?: string;
}

const damaged = '{"version":2,"answers":{"x"';

function seedOnce([key, text]: readonly [string, string]) {
  if (sessionStorage.getItem('seeded')) return;
  localStorage.setItem(key, text);
  sessionStorage.setItem('seeded', 'yes');
}

function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

function fillStorage() {
  Storage.prototype.setItem = () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
}

async function prepareStorage(context: BrowserContext, storage: StorageState) {
  if (storage === 'blocked') return context.addInitScript(blockStorage);
  if (storage === 'full') return context.addInitScript(fillStorage);
  const store = storage === 'damaged' ? damaged : storage.store;
  return context.addInitScript(seedOnce, [
    storeKey,
    typeof store === 'string' ? store : JSON.stringify(store),
  ] as const);
}

/** Opens a page of the built site in a fresh context (or a new tab of `context`), collecting the page's errors. */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}) {
  const { storage, context: shared, siteUrl = inject('siteUrl'), ...contextOptions } = options;
  const context = shared ?? (await browser.newContext(contextOptions));
  if (storage) await prepareStorage(context, storage);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(path, siteUrl).href);
  return { page, context, errors };
}

/** The answers as stored, by id (`{ value, text, prompt, widget, … }`); `any`, as each test reads its own widget's shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads its own widget's value shape
export const storedAnswers = (page: Page): Promise<Record<string, any>> =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').answers ?? {}, storeKey);

/** axe-core itself, put into a page by `axeViolations` the first time it audits that page. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules of WCAG 2.2 level AA, by axe's tags. */
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG 2.2 AA rules the page (or the part the selector `include` selects) breaks, as axe
 * finds them, with where.
 *
 * Axe runs in the page itself, asked for violations only. (`@axe-core/playwright` also
 * gathers every passing and inapplicable check with its elements and sends them back: that
 * cost a third more processor time per run, and a run happens hundreds of times a test run.)
 * Playwright evaluates axe's source as DevTools would, outside the page's
 * Content-Security-Policy. Frames would need axe in each of them: the site has none, and a
 * page that gets one fails here rather than being audited only in part.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  expect(page.frames().length, `frames on ${page.url()} (axe audits the main document only)`).toBe(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ([selector, tags]) => {
      const { axe } = window as unknown as { axe: typeof AxeCore };
      const { violations } = await axe.run(selector ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    },
    [include ?? null, wcag22aa] as const,
  );
}

/**
 * Switches the reader's system to a colour scheme and waits until the site has followed it
 * (Starlight's theme script sets `data-theme` when the system's preference changes).
 */
export async function switchColorScheme(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme), {
      message: `follows the system into the ${colorScheme} theme`,
      timeout: 10_000,
    })
    .toBe(colorScheme);
}

/**
 * What `audit` (axe on the whole page unless said) finds in both themes: in the one the page
 * shows, then after the reader's system switches to the other, and back, so that the test
 * goes on as it was. One page, set up once, for both themes.
 */
export async function axeInBothThemes(
  page: Page,
  audit: (page: Page) => Promise<string[]> = (page) => axeViolations(page),
): Promise<Record<'light' | 'dark', string[]>> {
  const shown =
    (await page.evaluate(() => document.documentElement.dataset.theme)) === 'dark' ? 'dark' : 'light';
  const other = shown === 'dark' ? 'light' : 'dark';
  const inShown = await audit(page);
  await switchColorScheme(page, other);
  const inOther = await audit(page);
  await switchColorScheme(page, shown);
  return { [shown]: inShown, [other]: inOther } as Record<'light' | 'dark', string[]>;
}

/** How many pixels the page is wider than the window. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
