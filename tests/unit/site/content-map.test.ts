import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentMapIds,
  contentMapItems,
  parseContentMapIdeas,
  uncoveredIdeas,
} from '../../../src/site/content-map';

const mapPath = new URL('../../../../shared/content-map.md', import.meta.url);

describe('content map', () => {
  it('lists exactly the ideas of ../shared/content-map.md', () => {
    const ideasInMap = parseContentMapIdeas(readFileSync(mapPath, 'utf8'));
    expect(Object.values(contentMapItems).flat()).toEqual(ideasInMap);
  });

  it('offers both themes and ideas as ids a module can name', () => {
    expect(contentMapIds).toContain('TL3');
    expect(contentMapIds).toContain('TL3.4');
    expect(contentMapIds).not.toContain('TL11');
  });

  it('parses only list items that start with an id', () => {
    const markdown =
      '### TL1 Why\n- TL1.1 The image\n  of the teacher (TL1.2 is named here)\n- GL9.3 Set frameworks\n';
    expect(parseContentMapIdeas(markdown)).toEqual(['TL1.1', 'GL9.3']);
  });
});

describe('uncoveredIdeas', () => {
  it('counts a theme as covering all of its ideas', () => {
    const uncovered = uncoveredIdeas([['TL3']]);
    expect(uncovered).not.toContain('TL3.1');
    expect(uncovered).toContain('TL2.1');
  });

  it('counts single ideas and reports the rest of their theme', () => {
    const uncovered = uncoveredIdeas([['TL4.1', 'TL4.2'], ['TL4.3']]);
    expect(uncovered.filter((id) => id.startsWith('TL4.'))).toEqual(['TL4.4']);
  });

  it('reports nothing when every theme is named', () => {
    expect(uncoveredIdeas([Object.keys(contentMapItems)])).toEqual([]);
  });
});
