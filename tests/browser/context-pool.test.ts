import { expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from './support/fixtures';

// The contexts a test gets are reused (support/context-pool.ts): these tests leave all they can
// behind in one, and check that the next test gets it back as a fresh context would be.
const browser = useBrowser();
const siteUrl = () => inject('siteUrl');
let used: BrowserContext;
let usedTab: Page;
/** How often the first test's listener on its tab heard the page's console. */
const logged = { heard: 0 };
/** How often the first test's listener heard a new tab. */
const left = { heard: 0 };

it('a test leaves storage, init scripts, routes, listeners, emulation, a hover, extra tabs and offline behind', async () => {
  used = await browser.newContext();
  await used.addInitScript(() => Object.assign(window, { leftOver: true }));
  await used.route('**/bronnen/', (route) => route.fulfill({ body: 'routed' }));
  used.on('page', () => left.heard++);
  const page = await used.newPage();
  usedTab = page;
  await page.addInitScript(() => Object.assign(window, { tabLeftOver: true }));
  await page.route('**/begrippen/', (route) => route.fulfill({ body: 'routed in the tab' }));
  page.on('console', () => logged.heard++);
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.setViewportSize({ width: 400, height: 500 });
  await page.goto(siteUrl());
  await page.locator('header a').first().hover();
  expect(await page.evaluate(() => document.querySelectorAll('a:hover').length), 'hovered').toBe(1);
  await page.evaluate(async () => {
    console.log('heard');
    localStorage.setItem('left', 'over');
    sessionStorage.setItem('left', 'over');
    await new Promise((resolve) => (indexedDB.open('left-over').onsuccess = resolve));
    await caches.open('left-over');
  });
  // Left at an address that the next test's, but for its `#…`, equals.
  await page.evaluate(() => {
    location.hash = 'vorige';
    Object.assign(window, { leftInPage: true });
  });
  await used.newPage();
  await used.setOffline(true);
  expect(left.heard).toBe(2);
  expect(logged.heard).toBe(1);
  expect(used.pages()).toHaveLength(2);
});

it('the next test gets that context back as fresh, with none of it', async () => {
  const context = await browser.newContext();
  expect(context, 'the same context, reused').toBe(used);
  expect(context.pages(), 'tabs').toEqual([]);
  const page = await context.newPage();
  expect(page, 'the last test’s first tab, reused').toBe(usedTab);
  expect(left.heard, 'the last test’s listener').toBe(2);
  await page.goto(new URL('#volgende', siteUrl()).href); // offline, this would fail
  expect(
    await page.evaluate(async () => ({
      local: localStorage.getItem('left'),
      session: sessionStorage.getItem('left'),
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      initScripts: ['leftOver' in window, 'tabLeftOver' in window],
      samePage: 'leftInPage' in window,
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      print: matchMedia('print').matches,
      width: innerWidth,
      hovered: document.querySelectorAll('a:hover').length,
    })),
  ).toEqual({
    local: null,
    session: null,
    databases: 0,
    caches: 0,
    initScripts: [false, false],
    samePage: false,
    dark: false,
    print: false,
    width: 1280,
    hovered: 0,
  });
  await page.evaluate(() => console.log('not heard'));
  expect(logged.heard, 'the last test’s listener on its tab').toBe(1);
  const sources = await page.goto(new URL('bronnen/', siteUrl()).href);
  expect(await sources?.text(), 'the last test’s route').not.toBe('routed');
  const glossary = await page.goto(new URL('begrippen/', siteUrl()).href);
  expect(await glossary?.text(), 'the last test’s route in its tab').not.toBe('routed in the tab');
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
