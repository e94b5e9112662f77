import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { WidgetContract } from './widget-contract';

/** The conditions scan, as a reader uses it. */
export class ConditionsScan {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /Condities-scan|Conditions scan/ });
  }

  /** The radio group of a statement, by its text. */
  statement(text: string | RegExp): Locator {
    return this.region.getByRole('group', { name: text });
  }

  point(statement: string | RegExp, point: number): Locator {
    return this.statement(statement).getByRole('radio', { name: new RegExp(`^${point} `) });
  }

  async rate(statement: string | RegExp, point: number) {
    await this.point(statement, point).click();
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

  button(name: string | RegExp): Locator {
    return this.region.getByRole('button', { name });
  }

  status(): Locator {
    return this.region.getByRole('status');
  }

  notice(): Locator {
    return this.region.getByRole('alert');
  }
}

const feedback = /^Elkaar om feedback vragen/;
/** The widget contract (`widget-contract.ts`) for <condities-scan>: one thing answered by keyboard. */
export const conditiesScanContract: WidgetContract<ConditionsScan> = {
  tag: 'condities-scan',
  path: 'modules/effecten-en-condities/',
  widget: (page) => new ConditionsScan(page),
  answerByKeyboard: async (scan, page) => {
    await scan.point(feedback, 1).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
  },
  expectAnswered: async (scan) => {
    expect(await scan.point(feedback, 2).isChecked()).toBe(true);
    expect(await scan.region.getByText('1 van de 12 uitspraken beantwoord.').isVisible()).toBe(true);
  },
  notPrinted: (scan) => scan.statement(feedback).getByRole('radio').or(scan.region.getByRole('button')),
  expectPrinted: async (scan) => {
    const printed = scan.statement(feedback).getByRole('paragraph');
    expect(await printed.isVisible()).toBe(true);
    await expect(printed.textContent()).resolves.toBe('2 oneens');
  },
};
