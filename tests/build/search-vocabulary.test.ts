import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { suggestedQuery } from '../../src/features/search/nearest-word';
import { readVocabulary, vocabularyFile } from '../../src/features/search/vocabulary';

const { root, subPath } = inject('builtSites');
const vocabulary = (dir: string, lang: string) =>
  readVocabulary(JSON.parse(readFileSync(join(dir, vocabularyFile(lang)), 'utf8')));

describe('the search vocabulary of the build', () => {
  it.each([
    ['nl', 'leiderchap', 'leiderschap'],
    ['nl', 'spilfiguer', 'spilfiguur'],
    ['nl', 'profesionele dialoog', 'professionele dialoog'],
    ['nl', 'directuer', 'directeur'],
    ['en', 'linchpn', 'linchpin'],
    ['en', 'distibuted leadership', 'distributed leadership'],
  ])('in %s corrects "%s" to "%s"', (lang, typed, meant) => {
    expect(suggestedQuery(typed, vocabulary(root.dir, lang), lang)).toBe(meant);
  });

  it('holds the words of its own language, keywords included, and knows the words a reader types right', () => {
    const dutch = vocabulary(root.dir, 'nl');
    const english = vocabulary(root.dir, 'en');
    expect(dutch).toEqual(expect.arrayContaining(['schoolleider', 'volgerschap', 'directeur', 'ackoff']));
    expect(english).toEqual(expect.arrayContaining(['followership', 'linchpin', 'headteacher']));
    // Each text borrows terms of the other (teacher leadership, spilfiguur), but not its everyday words.
    for (const word of ['because', 'why', 'headteacher']) expect(dutch).not.toContain(word);
    for (const word of ['waarom', 'welke', 'directeur']) expect(english).not.toContain(word);
    for (const [lang, query] of [
      ['nl', 'gespreid leiderschap'],
      ['nl', 'onderzoekende houding'],
      ['en', 'research culture'],
    ] as const)
      expect(suggestedQuery(query, vocabulary(root.dir, lang), lang)).toBeUndefined();
  });

  it('is the same in the build under a sub-path, and small', () => {
    for (const lang of ['nl', 'en']) {
      expect(vocabulary(subPath.dir, lang)).toEqual(vocabulary(root.dir, lang));
      expect(readFileSync(join(root.dir, vocabularyFile(lang))).length).toBeLessThan(100_000);
    }
  });
});
