// Draws the home page's illustration in both themes into src/assets/ (home-light.svg,
// home-dark.svg), in the parts' colours of src/styles/part-colours.css. Run it after changing the
// drawing or the palette: npm run home-illustration
// (tests/unit/tools/home-illustration.test.ts fails while the files are not what it draws).
import { writeFileSync } from 'node:fs';
import { themes } from '../../src/course/course.ts';
import { readPartPalette, type ThemeName } from '../part-palette.ts';
import { homeIllustration } from './drawing.ts';

export const illustrationFile = (theme: ThemeName) =>
  new URL(`../../src/assets/home-${theme}.svg`, import.meta.url);

/** The illustration of a theme, as the palette file gives the parts' colours now. */
export function currentIllustration(theme: ThemeName): string {
  const palette = readPartPalette()[theme];
  return homeIllustration(
    theme,
    themes.map(({ id }) => palette[id] ?? `(no colour for ${id})`),
  );
}

if (import.meta.main) {
  for (const theme of ['light', 'dark'] as const) {
    const svg = currentIllustration(theme);
    writeFileSync(illustrationFile(theme), svg);
    console.log(`src/assets/home-${theme}.svg: ${(svg.length / 1024).toFixed(1)} kB`);
  }
}
