import type { Locator, Page } from 'playwright-core';

/** "Stap terug, stap vooruit" in the module on the school leader's role, as a reader uses it. */
export class StapTerug {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /Stap terug, stap vooruit|Step back, step forward/ });
  }

  /** The card of one situation, found by its title. */
  scenario(title: string | RegExp): Locator {
    return this.region.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name: title }) });
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
  async shownConsiderations(title: string | RegExp): Promise<string[]> {
    return this.scenario(title)
      .getByRole('heading', { level: 4 })
      .evaluateAll((headings) => headings.filter((heading) => heading.checkVisibility()).map((heading) => heading.textContent?.trim() ?? ''));
  }

  notice(): Locator {
    return this.region.getByRole('alert');
  }

  /** Types a note with the keyboard and leaves the box. */
  async write(title: string | RegExp, text: string) {
    await this.note(title).focus();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }
}
