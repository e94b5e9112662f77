import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { withoutBase } from '../../../src/lib/with-base';
import { siteDir } from '../../support/built-sites';

/** Pagefind's filter chunks of one language (`nl_….pf_filter`), one per filter; both builds have the same. */
const filterChunks = (lang: string) =>
  readdirSync(join(siteDir('root'), 'pagefind', 'filter')).filter((name) => name.startsWith(`${lang}_`));

/** The site's search dialog (Starlight's, with Pagefind's results and filter panel), as a reader uses it. */
export class SearchDialog {
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    private readonly base = '/',
  ) {
    this.dialog = page.getByRole('dialog');
  }

  async open() {
    await this.page
      .getByRole('button', { name: /zoeken|search/i })
      .first()
      .click();
    await this.input().waitFor();
  }

  input(): Locator {
    return this.dialog.getByRole('textbox').first();
  }

  /** The line that says how many results there are, e.g. "15 resultaten voor paradox". */
  message(): Locator {
    return this.dialog.locator('.pagefind-ui__message');
  }

  /**
   * Waits until the search has loaded every filter, then searches (`search`). Pagefind counts
   * only the filters it has loaded when a search runs, and its filter panel opens every group
   * for good if the first set it gets has a single small group; so a query typed too soon
   * shows fewer groups, all open. Pagefind draws the groups of the filters it has loaded in
   * its drawer, still hidden, before the first search: their number says when all are in.
   */
  async searchWithAllFilters(query: string) {
    const lang = (await this.page.locator('html').getAttribute('lang')) ?? '';
    const expected = filterChunks(lang).length;
    expect(expected, `filter chunks for ${lang}`).toBeGreaterThan(0);
    const groups = this.dialog.locator('summary.pagefind-ui__filter-name');
    // Pagefind starts loading when its box gets focus. The dialog focuses the box, unless the
    // search UI was only made after the dialog opened (it is made when the browser is first
    // idle, which on a busy machine can be late): then the reader's click into it does.
    await this.input().focus();
    await expect
      .poll(() => groups.count(), { message: 'filter groups loaded before typing', timeout: 30_000 })
      .toBe(expected);
    await this.search(query);
  }

  /** Types a query and waits for the first results and the filter panel. */
  async search(query: string) {
    await this.input().fill(query);
    await this.dialog.locator('.pagefind-ui__result-link').first().waitFor();
    await this.dialog.locator('.pagefind-ui__filter-panel').waitFor();
  }

  /** The heading that opens or closes a group of filters, e.g. "Soort". */
  filterGroup(name: string): Locator {
    return this.dialog.locator('summary.pagefind-ui__filter-name', { hasText: new RegExp(`^${name}$`) });
  }

  /** The checkbox of one filter value; its label also shows a count, e.g. "Werkvorm (3)". */
  filter(value: string): Locator {
    return this.dialog.getByRole('checkbox', { name: new RegExp(`^${value} \\(\\d+\\)$`) });
  }

  /** Opens the group (if closed) and ticks the value with the mouse, then waits for the results to change. */
  async applyFilter(group: string, value: string) {
    const details = this.filterGroup(group).locator('..');
    if ((await details.getAttribute('open')) === null) await this.filterGroup(group).click();
    await this.untilResultsChange(() => this.filter(value).check());
  }

  /** Does `action` and waits until the result count line says something else. */
  async untilResultsChange(action: () => Promise<void>) {
    const before = await this.message().textContent();
    await action();
    await this.page.waitForFunction(
      ([selector, text]) => {
        const message = document.querySelector(selector!);
        return (
          message !== null && message.textContent !== text && !/…|\.\.\./.test(message.textContent ?? '')
        );
      },
      ['dialog .pagefind-ui__message', before],
    );
  }

  /** The site-root path of every page in the results, after loading all of them. */
  async resultPaths(): Promise<string[]> {
    const more = this.dialog.locator('.pagefind-ui__results-area > .pagefind-ui__button');
    for (let clicks = 0; clicks < 20 && (await more.count()) > 0; clicks++) await more.click();
    // Pagefind fills in each result once its fragment has loaded.
    await this.page.waitForFunction(() =>
      [...document.querySelectorAll('dialog .pagefind-ui__result')].every((result) =>
        result.querySelector('.pagefind-ui__result-link'),
      ),
    );
    const links = this.dialog.locator(
      '.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link',
    );
    const paths = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    return paths.map((path) => withoutBase(path, this.base));
  }
}
