import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { ReflectionQuestions } from './support/reflection-questions';
import { SitePage } from './support/site-page';
import { horizontalOverflow } from './support/widget-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** An A4 sheet at 96 dpi, less the browser's default print margins of about 1 cm. */
const a4 = { width: 718, height: 1047 };

describe('printing a module', () => {
  it('shows the text without navigation, search or table of contents, within the width of A4', async () => {
    const page = await browser.newPage({ viewport: a4 });
    const site = new SitePage(page, inject('siteUrl'));
    await site.open('modules/wat-is-teacher-leadership/');
    await page.emulateMedia({ media: 'print' });

    expect(await site.heading().isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Reflectievragen' }).isVisible()).toBe(true);
    for (const chrome of [
      page.getByRole('navigation', { name: 'Hoofdnavigatie' }),
      page.getByRole('navigation', { name: 'Op deze pagina' }),
      page.getByRole('button', { name: 'Zoeken' }),
      page.getByRole('combobox', { name: 'Selecteer taal' }),
    ]) {
      expect(await chrome.first().isVisible()).toBe(false);
    }
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('prints as a workbook page, with the reader’s own answers under the questions', async () => {
    const page = await browser.newPage({ viewport: a4 });
    const site = new SitePage(page, inject('siteUrl'));
    await site.open('modules/wat-is-teacher-leadership/');
    const questions = new ReflectionQuestions(page);
    await questions.write(/Noem een collega die invloed heeft/, 'Mijn collega Anna,\nom haar kennis van lezen.');
    await page.reload();
    await page.emulateMedia({ media: 'print' });

    const printed = page.getByText('Mijn collega Anna, om haar kennis van lezen.', { exact: false });
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.innerText()).toBe('Mijn collega Anna,\nom haar kennis van lezen.');
    expect(await questions.answer(/Noem een collega die invloed heeft/).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
