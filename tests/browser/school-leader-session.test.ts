import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rating } from '../../src/widgets/rating/rating-scale';
import { useBrowser } from './support/fixtures';
import { KitPresenter } from './support/kit-presenter';
import { firstOfflineVisit, type OfflineSite } from './support/offline-site';
import { cardCode, cardUpload, qualitiesCard, TeamProfile } from './support/teamprofiel';
import { axeInBothThemes, axeViolations } from './support/widget-page';

// Issue 14's "done when": on one laptop with the network cut after the first visit, a school
// leader collects five team cards, shows and prints the team profile, and runs a kit's session
// from the presenter view, which a reload resumes at the step and time it was at. In Dutch by
// keyboard, in English by mouse.
const browser = useBrowser();
let site: OfflineSite | undefined;
afterEach(() => site?.remove());
const minute = 60_000;

/** Five members' cards of the qualities scan: Perspectief 1 to 5, Visie 5, the rest alike. */
const cards = [1, 2, 3, 4, 5].map((n) => qualitiesCard(n, [n as Rating, 5, 1, 3, 4, 2, 3]));

/** How many pages a PDF has, from its page objects. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

/** The team profile after a first visit, opened again from the service worker's copy with the network gone. */
async function offlineTeamProfile(path: string) {
  const context: BrowserContext = await browser.newContext({
    serviceWorkers: 'allow',
    viewport: { width: 1280, height: 720 },
  });
  const visit = await firstOfflineVisit(browser, path, { context });
  site = visit.site;
  await context.setOffline(true);
  await visit.site.stop();
  // From the reload on, the pages' time moves only when the test moves it.
  await context.clock.install();
  await visit.page.reload();
  return { ...visit, team: new TeamProfile(visit.page) };
}

/** Opens a kit page from the worker's copy and its presenter view, with the page's time standing still. */
async function presentKit(page: Page, path: string, by: 'mouse' | 'keyboard') {
  await page.goto(new URL(path, page.url()).href);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + minute);
  const presenter = new KitPresenter(page);
  if (by === 'mouse') await presenter.openButton().click();
  else await presenter.openButton().press('Enter');
  await expect.poll(() => presenter.view().isVisible(), { timeout: 15_000 }).toBe(true);
  return presenter;
}

const qualities = /^(Zeven kwaliteiten|Seven qualities)/;

describe('a school leader’s team session with the network cut', () => {
  it('in Dutch, by keyboard: two cards show only the reason, five the profile on one A4 sheet, and the session runs and resumes after a reload', async () => {
    const { page, team, errors } = await offlineTeamProfile('teamprofiel/');
    await team.pasteCodes(cards.slice(0, 2).map(cardCode));
    await expect(team.status().textContent()).resolves.toMatch(/^Nieuwe teamkaarten: 2\./);
    await expect(
      team
        .scan(qualities)
        .getByText(/minstens 3 teamkaarten/)
        .isVisible(),
    ).resolves.toBe(true);
    expect(await team.table(qualities)).toEqual([]);
    expect(await team.scan(qualities).locator('td').allTextContents()).toEqual(Array(7 * 6).fill(''));
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });

    await team.pasteCodes(cards.slice(2).map(cardCode));
    await expect(team.scan(qualities).getByText('5 teamkaarten van deze scan.').isVisible()).resolves.toBe(
      true,
    );
    expect((await team.table(qualities))[1]).toEqual(['Perspectief', '', '3', '2 – 4', '1 – 5']);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);

    const presenter = await presentKit(page, '../werkvormen/paradox-dialoog/', 'keyboard');
    expect(await presenter.position().textContent()).toBe('Stap 1 van 6');
    await page.keyboard.press('ArrowRight');
    expect(await presenter.stepTitle().textContent()).toBe('Casus');
    await page.keyboard.press(' ');
    await page.clock.runFor(3 * minute);
    expect(await presenter.clock().textContent()).toBe('7:00');
    await page.reload();
    await expect.poll(() => presenter.view().isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await presenter.stepTitle().textContent()).toBe('Casus');
    expect(await presenter.clock().textContent()).toBe('7:00');
    expect(await presenter.announcement().textContent()).toBe(
      'Je gaat verder waar je was: stap 2, met 7:00 over.',
    );
    // Axe waits on timers of its own: time runs while it checks.
    await page.clock.resume();
    expect(await axeInBothThemes(page, (page) => axeViolations(page, 'dialog'))).toEqual({
      light: [],
      dark: [],
    });
    expect(errors).toEqual([]);
  });

  it('in English, by mouse: cards chosen as files, the profile printed, and the session resumed after a reload', async () => {
    const { page, team, errors } = await offlineTeamProfile('en/teamprofiel/');
    await team.choose(cards.slice(0, 2).map((card, index) => cardUpload(card, `card-${index}.json`)));
    await expect(
      team
        .scan(qualities)
        .getByText(/at least 3 team cards/)
        .isVisible(),
    ).resolves.toBe(true);
    expect(await team.table(qualities)).toEqual([]);
    await team.choose(cards.slice(2).map((card, index) => cardUpload(card, `card-${index + 2}.json`)));
    await expect(team.scan(qualities).getByText('5 team cards of this scan.').isVisible()).resolves.toBe(
      true,
    );
    expect((await team.table(qualities))[1]).toEqual(['Perspective', '', '3', '2 – 4', '1 – 5']);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);

    const presenter = await presentKit(page, '../werkvormen/paradox-dialoog/', 'mouse');
    expect(await presenter.position().textContent()).toBe('Step 1 of 6');
    await presenter.button('Next step').click();
    expect(await presenter.stepTitle().textContent()).toBe('Case');
    await presenter.button('Start the time').click();
    await page.clock.runFor(4 * minute);
    expect(await presenter.clock().textContent()).toBe('6:00');
    await page.reload();
    await expect.poll(() => presenter.view().isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await presenter.stepTitle().textContent()).toBe('Case');
    expect(await presenter.clock().textContent()).toBe('6:00');
    await presenter.button('Close').click();
    expect(await presenter.view().isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});
