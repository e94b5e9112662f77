import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { RatingScan, ratingScanContract } from './rating-scan';

/** The seven-qualities self-scan, as a reader uses it: each quality is a row (`row("1. Een perspectief …")`). */
export class QualitiesScan extends RatingScan {
  constructor(page: Page) {
    super(page, /Zelfscan zeven kwaliteiten|Seven qualities self-scan/);
  }

  mode(name: string | RegExp): Locator {
    return this.region.getByRole('group', { name: /Over wie|Whom/ }).getByRole('radio', { name });
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
}

/** The widget contract (`widget-contract.ts`) for <zeven-kwaliteiten-scan>: one quality rated by keyboard. */
export const zevenKwaliteitenScanContract = ratingScanContract({
  tag: 'zeven-kwaliteiten-scan',
  path: 'modules/zeven-kwaliteiten/',
  widget: (page) => new QualitiesScan(page),
  rated: { row: /^1\. Een perspectief/, point: 3, printed: '3 redelijk' },
  alsoAnswered: async (scan) => {
    expect((await scan.tableRows())[1]).toEqual(['Perspectief', '3']);
  },
  alsoPrinted: async (scan) => {
    expect(await scan.table().isVisible()).toBe(true);
  },
});
