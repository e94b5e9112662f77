import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pdfPageCount } from '../support/pdf-pages';
import { useBrowser } from './support/fixtures';
import { SitePage } from './support/site-page';
import { savedAnswer, storeWith } from './support/seeded-store';
import { a4Content, cutOff, labels, partBreaks, partTitles } from './support/werkboek';
import { axeInBothThemes, openPage, storeKey } from './support/widget-page';

// The workbook (src/features/werkboek/). Every-page audits it too (CSP, axe light and dark
// without answers, pointer targets); here: printing, the reader's answers, storage that fails.
const browser = useBrowser();

/** A reflection answer typed over two lines, with text that looks like markup, and a sorting card. */
const reflection = 'Vooral role-based:\n<b>coördinatoren</b> met uren.';
const answers = storeWith({
  'vier-vormen#0': savedAnswer('reflectie-vragen', reflection, {
    text: reflection,
    page: '/modules/vier-vormen/',
  }),
  'vier-vormen-sorteren#onderzoeksdocent': savedAnswer(
    'vier-vormen-sorteren',
    { cell: 'formeel-individueel' },
    {
      text: 'Onderzoeksdocent: formeel en individueel (juist)',
      prompt: 'Onderzoeksdocent',
      page: '/en/modules/vier-vormen/',
    },
  ),
});

/** The PDF Chromium saves of the page, as its print dialog would, with how many A4 pages it has. */
async function printedPages(page: Page) {
  return pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

/** The page laid out as printed: print styles, at the width of an A4 sheet's text. */
async function asPrinted(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(a4Content);
}

describe.each(Object.entries(labels))('the workbook in %s', (_, language) => {
  it('prints every module, then the glossary and the sources, each from a new A4 page, none cut off', async () => {
    const { page, errors } = await openPage(browser, language.path);
    const titles = await partTitles(page);
    expect(titles).toContain(language.module);
    expect(titles.at(-2)).toBe(language.glossary);
    const contents = page.getByRole('navigation', { name: language.contents }).getByRole('link');
    expect(await contents.allTextContents()).toEqual(titles);

    await asPrinted(page);
    expect(await page.getByRole('checkbox', { name: language.choice }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: /hoofdnavigatie|main/i }).isVisible()).toBe(false);
    expect(await partBreaks(page)).toEqual(titles.map(() => 'page'));
    expect(await cutOff(page)).toEqual([]);

    // One sheet for the contents and at least one per part; at most what the printed text fills,
    // read as one long column, plus a sheet per part for the breaks and as much again for the
    // blocks (figures, tasks) that move whole to the next sheet.
    const height = await page.evaluate(() => document.querySelector('.werkboek')!.scrollHeight);
    const sheets = await printedPages(page);
    expect(sheets).toBeGreaterThanOrEqual(titles.length + 1);
    expect(sheets).toBeLessThanOrEqual(2 * Math.ceil(height / a4Content.height) + titles.length + 1);
    expect(errors).toEqual([]);
  });

  it('puts the reader’s answers in place when they choose it by keyboard, without changing them, and takes them out', async () => {
    const { page, errors } = await openPage(browser, language.path, { storage: answers });
    const stored = await page.evaluate((key) => localStorage.getItem(key), storeKey);
    const module = page.getByRole('region', { name: language.module, exact: true });
    const questions = module.getByRole('region', { name: language.reflection });
    const withoutAnswers = await printedPages(page);

    // Keyboard: from the page's heading the next stop is the choice.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Tab');
    const choice = page.getByRole('checkbox', { name: language.choice });
    expect(await choice.evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => questions.getByText('Vooral role-based:').count()).toBe(1);

    // As typed, line break and all, and as text: the markup is not made into an element.
    expect(await questions.getByText('Vooral role-based:').innerText()).toBe(reflection);
    expect(await module.getByText('Onderzoeksdocent: formeel en individueel (juist)').count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: language.answersPut }).count()).toBe(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), storeKey)).toBe(stored);

    await asPrinted(page);
    expect(await questions.getByText('Vooral role-based:').isVisible()).toBe(true);
    expect(await cutOff(page)).toEqual([]);
    expect(await printedPages(page)).toBeGreaterThanOrEqual(withoutAnswers);

    await page.emulateMedia({ media: 'screen' });
    await choice.uncheck();
    await expect.poll(() => questions.getByText('Vooral role-based:').count()).toBe(0);
    expect(await module.getByText('Onderzoeksdocent: formeel en individueel (juist)').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the workbook’s print button', () => {
  it('opens the browser’s print dialog, where the workbook is printed or saved as PDF', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    const { page } = await openPage(browser, labels.nl.path, { context });
    await page.getByRole('button', { name: labels.nl.print }).click();
    expect(await page.locator('html').getAttribute('data-printed')).toBe('yes');
  });
});

describe('the workbook, when answers cannot be read', () => {
  it.each([
    ['blocked', /niet bij wat ze bewaart/],
    ['damaged', /niet te lezen/],
  ] as const)(
    'says so in plain words when storage is %s, and leaves room to write',
    async (storage, message) => {
      const { page, errors } = await openPage(browser, labels.nl.path, { storage });
      await page.getByRole('checkbox', { name: labels.nl.choice }).check();
      await expect.poll(() => page.getByRole('status').filter({ hasText: message }).count()).toBe(1);
      expect(await page.locator('[data-werkboek-answer]:not(:empty)').count()).toBe(0);
      expect(errors).toEqual([]);
    },
  );

  it('says so in plain words when the code that reads them cannot load, and changes nothing', async () => {
    const { page, context, errors } = await openPage(browser, labels.nl.path, { storage: answers });
    // As when a newer version of the site has replaced the file since the page was opened.
    await context.route(/\/_astro\/put-answers\./, (route) => route.fulfill({ status: 404 }));
    await page.getByRole('checkbox', { name: labels.nl.choice }).check();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /laadde niet/ })
          .count(),
      )
      .toBe(1);
    expect(await page.locator('[data-werkboek-answer]:not(:empty)').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('reads and prints without JavaScript, with no choice that could not work', async () => {
    const { page } = await openPage(browser, labels.nl.path, { javaScriptEnabled: false });
    expect(await page.getByRole('checkbox', { name: labels.nl.choice }).count()).toBe(0);
    expect(await page.getByRole('region', { name: labels.nl.module, exact: true }).isVisible()).toBe(true);
    expect(await printedPages(page)).toBeGreaterThan((await partTitles(page)).length);
  });
});

describe('the workbook in search', () => {
  it('is left out, so that results lead to the modules themselves', async () => {
    const { page } = await openPage(browser, '');
    const results = await new SitePage(page, inject('siteUrl')).search('paradox formele rollen');
    const addresses = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(addresses.some((address) => address?.includes('/modules/de-paradox/'))).toBe(true);
    expect(addresses.filter((address) => address?.includes('werkboek'))).toEqual([]);
  });
});

describe('the workbook with the reader’s answers in it', () => {
  it('has no WCAG 2.2 AA violation in either theme', { timeout: 180_000 }, async () => {
    const { page } = await openPage(browser, labels.nl.path, { storage: answers });
    await page.getByRole('checkbox', { name: labels.nl.choice }).check();
    await expect.poll(() => page.locator('[data-werkboek-answer]:not(:empty)').count()).toBe(1);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
