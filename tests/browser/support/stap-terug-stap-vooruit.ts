import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { WidgetObject, shownTexts } from './widget-object';
import type { WidgetContract } from './widget-contract';

/** "Stap terug, stap vooruit" in the module on the school leader's role, as a reader uses it. */
export class StapTerug extends WidgetObject {
  constructor(page: Page) {
    super(page, /Stap terug, stap vooruit|Step back, step forward/);
  }

  /** The card of one situation, found by its title. */
  scenario(title: string | RegExp): Locator {
    return this.region
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: title }) });
  }

  option(title: string | RegExp, option: string | RegExp): Locator {
    return this.scenario(title).getByRole('radio', { name: option });
  }

  note(title: string | RegExp): Locator {
    return this.scenario(title).getByRole('textbox');
  }

  status(title: string | RegExp): Locator {
    return this.scenario(title).getByRole('status');
  }

  /** The headings of the considerations that are shown now for a situation. */
  shownConsiderations(title: string | RegExp): Promise<string[]> {
    return shownTexts(this.scenario(title).getByRole('heading', { level: 4 }));
  }

  /** Types a note with the keyboard and leaves the box. */
  async write(title: string | RegExp, text: string) {
    await this.note(title).focus();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }
}

const stuck = 'Een werkgroep loopt vast';
/** The widget contract (`widget-contract.ts`) for <stap-terug-stap-vooruit>: one thing answered by keyboard. */
export const stapTerugStapVooruitContract: WidgetContract<StapTerug> = {
  tag: 'stap-terug-stap-vooruit',
  path: 'modules/rol-van-de-schoolleider/',
  widget: (page) => new StapTerug(page),
  answerByKeyboard: async (steps, page) => {
    await steps.option(stuck, 'Stap terug').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Een deadline.');
    await page.keyboard.press('Tab');
  },
  expectAnswered: async (steps) => {
    expect(await steps.option(stuck, 'Stap vooruit').isChecked()).toBe(true);
    expect(await steps.shownConsiderations(stuck)).toEqual(['Als je een stap vooruit doet']);
    await expect(steps.note(stuck).inputValue()).resolves.toBe('Een deadline.');
  },
  expectPrinted: async (steps) => {
    const printed = steps.scenario(stuck).locator('[data-print]');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.textContent()).toBe('stap vooruit. Toelichting: Een deadline.');
  },
};
