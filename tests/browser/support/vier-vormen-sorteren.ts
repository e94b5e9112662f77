import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { WidgetObject } from './widget-object';
import type { WidgetContract } from './widget-contract';

/** The "Vier vormen sorteren" widget, as a reader uses it. */
export class FourFormsSorter extends WidgetObject {
  constructor(page: Page) {
    super(page, /Vier vormen sorteren|Sorting the four forms/);
  }

  /** The list of cards still to sort, or a cell's list, by its heading. */
  list(name: string | RegExp): Locator {
    return this.region.getByRole('list', { name });
  }

  /** A card's title (or an own practice's text) as it shows on the card, within `scope`. */
  titleIn(scope: Locator, title: string): Locator {
    return scope.locator('strong').filter({ hasText: new RegExp(`^${escape(title)}$`) });
  }

  /** A card, wherever it is, by its title. */
  card(title: string): Locator {
    return this.region
      .getByRole('listitem')
      .filter({ has: this.page.locator('strong').filter({ hasText: new RegExp(`^${escape(title)}$`) }) });
  }

  /** Places a card with the keyboard only: focus its cell box, choose with the arrow keys, press its button. */
  async placeByKeyboard(title: string, cell: string) {
    const select = this.cellBox(title);
    await select.focus();
    const options = await select.locator('option').allTextContents();
    const current = await select.evaluate((box: HTMLSelectElement) => box.selectedIndex);
    const target = options.indexOf(cell);
    if (target < 0) throw new Error(`no cell ${cell}`);
    for (let step = current; step !== target; step += target > current ? 1 : -1) {
      await this.page.keyboard.press(target > current ? 'ArrowDown' : 'ArrowUp');
    }
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
  }

  /** The list box on a card that says which cell it belongs to. */
  cellBox(title: string): Locator {
    return this.region.getByRole('combobox', { name: new RegExp(`^${escape(title)}: `) });
  }

  /** Drags a card by its head to the middle of a cell, with the mouse. */
  async drag(title: string, to: Locator) {
    const head = this.titleIn(this.card(title), title);
    await head.scrollIntoViewIfNeeded();
    const from = (await head.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 20, from.y + 20, { steps: 3 });
    await to.scrollIntoViewIfNeeded();
    const box = (await to.boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** A cell of the grid (its name, e.g. "Formeel en individueel"), as a drop target. */
  cell(name: string): Locator {
    return this.region
      .locator('[data-cell]')
      .filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${escape(name)}`) }) });
  }

  feedback(title: string): Locator {
    return this.card(title).locator('[data-feedback]');
  }

  score(): Locator {
    return this.region.locator('[data-score]');
  }

  status(): Locator {
    return this.region.getByRole('status');
  }

  async chooseMode(name: string | RegExp) {
    await this.region.getByRole('radio', { name }).check();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The widget contract (`widget-contract.ts`) for <vier-vormen-sorteren>: one thing answered by keyboard. */
export const vierVormenSorterenContract: WidgetContract<FourFormsSorter> = {
  tag: 'vier-vormen-sorteren',
  path: 'modules/vier-vormen/',
  widget: (page) => new FourFormsSorter(page),
  answerByKeyboard: (sorter) => sorter.placeByKeyboard('Onderzoeksdocent', 'Formeel en individueel'),
  expectAnswered: async (sorter) => {
    expect(await sorter.titleIn(sorter.list(/^Formeel en individueel/), 'Onderzoeksdocent').isVisible()).toBe(
      true,
    );
    await expect(sorter.feedback('Onderzoeksdocent').textContent()).resolves.toMatch(/^\s*Juist\./);
  },
  expectPrinted: async (sorter) => {
    expect(await sorter.titleIn(sorter.list(/^Formeel en individueel/), 'Onderzoeksdocent').isVisible()).toBe(
      true,
    );
    expect(await sorter.feedback('Onderzoeksdocent').isVisible()).toBe(true);
  },
};
