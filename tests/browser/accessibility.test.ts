import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { builtPages } from './support/built-pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.each(['light', 'dark'] as const)('axe, WCAG 2.2 AA, %s theme', (colorScheme) => {
  it.each(builtPages())('/%s has no violations', async (path) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(new URL(path, inject('siteUrl')).href);
    const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
    const summary = violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    await context.close();
  });
});
