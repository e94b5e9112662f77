import type { Locator, Page } from 'playwright-core';

/** `<feedback-inzien>` on Mijn werk or the assignment page, as a student uses it. */
export class FeedbackViewer {
  constructor(readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: /^(Feedback van je docent|Feedback from your teacher)$/ });
  }

  /** Opens a feedback file in the field, as "Choose file" does, and waits until the status line says what happened. */
  async open(name: string, text: string | Buffer) {
    await this.page
      .getByLabel(/^(Open een feedbackbestand|Open a feedback file)/)
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    // Choosing a file empties the status line; it speaks again once the file is read.
    await this.status().filter({ hasText: /./ }).waitFor();
  }

  status(): Locator {
    return this.region().getByRole('status');
  }

  /** Each feedback shown, as its text reads on screen. */
  items(): Promise<string[]> {
    return this.region().locator('article').allInnerTexts();
  }
}
