/**
 * A reader's store at scale, for the Mijn werk bench and its browser test: `count` answers
 * spread over the given pages, as the real widgets store them (see `src/lib/store-data.ts`):
 * mostly reflection answers whose value is their text, of 50 to 2,000 characters, some
 * short, many long, with line breaks; every seventh a scan whose value is its ratings.
 * Deterministic, so every run seeds the same store. Plain TypeScript with no site imports,
 * so that the bench can load it in plain Node.
 */
import type { SavedAnswer } from '../../src/lib/store-data.ts';

const words = (
  'leraar school team leiding onderwijs leerling collega ontwikkeling onderzoek praktijk ' +
  'gesprek keuze ruimte vertrouwen expertise verandering vraag doel rol cultuur besluit ' +
  'verbetering initiatief samenwerking eigenaarschap invloed regie les klas ouders bestuur'
).split(' ');

/** A small linear congruential generator: the same sequence for the same seed. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Text of exactly `length` characters: sentences of the words above, a paragraph break now and then. */
function text(length: number, next: () => number): string {
  let result = '';
  while (result.length < length) {
    const sentence = Array.from(
      { length: 6 + Math.floor(next() * 10) },
      () => words[Math.floor(next() * words.length)],
    ).join(' ');
    result += `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.${next() < 0.15 ? '\n\n' : ' '}`;
  }
  return result.slice(0, length);
}

/**
 * 50 to 2,000 characters, skewed short (half under about 110, a tenth over 1,200), as typed
 * answers are, and so that 5,000 of them fit the 5 million characters localStorage holds.
 */
const answerLength = (next: () => number) => 50 + Math.floor(1950 * next() ** 5);

/**
 * The answers, by id, of a store with `count` answers on `pages` (site paths such as
 * `/modules/de-paradox/`), about as many on each page; `variant` changes every text (and
 * nothing else), for a file that replaces each answer.
 */
export function largeStoreAnswers(
  count: number,
  pages: readonly string[],
  variant = 0,
): Record<string, SavedAnswer> {
  const next = numbers(count + 1);
  const answers: Record<string, SavedAnswer> = {};
  for (let n = 0; n < count; n++) {
    const pageIndex = n % pages.length;
    const page = pages[pageIndex]!;
    const item = Math.floor(n / pages.length);
    const savedAt = new Date(Date.UTC(2026, 8, 1) + n * 60_000).toISOString();
    const length = answerLength(next);
    const body = `${variant ? `Versie ${variant}. ` : ''}${text(length, next)}`.slice(0, length);
    if (n % 7 === 6) {
      const ratings = Array.from({ length: 7 }, () => 1 + Math.floor(next() * 5));
      answers[`scan-${pageIndex}#${item}`] = {
        value: { ratings, note: body },
        text: `${ratings.join(', ')}. ${body}`,
        savedAt,
        page,
        prompt: `Scan ${item + 1}: hoe sterk is dit bij jullie?`,
        widget: 'zeven-kwaliteiten-scan',
      };
    } else {
      answers[`pagina-${pageIndex}#${item}`] = {
        value: body,
        text: body,
        savedAt,
        page,
        prompt: `Vraag ${item + 1}: wat betekent dit voor jouw werk?`,
        widget: 'reflectie-vragen',
      };
    }
  }
  return answers;
}

/** The built site's pages a reader can answer on (by their paths in the build, as `builtPages` gives them), at most 60. */
export function answerPages(builtPages: readonly string[]): string[] {
  return builtPages
    .filter((path) => !/^(en\/)?($|mijn-werk|klasoverzicht|opdracht|404)/.test(path))
    .slice(0, 60)
    .map((path) => `/${path}`);
}
