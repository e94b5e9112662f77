import { describe, expect, it, vi } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  axeViolations,
  horizontalOverflow,
  openPage,
  storeKey,
  storedAnswers,
  switchColorScheme,
  type OpenOptions,
} from './widget-page';
import type { WidgetOnPage } from './widget-test-file';

/**
 * What every answer widget promises (README, "Adding a widget"), checked the same way for each: it
 * works by keyboard, keeps its answer across a reload and shows it in a second tab, copes
 * with damaged, blocked and full storage, passes axe in light and dark before and after
 * answering, fits 320 px and prints the answer without its controls. A new widget gets all
 * of it with one line in its test file, `describeWidgetContract(itsContract, browser)`, where
 * `browser` is the file's (`useBrowser()`) and the contract sits beside its page object.
 */
export interface WidgetContract<Widget> extends WidgetOnPage<Widget> {
  /** Answers something with the keyboard only (focus, keys); a pointer event fails the contract. */
  answerByKeyboard: (widget: Widget, page: Page) => Promise<void>;
  /** Asserts (throws otherwise) that the answer given by `answerByKeyboard` shows on screen. */
  expectAnswered: (widget: Widget, page: Page) => Promise<void>;
  /** Asserts that, with print media, the answer shows in what prints. */
  expectPrinted: (widget: Widget, page: Page) => Promise<void>;
  /**
   * The chrome that must not print once answered: every control, unless the widget prints
   * some on purpose (a scan prints the boxes of the rows not yet rated, to fill in on paper).
   */
  notPrinted?: (widget: Widget) => Locator;
}

/** The store notice each storage state must raise, as the reader reads it. */
const notices = {
  damaged: /apart gezet, niet weggegooid/,
  blocked: /verdwijnen als je de pagina sluit/,
  full: /opslag van deze browser is vol/,
} as const;

/** The text of the damaged store `widget-page.ts` seeds, which must be set aside, not lost. */
const damagedText = '{"version":2,"answers":{"x"';

/** Widget chrome that has no place on paper: every control (the answer prints as text). */
const controls = 'button, input, select, textarea';

/** How long another tab or a reload may take to show an answer. */
const settle = { timeout: 5_000, interval: 50 };

export function describeWidgetContract<Widget>(contract: WidgetContract<Widget>, browser: Browser) {
  const { tag, path } = contract;

  async function open(options: OpenOptions = {}) {
    const opened = await openPage(browser, path, options);
    const root = opened.page.locator(tag);
    expect(await root.count(), `one <${tag}> on ${path}`).toBe(1);
    return { ...opened, root, widget: contract.widget(opened.page) };
  }

  /** Answers with the keyboard, and fails if the answer used a pointer or no key at all. */
  async function answer({ page, widget }: { page: Page; widget: Widget }) {
    await page.evaluate(() => {
      const counts = { keys: 0, pointers: 0 };
      Object.assign(window, { inputCounts: counts });
      for (const type of ['pointerdown', 'mousedown', 'touchstart']) {
        addEventListener(type, (event) => void (event.isTrusted && counts.pointers++), true);
      }
      addEventListener('keydown', (event) => void (event.isTrusted && counts.keys++), true);
    });
    await contract.answerByKeyboard(widget, page);
    const counts = await page.evaluate(
      () => (window as unknown as { inputCounts: { keys: number; pointers: number } }).inputCounts,
    );
    expect(counts.pointers, 'pointer events while answering by keyboard').toBe(0);
    expect(counts.keys, 'keys pressed while answering by keyboard').toBeGreaterThan(0);
  }

  const expectAnswered = (opened: { page: Page; widget: Widget }) =>
    contract.expectAnswered(opened.widget, opened.page);
  const notice = (root: Locator) => root.getByRole('alert');
  /** What the widget says about saving must not claim the answer is kept. */
  const expectNotClaimedKept = async (root: Locator) => {
    const text = await root.innerText();
    expect(text).toMatch(/Niet bewaard: zie de melding (hierboven|bovenaan)/);
    expect(text).not.toMatch(/Bewaard op dit apparaat/);
  };

  describe(`<${tag}> keeps the widget contract`, () => {
    // One page load for what a reader does on one visit: answering, looking, printing, coming
    // back on a phone. Four tests of their own opened the page and answered four times.
    it('passes axe before and after being answered by keyboard alone, in both themes, prints the answer without its controls, and after a reload on a 320 px screen shows it and fits', async () => {
      const opened = await open({ colorScheme: 'light' });
      // The whole page as it loads is every-page.test.ts's, in both themes; here the widget itself,
      expect(await axeViolations(opened.page, tag), 'initial, light').toEqual([]);
      await switchColorScheme(opened.page, 'dark');
      expect(await axeViolations(opened.page, tag), 'initial, dark').toEqual([]);
      await answer(opened);
      await expectAnswered(opened);
      expect(Object.keys(await storedAnswers(opened.page)).length, 'answers stored').toBeGreaterThan(0);
      expect(await opened.root.innerText()).not.toMatch(/Niet bewaard/);
      // and once answered the whole page, in case the answer changed anything outside the widget.
      expect(await axeViolations(opened.page), 'answered, dark').toEqual([]);
      await switchColorScheme(opened.page, 'light');
      expect(await axeViolations(opened.page), 'answered, light').toEqual([]);

      const shownControls = (contract.notPrinted?.(opened.widget) ?? opened.root.locator(controls)).filter({
        visible: true,
      });
      // Checked on screen first, so that a renamed control cannot make the print check vacuous.
      expect(await shownControls.count(), 'controls on screen').toBeGreaterThan(0);
      await opened.page.emulateMedia({ media: 'print' });
      expect(await shownControls.count(), 'controls in print').toBe(0);
      await contract.expectPrinted(opened.widget, opened.page);
      await opened.page.emulateMedia({ media: 'screen' });

      await opened.page.setViewportSize({ width: 320, height: 640 });
      await opened.page.reload();
      await expectAnswered(opened);
      expect(await horizontalOverflow(opened.page), 'page wider than 320 px').toBeLessThanOrEqual(0);
      const box = await opened.root.evaluate((element) => {
        const { left, right } = element.getBoundingClientRect();
        return { left, right, overflow: element.scrollWidth - element.clientWidth };
      });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(320);
      expect(box.overflow).toBeLessThanOrEqual(0);
      expect(opened.errors).toEqual([]);
    });

    it('shows the answer given in one tab in a second tab of the same browser', async () => {
      const first = await open();
      const second = await open({ context: first.context });
      await answer(first);
      await vi.waitFor(() => expectAnswered(second), settle);
      expect([...first.errors, ...second.errors]).toEqual([]);
    });

    it('sets damaged storage aside, says so, keeps working and saving, and passes axe answered with the notice, light and dark', async () => {
      const opened = await open({ colorScheme: 'light', storage: 'damaged' });
      await expect(notice(opened.root).textContent()).resolves.toMatch(notices.damaged);
      const setAside = await opened.page.evaluate(
        (key) =>
          Object.keys(localStorage)
            .filter((name) => name.startsWith(`${key}:apart:`))
            .map((name) => localStorage.getItem(name)),
        storeKey,
      );
      expect(setAside).toEqual([damagedText]);
      await answer(opened);
      await expectAnswered(opened);
      // Answered with the notice still showing: both states at once, in both themes. The
      // notice is part of the widget, so axe looks at the widget.
      expect(await notice(opened.root).isVisible()).toBe(true);
      expect(await axeViolations(opened.page, tag), 'light').toEqual([]);
      await switchColorScheme(opened.page, 'dark');
      expect(await axeViolations(opened.page, tag), 'dark').toEqual([]);
      await opened.page.reload();
      await expectAnswered(opened);
      expect(opened.errors).toEqual([]);
    });

    it.each(['blocked', 'full'] as const)(
      'with %s storage says so, works for the visit and never claims the answer is kept',
      async (storage) => {
        const opened = await open({ storage });
        await answer(opened);
        await expect(notice(opened.root).textContent()).resolves.toMatch(notices[storage]);
        await expectAnswered(opened);
        await expectNotClaimedKept(opened.root);
        if (storage === 'full')
          expect(await opened.page.evaluate((key) => localStorage.getItem(key), storeKey)).toBeNull();
        expect(opened.errors).toEqual([]);
      },
    );
  });
}
