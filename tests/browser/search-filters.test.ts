import { describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { contentPages } from '../content/pages';
import { useBrowser } from './support/fixtures';
import { SearchDialog } from './support/search-dialog';
import { axeInBothThemes, axeViolations } from './support/widget-page';

const browser = useBrowser();

/** Every page's site-root path with what its frontmatter says: `/en/modules/vier-vormen/` → kind and audiences. */
const pages = new Map(
  contentPages().map((page) => [
    `/${page.path.replace(/(^|\/)index\.mdx?$|\.mdx?$/, '$1').replace(/([^/])$/, '$1/')}`,
    { kind: page.data['kind'] as string, audiences: (page.data['audiences'] as string[] | undefined) ?? [] },
  ]),
);

/** A query that finds pages of several kinds in both languages. */
const typeQuery = 'paradox';

/**
 * Per language: the result count for `typeQuery`, and each filter group by its name with the
 * value the tests tick; for the audience also a query that finds a page for school leaders only.
 */
const languages = [
  {
    prefix: '',
    count: /^\d+ resultaten voor paradox$/,
    type: { group: 'Soort', kit: 'Werkvorm' },
    audience: { group: 'Doelgroep', teachers: 'Leraren', query: 'schoolleider' },
  },
  {
    prefix: 'en/',
    count: /^\d+ results for paradox$/,
    type: { group: 'Type', kit: 'Workshop kit' },
    audience: { group: 'Audience', teachers: 'Teachers', query: 'school leader' },
  },
] as const;

async function openSearch(prefix: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(new URL(prefix, inject('siteUrl')).href);
  const search = new SearchDialog(page);
  await search.open();
  return { context, page, search };
}

describe.each(languages)('search filters on /$prefix', (language) => {
  /** A page for school leaders only, which the query for the audience finds. */
  const leadersOnly = `/${language.prefix}modules/rol-van-de-schoolleider/`;

  it(`shows the filter groups and the count in the reader’s language, and narrows results of several types to workshop kits with "${language.type.kit}"`, async () => {
    const { search } = await openSearch(language.prefix);
    await search.searchWithAllFilters(typeQuery);
    expect(await search.message().textContent()).toMatch(language.count);
    const names = await search.dialog.locator('summary.pagefind-ui__filter-name').allTextContents();
    expect(names.sort(), 'the filter groups, and only those').toEqual(
      [language.audience.group, language.type.group].sort(),
    );

    const all = await search.resultPaths();
    const kinds = new Set(all.map((path) => pages.get(path)?.kind));
    expect(kinds.size, `kinds among ${all.join(', ')}`).toBeGreaterThanOrEqual(2);

    await search.applyFilter(language.type.group, language.type.kit);
    const kits = await search.resultPaths();
    expect(kits).toContain(`/${language.prefix}werkvormen/paradox-dialoog/`);
    expect(kits.filter((path) => pages.get(path)?.kind !== 'werkvorm')).toEqual([]);
    expect(kits.every((path) => path.startsWith(`/${language.prefix}`))).toBe(true);
    expect(kits.length).toBeLessThan(all.length);
  });

  it(`keeps only pages for teachers with the audience filter "${language.audience.teachers}"`, async () => {
    const { search } = await openSearch(language.prefix);
    await search.searchWithAllFilters(language.audience.query);
    const all = await search.resultPaths();
    expect(all).toContain(leadersOnly);

    await search.applyFilter(language.audience.group, language.audience.teachers);
    const forTeachers = await search.resultPaths();
    expect(forTeachers.length).toBeGreaterThan(0);
    expect(forTeachers).not.toContain(leadersOnly);
    expect(forTeachers.filter((path) => !pages.get(path)?.audiences.includes('leraar'))).toEqual([]);
    expect(forTeachers.every((path) => all.includes(path))).toBe(true);
  });

  it('works by keyboard: Tab to the type group, open it with Enter, tick a value with Space', async () => {
    const { page, search } = await openSearch(language.prefix);
    await search.searchWithAllFilters(typeQuery);
    await search.input().focus();

    const focused = () =>
      page.evaluate(() => ({
        tag: document.activeElement?.tagName.toLowerCase(),
        text:
          document.activeElement?.tagName === 'INPUT'
            ? ((document.activeElement as HTMLInputElement).labels?.[0]?.textContent ?? '')
            : (document.activeElement?.textContent ?? ''),
        outline: document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none',
      }));
    async function tabTo(tag: string, text: RegExp) {
      for (let presses = 0; presses < 40; presses++) {
        await page.keyboard.press('Tab');
        const now = await focused();
        if (now.tag === tag && text.test(now.text)) return now;
      }
      throw new Error(`Tab never reached ${tag} ${text}`);
    }

    const summary = await tabTo('summary', new RegExp(`^${language.type.group}$`));
    expect(summary.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await search.filterGroup(language.type.group).locator('..').getAttribute('open')).not.toBeNull();

    const checkbox = await tabTo('input', new RegExp(`^${language.type.kit} \\(`));
    expect(checkbox.outline, 'the focused checkbox shows where focus is').not.toBe('none');
    await search.untilResultsChange(() => page.keyboard.press('Space'));
    expect(await search.filter(language.type.kit).isChecked()).toBe(true);
    const kits = await search.resultPaths();
    expect(kits.length).toBeGreaterThan(0);
    expect(kits.filter((path) => pages.get(path)?.kind !== 'werkvorm')).toEqual([]);
  });

  it('has no axe violations with the filters open and one ticked, light and dark', async () => {
    const { search } = await openSearch(language.prefix);
    await search.searchWithAllFilters(typeQuery);
    await search.applyFilter(language.type.group, language.type.kit);
    if ((await search.filterGroup(language.audience.group).locator('..').getAttribute('open')) === null) {
      await search.filterGroup(language.audience.group).click();
    }
    expect(await axeInBothThemes(search.page, (page) => axeViolations(page, 'site-search dialog'))).toEqual({
      light: [],
      dark: [],
    });
  });

  it('fits the filter panel into a 320 px wide screen', async () => {
    const { page, search } = await openSearch(language.prefix, {
      viewport: { width: 320, height: 640 },
    });
    await search.searchWithAllFilters(typeQuery);
    await search.filterGroup(language.type.group).click();
    await search.filterGroup(language.audience.group).click();
    expect(await search.filter(language.type.kit).isVisible()).toBe(true);
    const overflow = await page.evaluate(() => {
      const frame = document.querySelector('dialog .dialog-frame')!;
      return frame.scrollWidth - frame.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
