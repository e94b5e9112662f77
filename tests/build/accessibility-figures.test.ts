import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/astro-build';
import { builtPages } from '../support/built-pages';

const { root } = inject('builtSites');
const browserTests = join(projectRoot, 'tests', 'browser');
const testFiles = readdirSync(browserTests)
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => readFileSync(join(browserTests, file), 'utf8'));

/**
 * The figures the accessibility statement (content/toegankelijkheid.mdx) gives, read from what
 * the tests do: the pages of the build that the every-page audit opens and checks with axe in
 * light and dark (tests/browser/support/page-audit.ts), the widgets that run the shared contract
 * (support/widget-contract.ts: axe before and after answering in both themes, keyboard, 320 px),
 * and the browser test files that run axe at all. The page imports the file this test keeps:
 * when a page or a test is added, this test fails until `npx vitest run --project build
 * tests/build/accessibility-figures.test.ts -u` writes the new figures, so the statement can
 * never state old ones.
 */
describe('the accessibility statement', () => {
  it('states the figures the tests have now', async () => {
    const figures = {
      auditedPages: builtPages(root.dir).length,
      contractWidgets: testFiles.filter((text) => text.includes('describeWidgetContract(')).length,
      axeTestFiles: testFiles.filter((text) =>
        /axeViolations|axeInBothThemes|describeWidgetContract|auditEveryPage/.test(text),
      ).length,
    };
    expect(figures.auditedPages).toBeGreaterThan(20);
    await expect(`${JSON.stringify(figures, null, 2)}\n`).toMatchFileSnapshot(
      '../../src/site/accessibility-figures.json',
    );
  });
});
