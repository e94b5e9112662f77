/**
 * Reads the site's own colours from `src/styles/palette.css`, the one place they are set: Starlight's
 * dark theme is `:root`, its light theme `:root[data-theme='light']`. Used by the contrast test and
 * the home page's illustration, so neither keeps a copy of the colours.
 */
import { readFileSync } from 'node:fs';

export type ThemeName = 'light' | 'dark';
/** Each theme's colours by custom property name, without the dashes: `sl-color-accent`, `part-<id>`. */
export type Palette = Record<ThemeName, Record<string, string>>;

export const paletteFile = new URL('../src/styles/palette.css', import.meta.url);

const themeSelectors: Record<ThemeName, string> = { dark: ':root', light: ":root[data-theme='light']" };

/** The `--<name>: #rrggbb` declarations of the rule whose selector is exactly `selector`. */
function coloursOf(css: string, selector: string): Record<string, string> {
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rule = [...rules.matchAll(/([^{}]+)\{([^}]*)\}/g)].find(([, head]) => head!.trim() === selector);
  if (!rule) throw new Error(`palette.css has no rule for ${selector}`);
  const colours = [...rule[2]!.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)];
  return Object.fromEntries(colours.map(([, name, colour]) => [name!, colour!.toLowerCase()]));
}

/** The palette file's colours (its text may be given, as a test does). */
export function readPalette(css: string = readFileSync(paletteFile, 'utf8')): Palette {
  return { dark: coloursOf(css, themeSelectors.dark), light: coloursOf(css, themeSelectors.light) };
}

/** The colour of a part of the course in a theme, by the part's id (`themes` in src/course/course.ts). */
export const partColour = (palette: Palette, theme: ThemeName, part: string): string | undefined =>
  palette[theme][`part-${part}`];
