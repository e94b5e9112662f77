import type { Page } from 'playwright-core';
import { useBrowser } from './fixtures';
import { axeViolations, openPage, type OpenOptions } from './widget-page';

/** A widget as its tests find it (a widget contract is one, with more). */
export interface WidgetOnPage<Widget> {
  /** The widget's element tag, which is also the name its tests and saved answers carry. */
  tag: string;
  /** The page it lives on, relative to the site. */
  path: string;
  /** Its page object on `page`. */
  widget: (page: Page) => Widget;
}

/**
 * What a widget's test file works with, set up by one call at its top:
 *
 *     const { browser, openModule } = widgetTestFile(conditiesScanContract, 'scan');
 *     describeWidgetContract(conditiesScanContract, browser);
 *
 * - `browser` is the file's (`useBrowser()`: launched before its first test, every context a
 *   test opens closed after it);
 * - `openModule(options?, path?)` opens the widget's page (or `path`) with `openPage` and hands
 *   back what that opened with the page object under `name`: `{ page, context, errors, scan }`;
 * - `axeViolations(page)` is `axeViolations` of `widget-page.ts` inside the widget only (the
 *   every-page audit covers the rest of the page).
 */
export function widgetTestFile<Widget, Name extends string>(widget: WidgetOnPage<Widget>, name: Name) {
  const browser = useBrowser();
  return {
    browser,
    async openModule(options: OpenOptions = {}, path = widget.path) {
      const opened = await openPage(browser, path, options);
      // A computed key is typed as a string index; `Record<Name, …>` is what it is.
      const named = { [name]: widget.widget(opened.page) } as Record<Name, Widget>;
      return { ...opened, ...named };
    },
    axeViolations: (page: Page) => axeViolations(page, widget.tag),
  };
}
