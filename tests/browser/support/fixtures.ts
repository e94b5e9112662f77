import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchBrowser } from '../../support/browser';
import { ContextPool } from './context-pool';

/**
 * The browser of one test file: launched once before the file's first test and closed after
 * its last; after each test, pass or fail, every context (and so every page and tab) the
 * test opened is closed, so a failing assertion cannot leave its pages running into the
 * next test. A test therefore never closes what it opened, unless closing is what it tests.
 * (A context a `beforeAll` opens, to share between tests, is that hook's to close.)
 *
 * Call it once at the top of a file: `const browser = useBrowser();`. What it returns stands
 * for the file's browser from the first test on (it is launched in `beforeAll`).
 *
 * Its contexts and pages block service workers unless a test asks for them with
 * `serviceWorkers: 'allow'` (the offline tests, the CSP tests and the every-page audit do):
 * on a first visit the site's worker downloads a whole language for offline use, and with a
 * fresh context per test that was hundreds of full downloads competing with the tests for
 * the machine.
 *
 * Inside a test, contexts without service workers come from a pool (`context-pool.ts`): the
 * test gets one as a fresh context would be, and after the test it is reset for the next one
 * rather than closed.
 */
export function useBrowser(): Browser {
  let launched: Browser | undefined;
  let pool: ContextPool | undefined;
  let before = new Set<BrowserContext>();
  let inTest = false;
  beforeAll(async () => {
    launched = await launchBrowser();
    pool = new ContextPool(launched);
  });
  beforeEach(() => {
    before = new Set(launched?.contexts());
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await pool?.releaseAll();
    await Promise.all(
      launched
        ?.contexts()
        .filter((context) => !before.has(context) && !pool?.owns(context))
        .map((context) => context.close()) ?? [],
    );
  });
  afterAll(async () => {
    await pool?.closeAll();
    await launched?.close();
  });
  return new Proxy({} as Browser, {
    get(_, key) {
      if (!launched)
        throw new Error('The browser is launched before the first test: use it inside a test or hook.');
      // Pooled inside a test only: a context a hook opens is the hook's, for as long as it says.
      const open = (options?: BrowserContextOptions) =>
        newContext(launched!, inTest ? pool : undefined, options);
      if (key === 'newContext') return open;
      if (key === 'newPage')
        return async (options?: BrowserContextOptions) => (await open(options)).newPage();
      const value = Reflect.get(launched, key, launched);
      return typeof value === 'function' ? value.bind(launched) : value;
    },
  });
}

/**
 * A context in which, unless `serviceWorkers: 'allow'`, registering a service worker fails as
 * it does in a browser that refuses one (a private window may): the site then works online
 * as before. (Playwright's own `serviceWorkers: 'block'` answers with no registration at all,
 * which no browser does.)
 */
async function newContext(
  browser: Browser,
  pool: ContextPool | undefined,
  { serviceWorkers, ...options }: BrowserContextOptions = {},
) {
  if (serviceWorkers === 'allow') return browser.newContext(options);
  if (pool) return pool.acquire(options, blockServiceWorkers);
  const context = await browser.newContext(options);
  await blockServiceWorkers(context);
  return context;
}

async function blockServiceWorkers(context: BrowserContext) {
  await context.addInitScript(() => {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register = () =>
      Promise.reject(new DOMException('Service workers are off in this test.', 'SecurityError'));
  });
}
