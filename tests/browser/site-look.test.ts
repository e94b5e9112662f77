import { describe, expect, inject, it } from 'vitest';
import { themeOfModule, themes } from '../../src/course/course';
import { partColour, readPalette } from '../../tools/palette.ts';
import { useBrowser } from './support/fixtures';
import { SitePage } from './support/site-page';

const browser = useBrowser();
const palette = readPalette();

/** A palette colour as the browser computes it, e.g. `rgb(122, 62, 143)`. */
const computed = (hex: string) =>
  `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

describe.each(['light', 'dark'] as const)('the site’s own look in the %s theme', (theme) => {
  async function openPage(path: string) {
    const site = new SitePage(await browser.newPage({ colorScheme: theme }), inject('siteUrl'));
    await site.open(path);
    return site;
  }

  it('marks each part’s group in the sidebar, and the module’s header, in the part’s colour, and names the part', async () => {
    const slug = 'zeven-kwaliteiten';
    const part = themeOfModule(slug)!;
    const { page } = await openPage(`modules/${slug}/`);
    for (const { id } of themes) {
      const summary = page.locator(`nav details:has(> ul > li > a[data-part="${id}"]) > summary`);
      await expect(
        summary.evaluate((element) => getComputedStyle(element).borderInlineStartColor),
      ).resolves.toBe(computed(partColour(palette, theme, id)!));
    }
    const header = page.locator('.module-meta');
    await expect(
      header.evaluate((element) => getComputedStyle(element).borderInlineStartColor),
    ).resolves.toBe(computed(partColour(palette, theme, part.id)!));
    await expect(header.textContent()).resolves.toMatch(new RegExp(`Deel:?\\s*${part.label}`));
  });

  it('shows the home page’s drawing of the theme, described in the page’s language, at its full size', async () => {
    for (const [path, description] of [
      ['', /^Vier leraren aan een tafel/],
      ['en/', /^Four teachers talking at a table/],
    ] as const) {
      const { page } = await openPage(path);
      const drawing = page.getByRole('img', { name: description });
      await expect(drawing.count()).resolves.toBe(1);
      await expect(drawing.getAttribute('src')).resolves.toContain(`home-${theme}`);
      const size = await drawing.evaluate((image: HTMLImageElement) => [
        image.naturalWidth,
        image.naturalHeight,
      ]);
      expect(size).toEqual([400, 400]);
    }
  });
});

describe('the header on a phone', () => {
  it.each([
    { width: 375, logo: true },
    { width: 320, logo: false },
  ])('shows the whole site title at $width px, with the logo: $logo', async ({ width, logo }) => {
    const page = await browser.newPage({ viewport: { width, height: 700 } });
    const site = new SitePage(page, inject('siteUrl'));
    await site.open('modules/vier-vormen/');
    const title = page.locator('.site-title span');
    const [needed, shown] = await title.evaluate((span) => [span.scrollWidth, span.clientWidth]);
    expect(shown).toBeGreaterThanOrEqual(needed!);
    await expect(page.locator('.site-title img').isVisible()).resolves.toBe(logo);
  });
});
