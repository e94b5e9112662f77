import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { WidgetObject, shownTexts } from './widget-object';
import type { WidgetContract } from './widget-contract';

/** The paradox dilemma in the module on the paradox, as a reader uses it. */
export class ParadoxDilemma extends WidgetObject {
  constructor(page: Page) {
    super(page, /^Dilemma/);
  }

  slider(): Locator {
    return this.region.getByRole('slider');
  }

  argument(name: string | RegExp): Locator {
    return this.region.getByRole('checkbox', { name });
  }

  note(): Locator {
    return this.region.getByRole('textbox');
  }

  researchButton(): Locator {
    return this.region.getByRole('button', {
      name: /Hoe deze site de verkenning leest|How this site reads the exploration/,
    });
  }

  /** The headings of the research's word on each part of the scale that are shown now. */
  shownFeedback(): Promise<string[]> {
    return shownTexts(this.region.getByRole('heading', { level: 4 }));
  }

  /** The position in words, as shown under the slider. */
  where(): Locator {
    return this.region.locator('[data-choice-words]');
  }

  status(): Locator {
    return this.region.getByRole('status');
  }

  /** Answers by keyboard: moves the slider with `key`, ticks the arguments and writes the note. */
  async answer(key: string, argumentNames: (string | RegExp)[], note: string) {
    await this.slider().focus();
    await this.page.keyboard.press(key);
    for (const name of argumentNames) await this.argument(name).check();
    await this.write(note);
  }

  /** Types a note with the keyboard and leaves the box. */
  async write(text: string) {
    await this.note().focus();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }
}

/** The widget contract (`widget-contract.ts`) for <paradox-dilemma>: one thing answered by keyboard. */
export const paradoxDilemmaContract: WidgetContract<ParadoxDilemma> = {
  tag: 'paradox-dilemma',
  path: 'modules/de-paradox/',
  widget: (page) => new ParadoxDilemma(page),
  answerByKeyboard: async (dilemma, page) => {
    await dilemma.slider().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
  },
  expectAnswered: async (dilemma) => {
    await expect(dilemma.slider().getAttribute('aria-valuetext')).resolves.toBe(
      'Positie 7 van 10 (dichter bij de gezamenlijke uitdaging)',
    );
    await expect(dilemma.where().textContent()).resolves.toBe(
      'Positie 7 van 10 (dichter bij de gezamenlijke uitdaging)',
    );
  },
  expectPrinted: async (dilemma) => {
    const printed = dilemma.region.locator('[data-print]');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.textContent()).toMatch(
      /^Positie 7 van 10 \(dichter bij de gezamenlijke uitdaging\)\./,
    );
  },
};
