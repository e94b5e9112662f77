import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Rating } from '../../src/widgets/rating/rating-scale';
import { statements } from '../../src/widgets/condities-scan/statements';
import { useBrowser } from './support/fixtures';
import { cardCode, conditionsCard, qualitiesCard, TeamProfile } from './support/teamprofiel';
import { openPage } from './support/widget-page';

// The team profile prints for the session: each scan's profile on one A4 sheet.
const browser = useBrowser();

const qualityCards = [1, 2, 3, 4, 5].map((n) => qualitiesCard(n, [n as Rating, 5, 1, 3, 4, 2, 3]));
const conditionCards = [1, 2, 3, 4, 5].map((n) => conditionsCard(n, 4));

/** How many pages a PDF has, from its page objects. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

/** The page printed to A4, as the browser's print dialog would make it. */
const printedPages = async (page: Page) => pageCount(await page.pdf({ format: 'A4' }));

async function profileWith(codes: string[], path = 'teamprofiel/') {
  const { page } = await openPage(browser, path);
  const team = new TeamProfile(page);
  await team.pasteCodes(codes);
  await team
    .status()
    .filter({ hasText: new RegExp(`^(Nieuwe teamkaarten|New team cards): ${codes.length}\\.`) })
    .waitFor();
  return { page, team };
}

describe('the team profile in print', () => {
  it('prints the seven qualities profile of five cards on one A4 sheet', async () => {
    const { page, team } = await profileWith(qualityCards.map(cardCode));
    await expect(team.table(/^Zeven kwaliteiten/)).resolves.toHaveLength(8);
    expect(await printedPages(page)).toBe(1);
  });

  it('prints the conditions profile of five cards on one A4 sheet', async () => {
    const { page, team } = await profileWith(conditionCards.map(cardCode));
    await expect(team.table(/^Condities en belemmeringen/)).resolves.toHaveLength(statements.length + 1);
    expect(await printedPages(page)).toBe(1);
  });

  it('prints both profiles on two A4 sheets, neither split (each fits one, and a section does not break), in English too', async () => {
    const { page, team } = await profileWith(
      [...qualityCards, ...conditionCards].map(cardCode),
      'en/teamprofiel/',
    );
    await expect(team.table(/^Seven qualities/)).resolves.toHaveLength(8);
    expect(await printedPages(page)).toBe(2);
  });
});
