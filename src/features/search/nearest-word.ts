import { searchWords } from './search-words';
import { minLength, type Vocabulary } from './vocabulary';

/**
 * The Damerau-Levenshtein distance of `a` and `b` (optimal string alignment: insertions,
 * deletions, substitutions and swaps of two neighbouring letters each count one), or
 * `limit + 1` as soon as it is sure to be more than `limit`, so that comparing a word with a
 * whole vocabulary stays fast.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, beforePrevious[j - 2]! + 1);
      current.push(distance);
      rowMinimum = Math.min(rowMinimum, distance);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How far a word may be from its correction: one letter for short words, where two would change too much, else two. */
const allowedDistance = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * The vocabulary's word nearest to `word` within the allowed distance, the most frequent of the
 * nearest (the vocabulary's order); undefined when `word` is in the vocabulary, too short to
 * correct, or nothing is near enough.
 */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  if (word.length < minLength || vocabulary.includes(word)) return undefined;
  const limit = allowedDistance(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

/**
 * The query with each word the vocabulary lacks replaced by its nearest word, as the reader
 * could have meant it (*leiderchap* → *leiderschap*); undefined when no word needs or has a
 * correction.
 */
export function suggestedQuery(query: string, vocabulary: Vocabulary, lang: string): string | undefined {
  const words = searchWords(query, lang);
  const corrected = words.map((word) => nearestWord(word, vocabulary) ?? word);
  return corrected.some((word, index) => word !== words[index]) ? corrected.join(' ') : undefined;
}
