import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { savedAnswer } from './seeded-store';
import { openPage, type OpenOptions } from './widget-page';

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
    // Not the feedback viewer's (`support/feedback.ts`) nor the dossier's, which have their own.
    return this.page
      .getByRole('main')
      .getByRole('status')
      .and(this.page.locator(':not(feedback-inzien *):not(bekwaamheids-dossier *)'));
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

  /** The 7-day backup offer at the top. */
  backupOffer(): Locator {
    return this.page.getByRole('region', { name: /Tijd voor een reservekopie|Time for a backup/ });
  }

  /** The sentences under "Wat wordt bewaard" on whether the browser keeps the storage, and its space. */
  storageStatus(): Promise<string[]> {
    return this.page.locator('[data-storage-kept], [data-storage-space]').allTextContents();
  }

  /** Clicks an export button and returns the downloaded file's name and content. */
  async export(name: string | RegExp): Promise<{ name: string; content: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(name).click()]);
    return { name: download.suggestedFilename(), content: await readFile((await download.path())!) };
  }

  async import(name: string, content: string | Buffer, mimeType = 'application/json') {
    await this.#fileInput().setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  /**
   * Imports the file at `path` on this machine. The browser reads it from disk, so a file of
   * many megabytes costs no copy through the DevTools protocol, as `import` would.
   */
  async importFromDisk(path: string) {
    await this.#fileInput().setInputFiles(path);
  }

  #fileInput(): Locator {
    return this.page.getByLabel(/JSON-export van deze site|JSON export of this site/);
  }

  /** Everything the site keeps in localStorage, to prove that something did not change. */
  storage(): Promise<Record<string, string>> {
    return this.page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }
}

/**
 * `openPortfolio(stored?, options?)` for a test file: opens "Mijn werk" (or `options.path`) in a
 * fresh context whose storage holds `stored` (once: a reload keeps what the page did).
 */
export const portfolioOpener =
  (browser: Browser) =>
  async (stored?: object | string, options: OpenOptions & { path?: string } = {}) => {
    const { path = 'mijn-werk/', ...openOptions } = options;
    if (stored !== undefined) openOptions.storage = { store: stored };
    const opened = await openPage(browser, path, openOptions);
    return { ...opened, portfolio: new Portfolio(opened.page) };
  };

/** A reflection question's answer as the store keeps it, written on `page` under `prompt`. */
export const savedReflection = (page: string, prompt: string, text: string) =>
  savedAnswer('reflectie-vragen', text, { text, savedAt: '2026-11-20T10:00:00.000Z', page, prompt });

/** The store most tests open "Mijn werk" with: an answer in a Dutch module and one in an English one. */
export const twoAnswers = {
  version: 2,
  answers: {
    'de-paradox#0': savedReflection(
      '/modules/de-paradox/',
      'Waar legt jouw school het accent?',
      'Op de gezamenlijke uitdaging.\nMet een tweede regel.',
    ),
    'vier-vormen#1': savedReflection(
      '/en/modules/vier-vormen/',
      'Which form do you see?',
      'Initiators, mostly.',
    ),
  },
  deleted: {},
  visits: { '/modules/de-paradox/': '2026-11-20T09:00:00.000Z' },
};
