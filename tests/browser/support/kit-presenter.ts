import type { Locator, Page } from 'playwright-core';

/** The presenter view of a workshop kit (`<kit-presenter>`), as a facilitator uses it. */
export class KitPresenter {
  constructor(readonly page: Page) {}

  openButton(): Locator {
    return this.page.getByRole('button', { name: /^(Presenteren|Present)$/ });
  }

  view(): Locator {
    return this.page.getByRole('dialog');
  }

  button(name: string | RegExp): Locator {
    return this.view().getByRole('button', { name });
  }

  stepTitle(): Locator {
    return this.view().getByRole('heading', { level: 2 });
  }

  position(): Locator {
    return this.view().locator('[data-position]');
  }

  clock(): Locator {
    return this.view().getByRole('timer');
  }

  timerState(): Locator {
    return this.view().locator('[data-timer-state]');
  }

  /** What the view says politely to screen readers. */
  announcement(): Locator {
    return this.view().getByRole('status');
  }

  notice(): Locator {
    return this.view().locator('[data-notice]');
  }

  /**
   * Starts recording every text the polite status line is given, so that a test can tell one
   * announcement from one a second; `said()` returns them.
   */
  async listen() {
    await this.page.evaluate(() => {
      const line = document.querySelector('kit-presenter [role="status"]')!;
      const said: string[] = [];
      Object.assign(window, { presenterSaid: said });
      new MutationObserver(() => said.push(line.textContent ?? '')).observe(line, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  }

  said(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { presenterSaid: string[] }).presenterSaid);
  }

  /** Whether the part's box lies inside the viewport, nothing cut off at any side. */
  async inViewport(locator: Locator): Promise<boolean> {
    const box = await locator.boundingBox();
    const viewport = this.page.viewportSize()!;
    return (
      box !== null &&
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= viewport.width &&
      box.y + box.height <= viewport.height
    );
  }
}
