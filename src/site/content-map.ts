/**
 * The ids of `../shared/content-map.md`: every idea the course must teach.
 * Kept here so that the site builds without `../shared`; a unit test checks that this
 * list and the map agree. A module names what it covers in its `covers` frontmatter,
 * either a theme (`TL3`) or a single idea (`TL3.2`).
 */
export const contentMapItems = {
  TL1: ['TL1.1', 'TL1.2', 'TL1.3'],
  TL2: ['TL2.1', 'TL2.2', 'TL2.3', 'TL2.4', 'TL2.5'],
  TL3: ['TL3.1', 'TL3.2', 'TL3.3', 'TL3.4'],
  TL4: ['TL4.1', 'TL4.2', 'TL4.3', 'TL4.4'],
  TL5: ['TL5.1', 'TL5.2', 'TL5.3', 'TL5.4'],
  TL6: ['TL6.1', 'TL6.2', 'TL6.3'],
  TL7: ['TL7.1', 'TL7.2', 'TL7.3'],
  TL8: ['TL8.1', 'TL8.2', 'TL8.3', 'TL8.4', 'TL8.5', 'TL8.6', 'TL8.7'],
  TL9: ['TL9.1', 'TL9.2', 'TL9.3'],
  TL10: ['TL10.1', 'TL10.2', 'TL10.3'],
  GL1: ['GL1.1', 'GL1.2', 'GL1.3'],
  GL2: ['GL2.1', 'GL2.2', 'GL2.3'],
  GL3: ['GL3.1', 'GL3.2', 'GL3.3', 'GL3.4'],
  GL4: ['GL4.1', 'GL4.2', 'GL4.3', 'GL4.4', 'GL4.5'],
  GL5: ['GL5.1', 'GL5.2', 'GL5.3'],
  GL6: ['GL6.1', 'GL6.2', 'GL6.3', 'GL6.4'],
  GL7: ['GL7.1', 'GL7.2', 'GL7.3', 'GL7.4'],
  GL8: ['GL8.1', 'GL8.2'],
  GL9: ['GL9.1', 'GL9.2', 'GL9.3'],
} as const;

type Theme = keyof typeof contentMapItems;
export type ContentMapId = Theme | (typeof contentMapItems)[Theme][number];

/** Every id a module may name: the themes and their ideas. */
export const contentMapIds = Object.entries(contentMapItems).flatMap(([theme, items]) => [
  theme,
  ...items,
]) as [ContentMapId, ...ContentMapId[]];

/** The ids of the ideas (not the themes) in the map's Markdown, in the order they appear. */
export function parseContentMapIdeas(markdown: string): string[] {
  return [...markdown.matchAll(/^- ((?:TL|GL)\d+\.\d+)\b/gm)].map((match) => match[1]!);
}

/** The ideas of the map that none of the given `covers` lists names, directly or by theme. */
export function uncoveredIdeas(coversPerPage: readonly (readonly string[])[]): string[] {
  const named = new Set(coversPerPage.flat());
  return Object.entries(contentMapItems).flatMap(([theme, items]) =>
    named.has(theme) ? [] : items.filter((idea) => !named.has(idea)),
  );
}
