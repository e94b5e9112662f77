import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { parsePolicy } from '../../../src/site/csp-policy';

/**
 * A fresh context whose pages report every Content-Security-Policy violation: the
 * `securitypolicyviolation` events of each document, and the browser's console messages
 * about the policy (which also come from workers and from a policy the browser ignores).
 */
export async function recordingContext(browser: Browser, options: BrowserContextOptions = {}) {
  // With the service worker: what it fetches and runs is under the policy too.
  const context = await browser.newContext({ serviceWorkers: 'allow', ...options });
  const violations: string[] = [];
  await context.exposeBinding('reportViolation', ({ page }, text: string) =>
    violations.push(`${page.url()}: ${text}`),
  );
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      ),
    ),
  );
  context.on('console', (message) => {
    if (/content security policy/i.test(message.text()))
      violations.push(`${message.page()?.url()}: ${message.text()}`);
  });
  return { context, violations };
}

/** The sources of a directive in a page's `<meta>` policy. */
export async function metaSources(page: Page, directive: string) {
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  return parsePolicy(policy ?? '').get(directive);
}

/**
 * Waits until the page has done what it does after `load`: the browser's first idle moment
 * (when Starlight loads the search UI) and the service worker's registration (on `load`).
 */
export async function settled(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
}
