import type { Browser } from 'playwright-core';

/**
 * Times what a reader waits for on their first search of a visit: on a fresh page (empty
 * cache) the reader points at the search button, which starts loading the search UI, opens the
 * dialog and types `query`; timed in the page from the moment the query is in the box until the
 * first result shows. With `typeAtOnce` the query is typed the moment the box exists, so
 * Pagefind's script, WebAssembly and filters load within the time (no reader is that fast);
 * otherwise the query is typed once Pagefind has loaded them, which it starts when the box gets
 * focus, as a reader who reads the dialog for a moment finds it. One fresh context per run.
 */
export async function measureFirstQuery(
  browser: Browser,
  siteUrl: string,
  path: string,
  query: string,
  runs: number,
  typeAtOnce: boolean,
): Promise<number[]> {
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(path, siteUrl).href);
    const button = page.locator('button[data-open-modal]').first();
    await button.hover();
    await button.click();
    const input = page.locator('dialog input').first();
    await input.waitFor();
    if (!typeAtOnce) {
      // Pagefind starts loading when its box gets focus; if the box was focused as the UI was
      // being made, that focus can come before Pagefind listens: the reader's click into it.
      await input.click();
      await page.waitForFunction(
        () => document.querySelector('dialog summary.pagefind-ui__filter-name'),
        null,
        { timeout: 60_000 },
      );
    }
    await input.evaluate((box, text) => {
      const shown = new Promise<number>((resolve) => {
        const dialog = box.closest('dialog')!;
        new MutationObserver((_, observer) => {
          if (!dialog.querySelector('.pagefind-ui__result-link')) return;
          observer.disconnect();
          resolve(performance.now());
        }).observe(dialog, { childList: true, subtree: true });
      });
      const typed = performance.now();
      (box as HTMLInputElement).value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      (window as unknown as { firstResult: Promise<number> }).firstResult = shown.then((at) => at - typed);
    }, query);
    timings.push(
      await page.evaluate(() => (window as unknown as { firstResult: Promise<number> }).firstResult),
    );
    await context.close();
  }
  return timings;
}
