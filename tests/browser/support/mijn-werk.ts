import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** The "Mijn werk" page as a reader uses it. */
export class Portfolio {
  constructor(readonly page: Page) {}

  answers(): Locator {
    return this.page.locator('[data-answers]');
  }

  progress(): Locator {
    return this.page.locator('[data-progress-summary]');
  }

  /** The page's own status line (the site-wide offline notice has one too, outside <main>). */
  status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  storedItems(): Locator {
    return this.page.locator('[data-stored-items] li');
  }

  /** Clicks an export button and returns the downloaded file's name and content. */
  async export(name: string | RegExp): Promise<{ name: string; content: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(name).click()]);
    return { name: download.suggestedFilename(), content: await readFile((await download.path())!) };
  }

  async import(name: string, content: string | Buffer, mimeType = 'application/json') {
    await this.page
      .getByLabel(/JSON-export van deze site|JSON export of this site/)
      .setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  /** Everything the site keeps in localStorage, to prove that something did not change. */
  storage(): Promise<Record<string, string>> {
    return this.page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }
}
