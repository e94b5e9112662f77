import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../support/browser';

/**
 * The browser of one test file: launched once before the file's first test and closed after
 * its last; after each test, pass or fail, every context (and so every page and tab) the
 * test opened is closed, so a failing assertion cannot leave its pages running into the
 * next test. A test therefore never closes what it opened, unless closing is what it tests.
 * (A context a `beforeAll` opens, to share between tests, is that hook's to close.)
 *
 * Call it once at the top of a file: `const browser = useBrowser();`. What it returns stands
 * for the file's browser from the first test on (it is launched in `beforeAll`).
 */
export function useBrowser(): Browser {
  let launched: Browser | undefined;
  let before = new Set<BrowserContext>();
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  beforeEach(() => {
    before = new Set(launched?.contexts());
  });
  afterEach(async () => {
    await Promise.all(
      launched
        ?.contexts()
        .filter((context) => !before.has(context))
        .map((context) => context.close()) ?? [],
    );
  });
  afterAll(async () => {
    await launched?.close();
  });
  return new Proxy({} as Browser, {
    get(_, key) {
      if (!launched)
        throw new Error('The browser is launched before the first test: use it inside a test or hook.');
      const value = Reflect.get(launched, key, launched);
      return typeof value === 'function' ? value.bind(launched) : value;
    },
  });
}
