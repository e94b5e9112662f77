import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { WidgetContract } from './widget-contract';
import { WidgetObject } from './widget-object';

/** A scan whose rows are each rated on a scale of radio buttons (`parts/RatingRow.astro`), as a reader uses it. */
export class RatingScan extends WidgetObject {
  /** The radio group of one row, by its legend. */
  row(name: string | RegExp): Locator {
    return this.region.getByRole('group', { name });
  }

  point(row: string | RegExp, point: number): Locator {
    return this.row(row).getByRole('radio', { name: new RegExp(`^${point} `) });
  }

  /** Clicks a point of the scale with the mouse. */
  async rate(row: string | RegExp, point: number) {
    await this.point(row, point).click();
  }

  /** Rates with the keyboard only: Space takes the row's first point, then the right arrow moves up to `point`. */
  async rateByKeyboard(row: string | RegExp, point: number) {
    await this.point(row, 1).focus();
    await this.page.keyboard.press('Space');
    for (let step = 1; step < point; step++) await this.page.keyboard.press('ArrowRight');
  }

  status(): Locator {
    return this.region.getByRole('status');
  }
}

/**
 * The widget contract (`widget-contract.ts`) of a rating scan: its one thing answered by keyboard
 * is `rated.row` rated `rated.point`, which then shows checked and prints as the row's text
 * `rated.printed` ("2 oneens") in place of its radio buttons, which do not print, nor do the buttons.
 */
export function ratingScanContract<Scan extends RatingScan>(scan: {
  tag: string;
  path: string;
  widget: (page: Page) => Scan;
  rated: { row: RegExp; point: number; printed: string };
  /** What else shows once `rated` is rated (a count, a table). */
  alsoAnswered: (scan: Scan) => Promise<void>;
  /** What else prints then. */
  alsoPrinted?: (scan: Scan) => Promise<void>;
}): WidgetContract<Scan> {
  const { tag, path, widget, rated } = scan;
  return {
    tag,
    path,
    widget,
    answerByKeyboard: (widget) => widget.rateByKeyboard(rated.row, rated.point),
    expectAnswered: async (widget) => {
      expect(await widget.point(rated.row, rated.point).isChecked()).toBe(true);
      await scan.alsoAnswered(widget);
    },
    notPrinted: (widget) => widget.row(rated.row).getByRole('radio').or(widget.region.getByRole('button')),
    expectPrinted: async (widget) => {
      await scan.alsoPrinted?.(widget);
      const printed = widget.row(rated.row).getByRole('paragraph');
      expect(await printed.isVisible()).toBe(true);
      await expect(printed.textContent()).resolves.toBe(rated.printed);
    },
  };
}
