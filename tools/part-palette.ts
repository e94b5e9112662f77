/**
 * Reads the colour per part of the course from `src/styles/part-colours.css`, the one place it is
 * set: Starlight's dark theme is `:root`, its light theme `:root[data-theme='light']`. Used by the
 * contrast test and the home page's illustration, so neither keeps a copy of the colours.
 */
import { readFileSync } from 'node:fs';

export type ThemeName = 'light' | 'dark';
export type PartPalette = Record<ThemeName, Record<string, string>>;

export const partColoursFile = new URL('../src/styles/part-colours.css', import.meta.url);

const blockSelectors: Record<ThemeName, string> = { dark: ':root', light: ":root[data-theme='light']" };

/** The `--part-<id>: #rrggbb` declarations of the block whose selector is exactly `selector`. */
function partColoursOf(css: string, selector: string): Record<string, string> {
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const block = [...rules.matchAll(/([^{}]+)\{([^}]*)\}/g)].find(([, head]) => head!.trim() === selector);
  if (!block) throw new Error(`part-colours.css has no block for ${selector}`);
  const colours = [...block[2]!.matchAll(/--part-([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)];
  return Object.fromEntries(colours.map(([, id, colour]) => [id!, colour!.toLowerCase()]));
}

/** Each theme's colours by part id, from the palette file's text. */
export function readPartPalette(css: string = readFileSync(partColoursFile, 'utf8')): PartPalette {
  return { dark: partColoursOf(css, blockSelectors.dark), light: partColoursOf(css, blockSelectors.light) };
}
