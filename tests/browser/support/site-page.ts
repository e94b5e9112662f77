import type { Locator, Page } from 'playwright-core';

/** A page of the built site, seen as a reader sees it. */
export class SitePage {
  constructor(
    readonly page: Page,
    private readonly siteUrl: string,
  ) {}

  async open(path = '') {
    const response = await this.page.goto(new URL(path, this.siteUrl).href);
    return response;
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async language(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  /** Picks a language in the header's language menu (the first: the desktop header). */
  async switchLanguage(label: string) {
    const before = this.page.url();
    await Promise.all([
      this.page.waitForURL((url) => url.href !== before),
      this.page
        .getByRole('combobox', { name: /taal|language/i })
        .first()
        .selectOption({ label }),
    ]);
  }

  /** Opens the search dialog, types a query and returns the result links once they show. */
  async search(query: string): Promise<Locator> {
    await this.page
      .getByRole('button', { name: /zoeken|search/i })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill(query);
    const results = dialog.locator('.pagefind-ui__result-link');
    await results.first().waitFor();
    return results;
  }
}
