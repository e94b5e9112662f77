import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toAnswersFile } from '../../src/lib/answers-file';
import type { SavedAnswer } from '../../src/lib/store-data';
import { savedAnswer } from '../unit/support/saved-answer';
import { useBrowser } from './support/fixtures';
import { portfolioOpener } from './support/mijn-werk';
import { ReflectionQuestions } from './support/reflectie-vragen';
import { axeInBothThemes, openPage } from './support/widget-page';

// Mijn werk's bekwaamheidsdossier follows the answers: what an import, a deletion or another
// tab changes shows in the record at once, without a reload.
const browser = useBrowser();
const openPortfolio = portfolioOpener(browser);

const module = 'wat-is-teacher-leadership';
/** Reflection answers to the module's questions `numbers`, on its page in `lang`. */
const reflections = (numbers: number[], lang = ''): Record<string, SavedAnswer> =>
  Object.fromEntries(
    numbers.map((n) => [
      `${module}#${n}`,
      { ...savedAnswer(`${lang}/modules/${module}/`, `Mijn antwoord ${n}`), prompt: `Vraag ${n}` },
    ]),
  );
/** Three of the module's four questions answered: not completed yet. */
const threeOfFour = (lang = '') => ({
  version: 2,
  answers: reflections([0, 1, 2], lang),
  deleted: {},
  visits: {},
});

/** What the dossier shows: its empty sentence, or the titles of what it holds and the total study time. */
async function dossierShows(page: Page): Promise<string[]> {
  const empty = page.locator('[data-dossier-empty]');
  if (await empty.isVisible()) return [(await empty.textContent()) ?? ''];
  return [
    ...(await page.locator('[data-dossier-contents] li').allTextContents()),
    (await page.locator('[data-dossier-total]').textContent()) ?? '',
  ];
}

/** The record as it prints, by the print button: its titles and its total. */
async function printedRecord(page: Page): Promise<string[]> {
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: /^(Afdrukken|Print)$/ }).click();
  const printed = page.locator('article.dossier-print');
  // The print view's code loads with the first click.
  await printed.waitFor({ state: 'attached' });
  return [
    ...(await printed.locator('h3').allTextContents()),
    (await printed.locator('h2').last().textContent()) ?? '',
  ];
}

describe('the bekwaamheidsdossier on Mijn werk', () => {
  it('follows an import, a deletion and its undo in this tab, by mouse', async () => {
    const { page, portfolio, errors } = await openPortfolio(threeOfFour());
    await expect(dossierShows(page)).resolves.toEqual([
      expect.stringMatching(/^Je hebt nog geen module afgerond/),
    ]);
    await portfolio.import(
      'antwoorden.json',
      toAnswersFile({ answers: reflections([3]), visits: {} }, new Date('2026-11-21T12:00:00Z')),
    );
    await portfolio.button(/^Importeren$/).click();
    await expect
      .poll(() => dossierShows(page), { timeout: 15_000 })
      .toEqual(['Wat is teacher leadership?', 'Totale studietijd: 5 minuten']);
    await expect(page.getByRole('list', { name: 'Nu in je dossier:' }).isVisible()).resolves.toBe(true);
    await expect(printedRecord(page)).resolves.toEqual(await dossierShows(page));
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    await portfolio.button('Verwijderen: Vraag 3').click();
    await portfolio.button('Ja, verwijderen').click();
    await expect
      .poll(() => dossierShows(page), { timeout: 15_000 })
      .toEqual([expect.stringMatching(/^Je hebt nog geen module afgerond/)]);
    await portfolio.button('Ongedaan maken').click();
    await expect.poll(() => dossierShows(page), { timeout: 15_000 }).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('shows a kit session recorded by keyboard in another tab, without a reload', async () => {
    const { page, context, errors } = await openPortfolio({
      version: 2,
      answers: reflections([0, 1, 2, 3]),
      deleted: {},
      visits: {},
    });
    await expect(dossierShows(page)).resolves.toEqual([
      'Wat is teacher leadership?',
      'Totale studietijd: 5 minuten',
    ]);
    const kit = await openPage(browser, 'werkvormen/paradox-dialoog/', { context });
    // The form shows once the page's code has set it up, and opens by Enter on its summary.
    await kit.page.getByText('Deze sessie vastleggen').press('Enter');
    const notes = kit.page.getByLabel('Eigen aantekeningen (niet verplicht)');
    await notes.waitFor();
    // Opening the form loads the recorder's code; this test is about Mijn werk, so it waits for it.
    await kit.page.evaluate(() => customElements.whenDefined('deelname-vastleggen'));
    await notes.focus();
    await kit.page.keyboard.type('Goed gesprek.');
    await kit.page.keyboard.press('Tab');
    await kit.page.keyboard.press('Enter');
    await kit.page.getByRole('status').filter({ hasText: 'Vastgelegd' }).waitFor();

    await expect
      .poll(() => dossierShows(page), { timeout: 15_000 })
      .toEqual(['Wat is teacher leadership?', 'De paradox-dialoog', 'Totale studietijd: 65 minuten']);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    expect(errors).toEqual([]);
  });

  it('in English, completes the module when its last question is answered by keyboard in another tab', async () => {
    const { page, context } = await openPortfolio(threeOfFour('/en'), { path: 'en/mijn-werk/' });
    await expect(dossierShows(page)).resolves.toEqual([
      expect.stringMatching(/^You have not completed a module/),
    ]);
    const modulePage = await openPage(browser, `en/modules/${module}/`, { context });
    await new ReflectionQuestions(modulePage.page).write(
      /^The exploration proposes this definition/,
      'Broad, on purpose.',
    );
    await expect
      .poll(() => dossierShows(page), { timeout: 15_000 })
      .toEqual(['What is teacher leadership?', 'Total study time: 5 minutes']);
  });
});
