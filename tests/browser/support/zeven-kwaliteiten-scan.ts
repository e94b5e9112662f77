import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { WidgetContract } from './widget-contract';

/** The seven-qualities self-scan, as a reader uses it. */
export class QualitiesScan {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /Zelfscan zeven kwaliteiten|Seven qualities self-scan/ });
  }

  /** The radio group of a quality, by its legend ("1. Een perspectief …"). */
  quality(name: string | RegExp): Locator {
    return this.region.getByRole('group', { name });
  }

  point(quality: string | RegExp, point: number): Locator {
    return this.quality(quality).getByRole('radio', { name: new RegExp(`^${point} `) });
  }

  /** Clicks a point of the scale with the mouse. */
  async rate(quality: string | RegExp, point: number) {
    await this.point(quality, point).click();
  }

  mode(name: string | RegExp): Locator {
    return this.region.getByRole('group', { name: /Over wie|Whom/ }).getByRole('radio', { name });
  }

  button(name: string | RegExp): Locator {
    return this.region.getByRole('button', { name });
  }

  chart(): Locator {
    return this.region.getByRole('img');
  }

  table(): Locator {
    return this.region.getByRole('table');
  }

  /** The table as text rows, header first, skipping hidden columns. */
  async tableRows(): Promise<string[][]> {
    return this.table().evaluate((table: HTMLTableElement) =>
      [...table.rows].map((row) =>
        [...row.cells].filter((cell) => !cell.hidden).map((cell) => cell.textContent?.trim() ?? ''),
      ),
    );
  }

  status(): Locator {
    return this.region.getByRole('status');
  }

  notice(): Locator {
    return this.region.getByRole('alert');
  }
}

const perspectief = /^1\. Een perspectief/;
/** The widget contract (`widget-contract.ts`) for <zeven-kwaliteiten-scan>: one thing answered by keyboard. */
export const zevenKwaliteitenScanContract: WidgetContract<QualitiesScan> = {
  tag: 'zeven-kwaliteiten-scan',
  path: 'modules/zeven-kwaliteiten/',
  widget: (page) => new QualitiesScan(page),
  answerByKeyboard: async (scan, page) => {
    await scan.point(perspectief, 1).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
  },
  expectAnswered: async (scan) => {
    expect(await scan.point(perspectief, 3).isChecked()).toBe(true);
    expect((await scan.tableRows())[1]).toEqual(['Perspectief', '3']);
  },
  notPrinted: (scan) => scan.quality(perspectief).getByRole('radio').or(scan.region.getByRole('button')),
  expectPrinted: async (scan) => {
    expect(await scan.table().isVisible()).toBe(true);
    const printed = scan.quality(perspectief).getByRole('paragraph');
    expect(await printed.isVisible()).toBe(true);
    await expect(printed.textContent()).resolves.toBe('3 redelijk');
  },
};
