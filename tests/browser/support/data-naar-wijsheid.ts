import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { WidgetObject } from './widget-object';
import type { WidgetContract } from './widget-contract';

/** The five-equal-days exercise in "Van data naar wijsheid", as a reader uses it. */
export class DataToWisdom extends WidgetObject {
  constructor(page: Page) {
    super(page, /Van data naar wijsheid|From data to wisdom/);
  }

  slider(name: string | RegExp): Locator {
    return this.region.getByRole('slider', { name });
  }

  minResponse(): Locator {
    return this.slider(/Minimale respons|Minimum response/);
  }

  minFavour(): Locator {
    return this.slider(/Minimaal aandeel|Minimum share/);
  }

  parentWeight(): Locator {
    return this.slider(/Gewicht van de ouders|Weight of the parents/);
  }

  /** The live decision with its reasons. */
  decision(): Locator {
    return this.region.getByRole('status', { name: /Besluit|Decision/ });
  }

  reflection(): Locator {
    return this.region.getByRole('textbox', { name: /Wat leert het team|What does the team learn/ });
  }

  /** Moves a slider with the keyboard: focus, then a key `times` times. */
  async press(slider: Locator, key: string, times = 1) {
    await slider.focus();
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }
}

/** The widget contract (`widget-contract.ts`) for <data-naar-wijsheid>: one thing answered by keyboard. */
export const dataNaarWijsheidContract: WidgetContract<DataToWisdom> = {
  tag: 'data-naar-wijsheid',
  path: 'modules/van-data-naar-wijsheid/',
  widget: (page) => new DataToWisdom(page),
  answerByKeyboard: (widget) => widget.press(widget.parentWeight(), 'ArrowRight', 10),
  expectAnswered: async (widget) => {
    await expect(widget.parentWeight().inputValue()).resolves.toBe('60');
    await expect(widget.decision().textContent()).resolves.toMatch(/Met deze normen: invoeren\./);
  },
  expectPrinted: async (widget) => {
    expect(
      await widget.region
        .getByText('Normen: respons ≥ 50 %, voor ≥ 50 %, ouders 60 %. Besluit: invoeren.')
        .isVisible(),
    ).toBe(true);
  },
};
