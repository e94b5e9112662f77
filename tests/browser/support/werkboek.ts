import type { Page } from 'playwright-core';

/** The workbook page (`/werkboek/`, `/en/werkboek/`) as a reader sees it and prints it. */

/** An A4 sheet at 96 CSS px per inch, less the workbook's page margins of 15 mm on each side. */
export const a4Content = {
  width: Math.floor(((210 - 2 * 15) / 25.4) * 96),
  height: Math.floor(((297 - 2 * 15) / 25.4) * 96),
};

export const labels = {
  nl: {
    path: 'werkboek/',
    choice: 'Mijn antwoorden erin zetten',
    answersPut: 'Je antwoorden uit deze browser staan nu in het werkboek.',
    print: 'Afdrukken of opslaan als pdf',
    contents: 'Inhoud',
    reflection: 'Reflectievragen',
    module: 'Vier vormen van teacher leadership',
    glossary: 'Begrippenlijst',
  },
  en: {
    path: 'en/werkboek/',
    choice: 'Put my answers in',
    answersPut: 'Your answers from this browser are now in the workbook.',
    print: 'Print or save as PDF',
    contents: 'Contents',
    reflection: 'Reflection questions',
    module: 'Four forms of teacher leadership',
    glossary: 'Glossary',
  },
} as const;

/** The workbook's parts (modules, glossary, sources): the sections, each named by its title. */
export const partTitles = (page: Page) =>
  page
    .locator('.werkboek-part')
    .evaluateAll((parts) =>
      parts.map((part) => document.getElementById(part.getAttribute('aria-labelledby')!)?.textContent ?? ''),
    );

/** The `break-before` of each part as printed (`page` where it starts a new sheet). */
export const partBreaks = (page: Page) =>
  page
    .locator('.werkboek-part')
    .evaluateAll((parts) => parts.map((part) => getComputedStyle(part).breakBefore));

/**
 * What runs past the edge of the workbook's column, or is cut off inside a box that hides its
 * overflow: text (by the boxes of its lines) or an element, with the start of its text. Visually
 * hidden text (`sr-only`, one pixel clipped on purpose) is not shown, so not cut off either.
 */
export const cutOff = (page: Page) =>
  page.evaluate(() => {
    const column = document.querySelector('.werkboek')!.getBoundingClientRect();
    const found: string[] = [];
    const describe = (node: Node) =>
      `${node.parentElement?.tagName}: ${node.textContent?.trim().slice(0, 60)}`;
    const walker = document.createTreeWalker(document.querySelector('.werkboek')!, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('.sr-only')) continue;
      range.selectNodeContents(node);
      for (const line of range.getClientRects())
        if (line.width > 0 && (line.right > column.right + 1 || line.left < column.left - 1))
          found.push(`past the edge: ${describe(node)}`);
    }
    for (const element of document.querySelectorAll<HTMLElement>('.werkboek *')) {
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible';
      if (clips && element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1)
        found.push(`cut off: ${describe(element)}`);
    }
    return found;
  });
