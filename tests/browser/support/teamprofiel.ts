import type { Locator, Page } from 'playwright-core';
import { encodeCard } from '../../../src/features/teamprofiel/card-code';
import { cardFile, type TeamCard } from '../../../src/features/teamprofiel/team-card';
import type { Rating } from '../../../src/widgets/rating/rating-scale';
import { statements } from '../../../src/widgets/condities-scan/statements';

export interface CardUpload {
  name: string;
  text: string;
}

/** Member `n`'s card of the qualities scan, every quality rated `scores[i]`; made by the site's own code. */
export const qualitiesCard = (n: number, scores: readonly Rating[]): TeamCard => ({
  scan: 'kwaliteiten',
  id: `lid${String(n).padStart(2, '0')}xxxxxA`,
  scores: Object.fromEntries(scores.map((score, index) => [String(index + 1), score])),
});

/** Member `n`'s card of the conditions scan: every statement rated `score`, the first one `n`'s own. */
export const conditionsCard = (n: number, score: Rating): TeamCard => ({
  scan: 'condities',
  id: `con${String(n).padStart(2, '0')}xxxxxA`,
  scores: Object.fromEntries(
    statements.map((statement, index) => [
      statement.id,
      index === 0 ? ((((n - 1) % 5) + 1) as Rating) : score,
    ]),
  ),
});

export const cardCode = encodeCard;
export const cardUpload = (card: TeamCard, name: string): CardUpload => ({ name, text: cardFile(card) });

/** The team profile page as a school leader uses it. */
export class TeamProfile {
  constructor(readonly page: Page) {}

  /** Chooses files in the file field, as "Choose files" does, and waits until they are read. */
  async choose(files: readonly CardUpload[]) {
    const before = await this.status().textContent();
    await this.page
      .getByLabel(/Kies teamkaarten|Choose team cards/)
      .setInputFiles(
        files.map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })),
      );
    await this.page.waitForFunction(
      (text) => document.querySelector('[data-live]')?.textContent !== text,
      before,
    );
  }

  codes(): Locator {
    return this.page.getByRole('textbox', { name: /Of plak teamcodes|Or paste team codes/ });
  }

  /** Types the codes, one per line, in place of what the box held, and adds them, by keyboard only. */
  async pasteCodes(lines: readonly string[]) {
    await this.codes().focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(lines.join('\n'));
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
  }

  /** The status line of adding cards, with its list of problems. */
  status(): Locator {
    return this.page.locator('[data-live]');
  }

  problems(): Promise<string[]> {
    return this.status().getByRole('listitem').allTextContents();
  }

  scan(name: RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** A scan's table as text rows, header first, skipping hidden cells; empty when none shows. */
  async table(name: RegExp): Promise<string[][]> {
    const table = this.scan(name).getByRole('table');
    if (!(await table.isVisible())) return [];
    return table.evaluate((element: HTMLTableElement) =>
      [...element.rows].map((row) =>
        [...row.cells]
          .filter((cell) => !cell.hidden)
          .map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      ),
    );
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  saveStatus(): Locator {
    return this.page.locator('[data-save-status]');
  }
}
