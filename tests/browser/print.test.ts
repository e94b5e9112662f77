import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { ReflectionQuestions } from './support/reflectie-vragen';
import { SitePage } from './support/site-page';
import { horizontalOverflow } from './support/widget-page';

const browser = useBrowser();

/** An A4 sheet at 96 dpi, less the browser's default print margins of about 1 cm. */
const a4 = { width: 718, height: 1047 };

describe('printing a module', () => {
  it('shows the text without navigation, search or table of contents, within the width of A4', async () => {
    // On a wide screen first, where the navigation, search, table of contents and language menu all show.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const site = new SitePage(page, inject('siteUrl'));
    await site.open('modules/wat-is-teacher-leadership/');
    const chrome = {
      // A navigation landmark may draw no box of its own (`display: contents`): its links are what shows.
      navigation: page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link'),
      'table of contents': page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link'),
      search: page.getByRole('button', { name: 'Zoeken' }),
      'language menu': page.getByRole('combobox', { name: 'Selecteer taal' }),
    };
    for (const [name, locator] of Object.entries(chrome))
      expect(await locator.filter({ visible: true }).count(), `${name} on screen`).toBeGreaterThan(0);

    // Printed at the same width, so it is the print styles, not the narrow layout, that hide them.
    await page.emulateMedia({ media: 'print' });
    expect(await site.heading().isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Reflectievragen' }).isVisible()).toBe(true);
    for (const [name, locator] of Object.entries(chrome))
      expect(await locator.filter({ visible: true }).count(), `${name} in print`).toBe(0);

    await page.setViewportSize(a4);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('prints as a workbook page, with the reader’s own answers under the questions', async () => {
    const page = await browser.newPage({ viewport: a4 });
    const site = new SitePage(page, inject('siteUrl'));
    await site.open('modules/wat-is-teacher-leadership/');
    const questions = new ReflectionQuestions(page);
    await questions.write(
      /Noem een collega die invloed heeft/,
      'Mijn collega Anna,\nom haar kennis van lezen.',
    );
    await page.reload();
    await page.emulateMedia({ media: 'print' });

    const printed = page.getByText('Mijn collega Anna, om haar kennis van lezen.', { exact: false });
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.innerText()).toBe('Mijn collega Anna,\nom haar kennis van lezen.');
    expect(await questions.answer(/Noem een collega die invloed heeft/).isVisible()).toBe(false);
  });
});
