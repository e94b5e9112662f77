import { describe, expect, it } from 'vitest';
import { toAnswersFile } from '../../src/lib/answers-file';
import { portfolioGroups, type ModuleInfo } from '../../src/features/mijn-werk/portfolio';
import { builtPages } from '../support/built-pages';
import { siteDir } from '../support/built-sites';
import { answerPages, largeStoreAnswers } from '../support/large-store';
import { useBrowser } from './support/fixtures';
import { portfolioOpener, type Portfolio } from './support/mijn-werk';
import { storedAnswers } from './support/widget-page';

// Mijn werk with as many answers as localStorage holds (5,000): all of them shown, deleted and
// imported as with a few. How fast that is, the bench measures (tools/bench/mijn-werk.ts).
const many = 5000;
const answers = largeStoreAnswers(many, answerPages(builtPages(siteDir('root'))));
const openPortfolio = portfolioOpener(useBrowser());

/** The answers' texts as the list shows them, once it shows `count` (it builds a hundred at a time). */
async function shownTexts(portfolio: Portfolio, count: number): Promise<string[]> {
  const texts = portfolio.answers().locator('.portfolio__text');
  await expect.poll(() => texts.count(), { timeout: 60_000 }).toBe(count);
  return texts.allTextContents();
}

/** The answers in the order Mijn werk arranges them: per module in course order, then other pages. */
async function inPortfolioOrder(portfolio: Portfolio, shown: typeof answers) {
  const modules: ModuleInfo[] = JSON.parse(
    (await portfolio.page.locator('mijn-werk').getAttribute('data-modules')) ?? '[]',
  );
  return portfolioGroups(modules, shown).flatMap((group) => group.answers);
}

const texts = (ordered: { text: string }[]) => ordered.map((answer) => answer.text);

describe(`Mijn werk with ${many} answers`, () => {
  it('lists every answer in order, prints them all, and deletes one while the rest stay', async () => {
    const { page, errors, portfolio } = await openPortfolio({ version: 2, answers, deleted: {}, visits: {} });
    const ordered = await inPortfolioOrder(portfolio, answers);
    expect(await shownTexts(portfolio, many)).toEqual(texts(ordered));

    // The groups far down the page are laid out only near the screen, but in print every one is.
    const lastText = portfolio.answers().locator('.portfolio__text').last();
    const painted = () => lastText.evaluate((text) => text.checkVisibility({ contentVisibilityAuto: true }));
    await expect(painted()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(painted()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const tools = portfolio
      .answers()
      .locator('.portfolio__answer-tools')
      .nth(many / 2);
    await tools.getByRole('button', { name: /^Verwijderen: / }).click();
    await tools.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(portfolio.status().textContent()).resolves.toBe('Antwoord verwijderd.');
    const { [ordered[many / 2]!.id]: deleted, ...left } = answers;
    expect(deleted).toBeDefined();
    expect(await shownTexts(portfolio, many - 1)).toEqual(texts(await inPortfolioOrder(portfolio, left)));
    expect(Object.keys(await storedAnswers(page)).sort()).toEqual(Object.keys(left).sort());
    expect(errors).toEqual([]);
  });

  it(`imports a file of ${many} answers into an empty store, adding them all`, async () => {
    const { page, errors, portfolio } = await openPortfolio();
    await portfolio.import('antwoorden.json', toAnswersFile({ answers, visits: {} }, new Date()));
    await expect
      .poll(() => page.locator('[data-import-summary]').textContent(), { timeout: 60_000 })
      .toBe(
        `Dit bestand bevat ${many} antwoorden. Importeren voegt er ${many} toe en vervangt er 0; 0 heb je al precies zo.`,
      );
    await portfolio.button(/^Importeren$/).click();
    await expect(portfolio.status().textContent()).resolves.toBe(
      `Geïmporteerd: ${many} toegevoegd, 0 vervangen.`,
    );
    expect(await shownTexts(portfolio, many)).toEqual(texts(await inPortfolioOrder(portfolio, answers)));
    expect(await storedAnswers(page)).toEqual(answers);
    expect(errors).toEqual([]);
  });
});
