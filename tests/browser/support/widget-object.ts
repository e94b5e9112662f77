import type { Locator, Page } from 'playwright-core';

/**
 * What every widget's page object starts from: the widget is a region with a name of its own,
 * holding its buttons and, as its alert, the store's notice (damaged, blocked or full storage).
 */
export class WidgetObject {
  readonly region: Locator;

  constructor(
    readonly page: Page,
    name: RegExp,
  ) {
    this.region = page.getByRole('region', { name });
  }

  button(name: string | RegExp): Locator {
    return this.region.getByRole('button', { name });
  }

  notice(): Locator {
    return this.region.getByRole('alert');
  }
}

/** The trimmed texts of those of `elements` that show now (a hidden one, or one in a closed part, is left out). */
export const shownTexts = (elements: Locator): Promise<string[]> =>
  elements.evaluateAll((found) =>
    found.filter((element) => element.checkVisibility()).map((element) => element.textContent?.trim() ?? ''),
  );
