import { describe, expect, it } from 'vitest';
import { editDistance, nearestWord, suggestedQuery } from '../../../../src/features/search/nearest-word';

describe('editDistance (Damerau-Levenshtein, optimal string alignment)', () => {
  it.each([
    ['leiderschap', 'leiderschap', 0],
    ['leiderchap', 'leiderschap', 1], // a letter left out
    ['spilfiguer', 'spilfiguur', 1], // a letter wrong
    ['spilfiugur', 'spilfiguur', 1], // two neighbours swapped
    ['leiderschapp', 'leiderschap', 1], // a letter too many
    ['lidrschap', 'leiderschap', 2],
    ['', 'abc', 3],
  ])('%s to %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 3)).toBe(distance);
    expect(editDistance(b, a, 3)).toBe(distance);
  });

  it('stops at the limit: anything further is limit + 1', () => {
    expect(editDistance('schoolleider', 'paradox', 2)).toBe(3);
    expect(editDistance('abcdef', 'ghijkl', 2)).toBe(3);
    expect(editDistance('ab', 'abcdefg', 2)).toBe(3);
  });
});

const vocabulary = [
  'leiderschap',
  'schoolleider',
  'spilfiguur',
  'leraren',
  'leraar',
  'lef',
  'gunnen',
  'rennen',
];

describe('nearestWord', () => {
  it('corrects a one-letter typo to the vocabulary word', () => {
    expect(nearestWord('leiderchap', vocabulary)).toBe('leiderschap');
    expect(nearestWord('spilfiguer', vocabulary)).toBe('spilfiguur');
    expect(nearestWord('schoolieder', vocabulary)).toBe('schoolleider');
  });

  it('corrects two edits in a longer word, but only one in a short word', () => {
    expect(nearestWord('leidrschp', vocabulary)).toBe('leiderschap');
    expect(nearestWord('gunen', vocabulary)).toBe('gunnen');
    expect(nearestWord('lfe', vocabulary)).toBe('lef');
    expect(nearestWord('lxyf', vocabulary)).toBeUndefined();
  });

  it('suggests nothing for a known word, a word too short or one too far from any', () => {
    expect(nearestWord('leraar', vocabulary)).toBeUndefined();
    expect(nearestWord('le', vocabulary)).toBeUndefined();
    expect(nearestWord('paradox', vocabulary)).toBeUndefined();
  });

  it('prefers the nearer word, and of words as near the one the vocabulary lists first (the most frequent)', () => {
    expect(nearestWord('lerare', vocabulary)).toBe('leraren');
    expect(nearestWord('gennen', vocabulary)).toBe('gunnen');
    expect(nearestWord('gennen', ['rennen', 'gunnen'])).toBe('rennen');
  });
});

describe('suggestedQuery', () => {
  it('replaces only the unknown words, in lower case', () => {
    expect(suggestedQuery('Leiderchap van leraren', [...vocabulary, 'van'], 'nl')).toBe(
      'leiderschap van leraren',
    );
    expect(suggestedQuery('spilfiguer', vocabulary, 'nl')).toBe('spilfiguur');
  });

  it('suggests nothing when every word is known or none can be corrected', () => {
    expect(suggestedQuery('Leraren', vocabulary, 'nl')).toBeUndefined();
    expect(suggestedQuery('xyzzy', vocabulary, 'nl')).toBeUndefined();
    expect(suggestedQuery('', vocabulary, 'nl')).toBeUndefined();
  });
});
