import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/fixtures';
import { SitePage } from './support/site-page';

const browser = useBrowser();
const module = 'modules/gespreid-leiderschap/';

/** Whether Starlight's table-of-contents element has been defined, that is, its script has run. */
const tocScriptRan = (page: Page) => page.evaluate(() => customElements.get('starlight-toc') !== undefined);

// Starlight's table of contents waits for the reader's first scroll, touch or key
// (src/site/starlight-scripts/): then it works as Starlight made it.
describe("Starlight's table of contents, loaded on the reader's first move", () => {
  it('on a wide screen, marks the section the reader scrolled to, its script loaded only once they scrolled', async () => {
    const site = new SitePage(
      await browser.newPage({ viewport: { width: 1280, height: 800 } }),
      inject('siteUrl'),
    );
    await site.open(module);
    const toc = site.page.getByRole('navigation', { name: 'Op deze pagina' }).last();
    await expect(toc.locator('a[aria-current="true"]').textContent()).resolves.toBe('Overzicht');
    await site.page.waitForTimeout(300);
    expect(await tocScriptRan(site.page)).toBe(false);

    const entry = toc.getByRole('link').nth(3);
    const section = (await entry.textContent())!.trim();
    const heading = site.page.locator(
      decodeURIComponent(new URL((await entry.getAttribute('href'))!, site.page.url()).hash),
    );
    await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(() => toc.locator('a[aria-current="true"]').textContent()).toBe(section);
    expect(await tocScriptRan(site.page)).toBe(true);
  });

  it('on a phone, shows the section chosen in the closed list', async () => {
    const site = new SitePage(
      await browser.newPage({ viewport: { width: 375, height: 700 } }),
      inject('siteUrl'),
    );
    await site.open(module);
    const summary = site.page.locator('mobile-starlight-toc summary');
    await expect(summary.locator('.display-current').textContent()).resolves.toBe('Overzicht');
    await summary.click();
    const list = site.page.locator('mobile-starlight-toc details');
    await expect(list.getAttribute('open')).resolves.toBe('');
    const choice = list.getByRole('link').nth(2);
    const section = (await choice.textContent())!.trim();
    await choice.click();
    await expect.poll(() => list.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await expect.poll(() => summary.locator('.display-current').textContent()).toBe(section);
  });
});
