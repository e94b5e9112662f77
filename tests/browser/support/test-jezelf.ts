import type { Locator, Page } from 'playwright-core';
import { WidgetObject } from './widget-object';

/** "Test jezelf" at the end of a module, as a reader uses it. */
export class SelfTest extends WidgetObject {
  constructor(page: Page) {
    super(page, /^(Test jezelf|Test yourself)$/);
  }

  /** The radio groups, one per question, named by their legend ("Vraag 1 …"). */
  groups(): Locator {
    return this.region.getByRole('group', { name: /^(Vraag|Question) \d/ });
  }

  /** One question with its feedback, found by words of its legend. */
  question(legend: string | RegExp): Locator {
    return this.region.getByRole('listitem').filter({ has: this.page.getByRole('group', { name: legend }) });
  }

  option(legend: string | RegExp, option: string | RegExp): Locator {
    return this.question(legend).getByRole('radio', { name: option, exact: true });
  }

  /** The polite status line that says whether the chosen answer is right, and why. */
  feedback(legend: string | RegExp): Locator {
    return this.question(legend).getByRole('status');
  }

  /** The line under a question that says whether its answer was kept. */
  saved(legend: string | RegExp): Locator {
    return this.question(legend).locator('[data-saved]');
  }

  score(): Locator {
    return this.region.locator('[data-score]');
  }

  reset(): Locator {
    return this.region.getByRole('button', { name: /^(Begin opnieuw|Start again)$/ });
  }

  /** The status line beside the reset button. */
  resetStatus(): Locator {
    return this.region.getByRole('status').last();
  }
}
