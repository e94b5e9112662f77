import { expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from './support/fixtures';

// The contexts a test gets are reused (support/context-pool.ts): these tests leave all they can
// behind in one, and check that the next test gets it back as a fresh context would be.
const browser = useBrowser();
const siteUrl = () => inject('siteUrl');
let used: BrowserContext;
/** How often the first test's listener heard a new tab. */
const left = { heard: 0 };

it('a test leaves storage, an init script, a route, a listener, extra tabs and offline behind', async () => {
  used = await browser.newContext();
  await used.addInitScript(() => Object.assign(window, { leftOver: true }));
  await used.route('**/bronnen/', (route) => route.fulfill({ body: 'routed' }));
  used.on('page', () => left.heard++);
  const page = await used.newPage();
  await page.goto(siteUrl());
  await page.evaluate(async () => {
    localStorage.setItem('left', 'over');
    sessionStorage.setItem('left', 'over');
    await new Promise((resolve) => (indexedDB.open('left-over').onsuccess = resolve));
    await caches.open('left-over');
  });
  await used.newPage();
  await used.setOffline(true);
  expect(left.heard).toBe(2);
  expect(used.pages()).toHaveLength(2);
});

it('the next test gets that context back as fresh, with none of it', async () => {
  const context = await browser.newContext();
  expect(context, 'the same context, reused').toBe(used);
  expect(context.pages(), 'tabs').toEqual([]);
  const page = await context.newPage();
  expect(left.heard, 'the last test’s listener').toBe(2);
  await page.goto(siteUrl()); // offline, this would fail
  expect(
    await page.evaluate(async () => ({
      local: localStorage.getItem('left'),
      session: sessionStorage.getItem('left'),
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      initScript: 'leftOver' in window,
    })),
  ).toEqual({ local: null, session: null, databases: 0, caches: 0, initScript: false });
  const sources = await page.goto(new URL('bronnen/', siteUrl()).href);
  expect(await sources?.text(), 'the last test’s route').not.toBe('routed');
});

it('a context closed by its test is reset as well, and one with state that cannot be undone is not reused', async () => {
  const closed = await browser.newContext();
  await (await closed.newPage()).goto(siteUrl());
  await closed.close();
  expect(closed.pages()).toEqual([]);
  const again = await browser.newContext();
  expect(again, 'the closed context, reset').toBe(closed);
  await again.exposeFunction('leftBehind', () => 'x');
  await again.close();
  expect(await browser.newContext(), 'a context with an exposed function').not.toBe(again);
});
