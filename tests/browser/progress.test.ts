import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from './support/fixtures';
import { ReflectionQuestions } from './support/reflectie-vragen';
import { savedAnswer, storeWith } from './support/seeded-store';
import { axeInBothThemes, openPage, type OpenOptions } from './support/widget-page';

// The reading marks (src/features/progress/): where a reader navigates, the modules they
// started or finished, from this browser's answers.
const browser = useBrowser();

const module = {
  path: '/modules/wat-is-teacher-leadership/',
  nl: 'Wat is teacher leadership?',
  en: 'What is teacher leadership?',
};
const firstQuestion = /Noem een collega die invloed heeft/;

/** Every reflection question of the module answered, as the store keeps them. */
const finished = storeWith(
  Object.fromEntries(
    [0, 1, 2, 3].map((question) => [
      `wat-is-teacher-leadership#${question}`,
      savedAnswer('reflectie-vragen', `Antwoord ${question}`, {
        text: `Antwoord ${question}`,
        page: module.path,
      }),
    ]),
  ),
);

/**
 * Opens a page and waits until the reading marks have had their turn: they start in a task
 * after the first frame, and the frame and task this asks for come after theirs. Collects what
 * the page reports as an error, thrown or logged.
 */
async function openAndRead(path: string, options: OpenOptions = {}) {
  const opened = await openPage(browser, path, options);
  opened.page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  await afterMarks(opened.page);
  return opened;
}

const afterMarks = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));

const sidebarLink = (page: Page, name: string | RegExp) =>
  page.locator('#starlight__sidebar').getByRole('link', { name, exact: typeof name === 'string' });

const card = (page: Page, title: string): Locator =>
  page.locator('[data-module-card]').filter({ has: page.getByRole('link', { name: title, exact: true }) });

/** What the page shows of progress: marks in the sidebar and on cards, and the "continue" offer. */
const progressShown = (page: Page) =>
  page.evaluate(() => ({
    marks: document.querySelectorAll('[data-progress] .reading-shape').length,
    continues: [...document.querySelectorAll<HTMLElement>('[data-continue]')].filter((offer) => !offer.hidden)
      .length,
  }));

/** Where every heading, link and list item of the page is: the page's layout, as far as a reader sees it. */
const layout = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, a, li, p')].map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return [x, y, width, height].map(Math.round).join(' ');
    }),
  );

describe('reading progress', () => {
  it('shows no marks and no "continue" to a reader without answers, or with answers outside the modules', async () => {
    const elsewhere = storeWith({
      'notitie#0': savedAnswer('reflectie-vragen', 'Elders', { text: 'Elders', page: '/bronnen/' }),
    });
    for (const storage of [undefined, elsewhere])
      for (const path of ['', 'voor-leraren/']) {
        const { page, errors } = await openAndRead(path, { storage });
        expect(await progressShown(page), path).toEqual({ marks: 0, continues: 0 });
        expect(await card(page, module.nl).textContent()).not.toMatch(/Begonnen|Afgerond/);
        if (path) expect(await sidebarLink(page, module.nl).count()).toBe(1);
        expect(errors).toEqual([]);
      }
  });

  it('after an answer in a module, marks it started in the sidebar and on its card, and offers to continue there', async () => {
    const { page, errors } = await openAndRead(module.path.slice(1));
    await new ReflectionQuestions(page).write(firstQuestion, 'Een collega met veel kennis van rekenen.');
    await page.goto(new URL('/voor-leraren/', page.url()).href);
    await afterMarks(page);
    expect(await sidebarLink(page, `${module.nl} (begonnen)`).count()).toBe(1);
    expect(await card(page, module.nl).textContent()).toContain('Begonnen');
    expect(await progressShown(page)).toEqual({ marks: 2, continues: 0 });
    await page.goto(new URL('/', page.url()).href);
    await afterMarks(page);
    expect(await card(page, module.nl).textContent()).toContain('Begonnen');
    const offer = page.locator('[data-continue]:not([hidden])');
    expect(await offer.textContent()).toMatch(/^\s*Verder waar je was:\s*Wat is teacher leadership\?\s*$/);
    await offer.getByRole('link', { name: module.nl, exact: true }).click();
    await page.waitForURL((url) => url.pathname === module.path);
    // The module's own page marks it in the sidebar too, and no other module.
    await afterMarks(page);
    expect(await sidebarLink(page, `${module.nl} (begonnen)`).count()).toBe(1);
    expect(await progressShown(page)).toEqual({ marks: 1, continues: 0 });
    expect(errors).toEqual([]);
  });

  it('marks a module finished once every reflection question has an answer, in Dutch and in English', async () => {
    const nl = await openAndRead('voor-leraren/', { storage: finished });
    expect(await sidebarLink(nl.page, `${module.nl} (afgerond)`).count()).toBe(1);
    expect(await card(nl.page, module.nl).textContent()).toContain('Afgerond');
    const en = await openAndRead('en/voor-leraren/', { storage: finished });
    expect(await sidebarLink(en.page, `${module.en} (finished)`).count()).toBe(1);
    expect(await card(en.page, module.en).textContent()).toContain('Finished');
    // A module page marks the sidebar too.
    const mine = await openAndRead('modules/vier-vormen/', { storage: finished });
    expect(await sidebarLink(mine.page, `${module.nl} (afgerond)`).count()).toBe(1);
    const home = await openAndRead('en/', { storage: finished });
    const offer = home.page.locator('[data-continue]:not([hidden])');
    expect(await offer.textContent()).toMatch(
      /^\s*Continue where you left off:\s*What is teacher leadership\?\s*$/,
    );
    expect(await offer.getByRole('link').getAttribute('href')).toBe('/en/modules/wat-is-teacher-leadership/');
    expect([...nl.errors, ...en.errors, ...mine.errors, ...home.errors]).toEqual([]);
  });

  it('works under a sub-path: the marks find their modules and "continue" leads under the base', async () => {
    const siteUrl = inject('subPathSiteUrl');
    const route = await openAndRead('voor-leraren/', { storage: finished, siteUrl });
    expect(await sidebarLink(route.page, `${module.nl} (afgerond)`).count()).toBe(1);
    const home = await openAndRead('', { storage: finished, siteUrl });
    const link = home.page.locator('[data-continue]:not([hidden])').getByRole('link');
    expect(await link.getAttribute('href')).toBe(
      `${new URL(siteUrl).pathname}modules/wat-is-teacher-leadership/`,
    );
    expect([...route.errors, ...home.errors]).toEqual([]);
  });

  it.each(['blocked', 'damaged'] as const)(
    'with %s storage, shows the pages as without answers, and reports no error',
    async (storage) => {
      for (const path of ['', 'voor-leraren/']) {
        const { page, errors } = await openAndRead(path, { storage });
        expect(await progressShown(page), path).toEqual({ marks: 0, continues: 0 });
        expect(errors).toEqual([]);
      }
    },
  );

  it('without JavaScript, shows the cards and neither marks nor "continue"', async () => {
    for (const path of ['', 'voor-leraren/']) {
      const { page } = await openPage(browser, path, { storage: finished, javaScriptEnabled: false });
      expect(await card(page, module.nl).isVisible()).toBe(true);
      expect(await progressShown(page)).toEqual({ marks: 0, continues: 0 });
    }
  });

  it.each([
    { width: 1280, height: 720 },
    { width: 320, height: 640 },
  ])('moves nothing in the sidebar or among the cards as the marks appear ($width px)', async (viewport) => {
    const fresh = await openAndRead('voor-leraren/', { viewport });
    const marked = await openAndRead('voor-leraren/', { viewport, storage: finished });
    expect((await progressShown(marked.page)).marks).toBe(2);
    expect(await layout(marked.page)).toEqual(await layout(fresh.page));
  });

  it('passes axe in light and dark with the marks shown, on the home page and a route page', async () => {
    for (const path of ['', 'en/voor-leraren/']) {
      const { page } = await openAndRead(path, { storage: finished });
      expect((await progressShown(page)).marks).toBeGreaterThan(0);
      expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    }
  });
});
