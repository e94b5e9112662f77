// Draws the home page's illustration in both themes into src/assets/ (home-light.svg,
// home-dark.svg), in the parts' colours of src/styles/palette.css. Run it after changing the
// drawing or the palette: npm run home-illustration
// (tests/unit/tools/home-illustration.test.ts fails while the files are not what it draws).
import { writeFileSync } from 'node:fs';
import { themes } from '../../src/course/course.ts';
import { partColour, readPalette, type ThemeName } from '../palette.ts';
import { homeIllustration } from './drawing.ts';

export const illustrationFile = (theme: ThemeName) =>
  new URL(`../../src/assets/home-${theme}.svg`, import.meta.url);

/** The illustration of a theme, in the colours the palette file has now. */
export function currentIllustration(theme: ThemeName): string {
  const palette = readPalette();
  return homeIllustration(theme, {
    // The colour of links: Starlight's text-accent is the accent in the light theme, accent-high in the dark.
    accent: palette[theme][theme === 'light' ? 'sl-color-accent' : 'sl-color-accent-high']!,
    parts: themes.map(({ id }) => partColour(palette, theme, id) ?? `(no colour for ${id})`),
  });
}

if (import.meta.main) {
  for (const theme of ['light', 'dark'] as const) {
    const svg = currentIllustration(theme);
    writeFileSync(illustrationFile(theme), svg);
    console.log(`src/assets/home-${theme}.svg: ${(svg.length / 1024).toFixed(1)} kB`);
  }
}
