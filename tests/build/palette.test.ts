import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { courseModules, themeOfModule, themes } from '../../src/course/course';
import { partColour, readPalette, type ThemeName } from '../../tools/palette.ts';
import { projectRoot } from '../support/astro-build.ts';
import { contrastRatio } from '../support/contrast.ts';
import { pageElements } from './support/html-elements';

const { root } = inject('builtSites');

/** Starlight's own greys in each theme, read from its stylesheet: the page, its boxes and sidebar, its bars. */
function starlightGreys(): Record<ThemeName, Record<string, string>> {
  const css = readFileSync(join(projectRoot, 'node_modules/@astrojs/starlight/dist/style/props.css'), 'utf8');
  const [dark, light] = css.split(":root[data-theme='light']");
  const greys = (part: string) =>
    Object.fromEntries(
      [...part.matchAll(/--sl-color-(white|black|gray-\d):\s*(hsl\([^)]*\))/g)].map(([, name, value]) => [
        name!,
        value!,
      ]),
    );
  return { dark: greys(dark!), light: greys(light!) };
}

const palette = readPalette();
const greys = starlightGreys();
const theme = (name: ThemeName) => {
  const colours = palette[name];
  const accent = colours['sl-color-accent']!;
  return {
    page: greys[name]['black']!,
    box: greys[name]['gray-6']!,
    accent,
    // Starlight's text-accent and text-invert: the accent and white in the light theme, accent-high and accent-low in the dark.
    textAccent: name === 'light' ? accent : colours['sl-color-accent-high']!,
    textInvert: name === 'light' ? greys[name]['black']! : colours['sl-color-accent-low']!,
  };
};

describe.each(['light', 'dark'] as const)(
  'the site’s colours in the %s theme (src/styles/palette.css)',
  (name) => {
    const colours = theme(name);

    it('keep links 4.5:1 on the page and in boxes, the current page and buttons 4.5:1 on the accent, and the accent 3:1 as a mark', () => {
      expect(contrastRatio(colours.textAccent, colours.page)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colours.textAccent, colours.box)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colours.textInvert, colours.textAccent)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colours.accent, colours.page)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colours.accent, colours.box)).toBeGreaterThanOrEqual(3);
    });

    it.each(themes.map(({ id }) => id))(
      'give part "%s" a colour that keeps 4.5:1 as text on the page, in boxes and in the sidebar',
      (part) => {
        const colour = partColour(palette, name, part);
        expect(colour, `--part-${part} in palette.css`).toBeDefined();
        expect(contrastRatio(colour!, colours.page)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(colour!, colours.box)).toBeGreaterThanOrEqual(4.5);
      },
    );
  },
);

describe('the parts’ colours in the build', () => {
  it('reach the stylesheet: each part sets --part-colour from its own colour', () => {
    const astroDir = join(root.dir, '_astro');
    const css = readdirSync(astroDir)
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(astroDir, file), 'utf8'))
      .join('\n');
    for (const { id } of themes) expect(css).toMatch(new RegExp(`--part-colour:\\s*var\\(--part-${id}\\)`));
  });

  it.each(courseModules)(
    'mark module "%s" with its part in its header and in every sidebar link to it',
    (slug) => {
      const part = themeOfModule(slug)!.id;
      for (const page of [`modules/${slug}/`, `en/modules/${slug}/`]) {
        const elements = pageElements(root.dir, page);
        const header = elements.find(({ attrs }) => attrs.class?.split(' ').includes('module-meta'));
        expect(header?.attrs['data-part'], page).toBe(part);
        const links = elements.filter(
          ({ tagName, attrs }) =>
            tagName === 'a' && attrs.href === `/${page}` && attrs['data-part'] !== undefined,
        );
        expect(
          links.map(({ attrs }) => attrs['data-part']),
          page,
        ).toEqual([part]);
      }
    },
  );
});
