import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** Clicks (or presses Enter on) a button that offers a file; returns the file's name and content. */
async function downloadFrom(page: Page, button: Locator, by: 'mouse' | 'keyboard' = 'mouse') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    by === 'mouse' ? button.click() : button.press('Enter'),
  ]);
  return { name: download.suggestedFilename(), content: await readFile((await download.path())!) };
}

/** "Opdracht samenstellen" as a teacher educator uses it. */
export class AssignmentBuilder {
  constructor(readonly page: Page) {}

  /** A module's checkbox (in its fieldset's legend), by the module's title. */
  module(title: string | RegExp): Locator {
    return this.page.getByRole('checkbox', { name: title, exact: typeof title === 'string' });
  }

  /** The items of one module, as the group of checkboxes under it. */
  items(moduleTitle: string): Locator {
    return this.page.getByRole('list', {
      name: new RegExp(`(Wat meetelt in|What counts in) ${moduleTitle.replace(/[?]/g, '\\?')}`),
    });
  }

  item(moduleTitle: string, name: string | RegExp): Locator {
    return this.items(moduleTitle).getByRole('checkbox', { name });
  }

  /** Types into a field with the keyboard, as a teacher would. */
  async type(label: string | RegExp, text: string) {
    await this.page.getByLabel(label).first().focus();
    await this.page.keyboard.type(text);
  }

  link(): Locator {
    return this.page.getByRole('textbox', { name: /Link naar de opdracht|Link to the assignment/ });
  }

  linkStatus(): Locator {
    return this.page.locator('[data-link-status]');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** The page's own status line (the site-wide offline notice has one too, outside <main>). */
  status(): Locator {
    // Not the feedback viewer's, which has its own (`support/feedback.ts`).
    return this.page.getByRole('main').getByRole('status').and(this.page.locator(':not(feedback-inzien *)'));
  }

  qrCode(): Locator {
    return this.page.getByRole('img', {
      name: /QR-code met de link naar de opdracht|QR code with the link to the assignment/,
    });
  }

  sheet(): Locator {
    return this.page.locator('[data-sheet]');
  }

  /** Downloads the Common Cartridge with the mouse or the keyboard. */
  cartridge(by: 'mouse' | 'keyboard'): Promise<{ name: string; content: Buffer }> {
    return downloadFrom(this.page, this.button(/^(Download voor je leeromgeving|Download for your LMS)/), by);
  }
}

/** The assignment page a student opens from the link. */
export class AssignmentPage {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.locator('[data-title]');
  }

  problems(): Locator {
    return this.page.getByRole('region', {
      name: /Er is iets mis met deze link|Something is wrong with this link/,
    });
  }

  summary(): Locator {
    return this.page.locator('[data-summary]');
  }

  /** One module's part of the assignment, by its title. */
  module(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  modules(): Locator {
    return this.page.locator('.assignment-module-progress');
  }

  name(): Locator {
    return this.page.getByRole('textbox', { name: /Je naam|Your name/ });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  status(): Locator {
    return this.page.locator('[data-live]');
  }

  /** Clicks a hand-in button and returns the downloaded file's name and content. */
  export(name: string | RegExp): Promise<{ name: string; content: Buffer }> {
    return downloadFrom(this.page, this.button(name));
  }
}
