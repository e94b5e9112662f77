import { describe, expect, it } from 'vitest';
import { readVocabulary, vocabularyOf } from '../../../../src/features/search/vocabulary';

describe('vocabularyOf', () => {
  it('lists each word once, most frequent first, lower case and without numbers or short words', () => {
    const texts = [
      'De rol van de schoolleider.',
      'Schoolleiders en de schoolleider: 7 kwaliteiten, role-based.',
    ];
    expect(vocabularyOf(texts, 'nl')).toEqual([
      'schoolleider',
      'based',
      'kwaliteiten',
      'rol',
      'role',
      'schoolleiders',
      'van',
    ]);
  });

  it('keeps letters with diacritics inside words', () => {
    expect(vocabularyOf(['Coöperatie en één collega’s'], 'nl')).toEqual(['collega', 'coöperatie', 'één']);
  });
});

describe('readVocabulary', () => {
  it('reads an array of words, and anything else as no words', () => {
    expect(readVocabulary(['lef', 'gunnen'])).toEqual(['lef', 'gunnen']);
    expect(readVocabulary(['lef', 3, null])).toEqual(['lef']);
    expect(readVocabulary({ words: ['lef'] })).toEqual([]);
    expect(readVocabulary(null)).toEqual([]);
  });
});
