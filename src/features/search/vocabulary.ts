import { searchWords } from './search-words';

/**
 * A language's search vocabulary, as the build writes it to `search-words/<lang>.json`
 * (`integration.ts`) and the search suggestion reads it: a JSON array of the distinct words of
 * every indexed page of that language, most frequent first (so the suggestion prefers a common
 * word when two are as near), lower case. Words shorter than `minLength` letters are left out:
 * too short to correct.
 */
export type Vocabulary = string[];

export const minLength = 3;

/** Where the build writes a language's vocabulary, from the site's base: `search-words/nl.json`. */
export const vocabularyFile = (lang: string) => `search-words/${lang}.json`;

/** The vocabulary of `texts` (the indexed text of each page) in `lang`. */
export function vocabularyOf(texts: string[], lang: string): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of searchWords(text, lang))
      if (word.length >= minLength) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
    .map(([word]) => word);
}

/** Reads a vocabulary file; anything but an array of strings is no vocabulary. */
export function readVocabulary(json: unknown): Vocabulary {
  return Array.isArray(json) ? json.filter((word): word is string => typeof word === 'string') : [];
}
