import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { KitPresenter } from './support/kit-presenter';
import { axeInBothThemes, axeViolations, horizontalOverflow, openPage } from './support/widget-page';

const browser = useBrowser();
const minute = 60_000;

/** A kit page at this viewport, with Playwright's clock in charge of the page's time. */
async function openKit(path: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  await context.clock.install({ time: new Date('2026-12-02T09:00:00Z') });
  const { page, errors } = await openPage(browser, path, { context });
  // From here on the page's time moves only when the test moves it, across reloads too.
  await page.clock.pauseAt(new Date('2026-12-02T09:01:00Z'));
  return { presenter: new KitPresenter(page), page, errors };
}

describe('the presenter view of a workshop kit', () => {
  it('shows the plan one step at a time, by mouse and by keys, with a timer that runs, pauses and says once when the time is up, and resumes after a reload (1280×720)', async () => {
    const { presenter, page, errors } = await openKit('werkvormen/vier-vormen-in-onze-school/', {
      width: 1280,
      height: 720,
    });
    await presenter.openButton().click();
    await expect.poll(() => presenter.view().isVisible()).toBe(true);
    expect(await presenter.position().textContent()).toBe('Stap 1 van 6');
    expect(await presenter.stepTitle().textContent()).toBe('Opening');
    expect(await presenter.view().textContent()).toContain('Je noemt het doel en de twee vragen');
    expect(await presenter.view().textContent()).toContain(
      'kiest welke vorm het komend jaar meer ruimte krijgt',
    );
    expect(await presenter.clock().textContent()).toBe('5:00');
    expect(await presenter.timerState().textContent()).toBe('De tijd staat stil.');
    // The whole window is the presenter's, its controls on screen.
    expect(await presenter.view().boundingBox()).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
    expect(await presenter.inViewport(presenter.button('Volgende stap'))).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);

    await presenter.listen();
    await presenter.button('Start de tijd').click();
    await page.clock.runFor(minute);
    expect(await presenter.clock().textContent()).toBe('4:00');
    expect(await presenter.timerState().textContent()).toBe('De tijd loopt.');
    await page.keyboard.press(' ');
    await page.clock.runFor(minute);
    expect(await presenter.clock().textContent()).toBe('4:00');
    expect(await presenter.button('Start de tijd').isVisible()).toBe(true);
    expect(await presenter.said(), 'nothing said while the time runs').toEqual([]);

    await page.keyboard.press('ArrowRight');
    expect(await presenter.stepTitle().textContent()).toBe('Opwarmen');
    expect(await presenter.clock().textContent()).toBe('10:00');
    await presenter.button('Volgende stap').click();
    expect(await presenter.stepTitle().textContent()).toBe('Eigen voorbeelden');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    expect(await presenter.stepTitle().textContent()).toBe('Opening');
    expect(await presenter.button('Vorige stap').isDisabled()).toBe(true);
    await presenter.button('Volgende stap').click();
    await presenter.button('Vorige stap').click();
    expect(await presenter.announcement().textContent()).toBe('Stap 1 van 6: Opening.');

    // The step's whole five minutes, then two more: its end is said once, not every second.
    await page.keyboard.press(' ');
    await page.clock.runFor(5 * minute - 1000);
    expect(await presenter.clock().textContent()).toBe('0:01');
    const before = (await presenter.said()).length;
    await page.clock.runFor(2 * minute);
    expect(await presenter.clock().textContent()).toBe('0:00');
    expect(await presenter.timerState().textContent()).toBe('De tijd voor deze stap is om.');
    expect((await presenter.said()).slice(before)).toEqual([
      'De tijd voor stap 1, Opening, is om. Hierna komt: Opwarmen.',
    ]);

    await presenter.button('Gespreksvragen tonen').click();
    expect(await presenter.view().getByRole('listitem').first().textContent()).toContain(
      'Welke vorm komt op onze wand het meest voor',
    );
    // Axe waits on timers of its own: time runs while it checks, with the step's time already up.
    await page.clock.resume();
    expect(await axeInBothThemes(page, (page) => axeViolations(page, 'dialog'))).toEqual({
      light: [],
      dark: [],
    });
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + minute);

    // Moving on keeps the time running; a reload comes back at that step and time.
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(3 * minute);
    expect(await presenter.clock().textContent()).toBe('7:00');
    await page.reload();
    await expect.poll(() => presenter.view().isVisible()).toBe(true);
    expect(await presenter.stepTitle().textContent()).toBe('Opwarmen');
    expect(await presenter.clock().textContent()).toBe('7:00');
    expect(await presenter.timerState().textContent()).toBe('De tijd loopt.');
    expect(await presenter.announcement().textContent()).toBe(
      'Je gaat verder waar je was: stap 2, met 7:00 over.',
    );
    expect(await presenter.notice().isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await presenter.view().isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('works in English on a tablet, says so when the saved time does not fit the clock, and stays hidden without JavaScript', async () => {
    const { presenter, page, errors } = await openKit('en/werkvormen/paradox-dialoog/', {
      width: 820,
      height: 1180,
    });
    await presenter.openButton().click();
    expect(await presenter.position().textContent()).toBe('Step 1 of 6');
    expect(await presenter.stepTitle().textContent()).toBe('Opening');
    await presenter.button('Next step').click();
    expect(await presenter.stepTitle().textContent()).toBe('Case');
    expect(await presenter.clock().textContent()).toBe('10:00');
    for (const part of [presenter.button('Next step'), presenter.clock(), presenter.button('Close')])
      expect(await presenter.inViewport(part)).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);

    // A position saved "in the future": the device's clock was set back since.
    await page.evaluate(() => {
      const key = 'leiderschap-van-leraren:presenteren:en/werkvormen/paradox-dialoog';
      const saved = JSON.parse(sessionStorage.getItem(key)!);
      sessionStorage.setItem(
        key,
        JSON.stringify({
          ...saved,
          running: true,
          remainingMs: 4 * 60_000,
          savedAt: Date.now() + 86_400_000,
        }),
      );
    });
    await page.reload();
    await expect.poll(() => presenter.view().isVisible()).toBe(true);
    expect(await presenter.clock().textContent()).toBe('4:00');
    expect(await presenter.notice().textContent()).toBe(
      "The saved time did not fit this device's clock. The timer continues from 4:00.",
    );
    expect(errors).toEqual([]);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(new URL('werkvormen/paradox-dialoog/', inject('siteUrl')).href);
    expect(await new KitPresenter(plain).openButton().count()).toBe(0);
    expect(await plain.getByRole('table').first().isVisible()).toBe(true);
  });

  // start.ts and the recorder's start.ts: the kit page loads these elements on demand.
  it('says so, in the page, when the presenter or the session recorder cannot load (offline before they were kept)', async () => {
    const context = await browser.newContext();
    await context.route(/\/_astro\/element\.[\w-]+\.js$/, (route) => route.abort());
    const { page } = await openPage(browser, 'werkvormen/paradox-dialoog/', { context });
    const presenter = new KitPresenter(page);
    await presenter.openButton().click();
    await expect
      .poll(() => page.locator('#presenter-intro').textContent())
      .toBe(
        'De presentatie kon niet worden geopend: een deel van de site laadde niet. Laad de pagina opnieuw en probeer het nog eens.',
      );
    expect(await presenter.view().isVisible()).toBe(false);

    await page.getByText('Deze sessie vastleggen').click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Vastleggen lukt nu niet' }).count())
      .toBe(1);
    expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
  });

  // The recorder's start.ts: a form sent before the recorder's code has come is sent again once it has.
  it('records a session sent before the recorder has loaded, with the day it shows', async () => {
    const context = await browser.newContext();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/_astro\/element\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const { page } = await openPage(browser, 'werkvormen/paradox-dialoog/', { context });
    await page.getByText('Deze sessie vastleggen').click();
    // Set as the form opens (its toggle event comes in a task of its own).
    await expect
      .poll(() => page.getByLabel('Datum van de sessie').inputValue())
      .toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByLabel('Eigen aantekeningen (niet verplicht)').fill('Vooraf getypt.');
    await page.getByRole('button', { name: 'Sessie vastleggen' }).click();
    release();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Vastgelegd' }).count()).toBe(1);
    expect(await page.getByLabel('Eigen aantekeningen (niet verplicht)').inputValue()).toBe('Vooraf getypt.');
  });
});
