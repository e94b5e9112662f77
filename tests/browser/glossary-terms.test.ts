import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { axeInBothThemes, axeViolations, horizontalOverflow, openPage } from './support/widget-page';

const browser = useBrowser();

describe('glossary terms in a module', () => {
  it('open their definition by mouse and by keyboard, close with Esc, lead to the glossary and print as notes', async () => {
    const { page } = await openPage(browser, 'modules/vier-vormen/', {
      viewport: { width: 320, height: 720 },
    });
    const term = page.getByRole('button', { name: 'Leiderschap van leraren: uitleg openen' });
    const definition = page.locator('.term-popover', {
      hasText: 'De Nederlandse term voor teacher leadership',
    });
    expect(await definition.isVisible()).toBe(false);

    await term.click();
    expect(await definition.isVisible()).toBe(true);
    // On a 320 px phone the definition fits the screen, and the paragraph does not widen the page.
    const box = (await definition.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The paragraph with the open term and its popover: the page audit runs axe on the whole page.
    const paragraph = 'p:has(> [popovertarget="term-leiderschap-van-leraren"])';
    expect(await axeInBothThemes(page, (page) => axeViolations(page, paragraph))).toEqual({
      light: [],
      dark: [],
    });
    await page.keyboard.press('Escape');
    expect(await definition.isVisible()).toBe(false);

    await term.focus();
    await page.keyboard.press('Enter');
    expect(await definition.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await definition.isVisible()).toBe(false);

    // In print: no popover, the term carries its number, and the notes at the end explain it.
    await page.emulateMedia({ media: 'print' });
    expect(await term.innerText()).toBe('Leiderschap van leraren1');
    const notes = page.locator('.term-notes', { hasText: 'De Nederlandse term voor teacher leadership' });
    expect(await notes.isVisible()).toBe(true);
    expect(await notes.getByRole('listitem').first().innerText()).toMatch(
      /^Leiderschap van leraren: De Nederlandse/,
    );
    await page.emulateMedia({ media: 'screen' });
    expect(await notes.isVisible()).toBe(false);

    await term.click();
    await definition.getByRole('link', { name: 'Meer in de begrippenlijst' }).click();
    await page.waitForURL(/\/begrippen\/#leiderschap-van-leraren$/);
    expect(await page.locator('dt:target').innerText()).toMatch(/^Leiderschap van leraren/);
  });

  it('are in English on an English module, and open by touch', async () => {
    const { page } = await openPage(browser, 'en/modules/vier-vormen/', { hasTouch: true });
    await page.getByRole('button', { name: 'Teacher leadership: open the definition' }).tap();
    const definition = page.locator('.term-popover', { hasText: 'Teachers who, beyond their own classroom' });
    expect(await definition.isVisible()).toBe(true);
    expect(await definition.getByRole('link', { name: 'More in the glossary' }).getAttribute('href')).toBe(
      '/en/begrippen/#teacher-leadership',
    );
  });
});
