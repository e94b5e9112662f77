import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { RatingScan, ratingScanContract } from './rating-scan';

/** The conditions scan, as a reader uses it: each statement is a row of the scale (`row(statement)`). */
export class ConditionsScan extends RatingScan {
  constructor(page: Page) {
    super(page, /Condities-scan|Conditions scan/);
  }

  /** The items of the list that follows the line `heading` in the profile. */
  async listAfter(heading: string | RegExp): Promise<string[]> {
    const line = this.region.getByText(heading);
    return line.evaluate((element) => {
      const list = element.nextElementSibling;
      return list && !(list as HTMLElement).hidden
        ? [...list.querySelectorAll('li')].map((item) => item.textContent?.trim() ?? '')
        : [];
    });
  }

  /** The visible discussion suggestions, in order. */
  suggestions(): Locator {
    return this.region
      .getByRole('heading', { name: /Wat je als team kunt bespreken|What to discuss next/ })
      .locator('xpath=following-sibling::ol[1]/li[not(@hidden)]');
  }
}

/** The widget contract (`widget-contract.ts`) for <condities-scan>: one statement rated by keyboard. */
export const conditiesScanContract = ratingScanContract({
  tag: 'condities-scan',
  path: 'modules/effecten-en-condities/',
  widget: (page) => new ConditionsScan(page),
  rated: { row: /^Elkaar om feedback vragen/, point: 2, printed: '2 oneens' },
  alsoAnswered: async (scan) => {
    expect(await scan.region.getByText('1 van de 12 uitspraken beantwoord.').isVisible()).toBe(true);
  },
});
