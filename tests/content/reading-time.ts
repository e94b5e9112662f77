/**
 * A module's reading time, computed from its MDX body and frontmatter: THE rule behind every `minutes` in a
 * module's frontmatter (checked by `tests/content/reading-time.test.ts`), the routes' and the
 * course plan's "Leestijd" sums and the kits' "Vooraf lezen". The rule is stated to readers
 * on *Over deze site* and to authors in README, "Adding a module"; change all three together.
 *
 * minutes = ⌈ words ÷ wordsPerMinute + widgets × minutesPerWidget ⌉
 *
 * - words: the module's prose (headings, paragraphs, lists, tables, quotes, the text inside
 *   components such as a vignette) and the text its components show from attributes (a
 *   vignette's title and question) and its reflection questions (frontmatter). Not counted: the sources
 *   section, frontmatter (the body has none), import/export lines, code blocks, JSX tags
 *   themselves, link addresses, Markdown markup.
 * - widgets: the interactive exercises the frontmatter lists (`exercises`). A figure is not
 *   one and counts as nothing.
 */
import { jsxTags, withoutCode } from './mdx-tags';

export const readingRule = {
  /** Words a reader reads in a minute: a calm reading pace for study text. */
  wordsPerMinute: 200,
  /** Minutes for one interactive exercise (a sorting task, a scan, a dilemma). */
  minutesPerWidget: 3,
} as const;

/** The headings of the sources section, which is reference, not reading. */
const sourcesHeading = /^## (Bronnen|Sources)\s*$/m;

/** Attributes whose strings a component shows as text. */
const shownAttributes = ['title', 'question'];

/** The body without its sources section (from its `##` heading up to the next `##` heading). */
function withoutSources(body: string): string {
  const start = body.search(sourcesHeading);
  if (start < 0) return body;
  const rest = body.slice(start).replace(/^.*\n?/, '');
  const next = rest.search(/^## /m);
  return body.slice(0, start) + (next < 0 ? '' : rest.slice(next));
}

/** The body's text as a reader sees it: components replaced by the strings they show. */
export function readableText(mdxBody: string): string {
  let body = withoutSources(withoutCode(mdxBody)).replace(/^(import|export)\s.*$/gm, '');
  // Replace tags from the last to the first, so earlier positions stay valid.
  for (const tag of jsxTags(body).reverse()) {
    const closing = body.indexOf('>', tag.end);
    const shown = shownAttributes.map((name) => tag.attributes[name] ?? '').filter((value) => !value.startsWith('{'));
    body = `${body.slice(0, tag.start)} ${shown.join(' ')} ${body.slice(closing < 0 ? body.length : closing + 1)}`;
  }
  return body
    .replace(/<\/[A-Z]\w*\s*>|<\/?[a-z][^>]*>/g, ' ')
    .replace(/<!--[^]*?-->/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

/** The words of a text: runs without whitespace that hold a letter or a digit. */
export const wordCount = (text: string) =>
  text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

export interface ReadingTime {
  words: number;
  widgets: number;
  minutes: number;
}

/** What a module's frontmatter adds to its body: its reflection questions and its exercises. */
export interface ModuleAsks {
  questions: readonly string[];
  exercises: number;
}

/** The reading time of a module by `readingRule`, rounded up to whole minutes. */
export function readingTime(mdxBody: string, asks: ModuleAsks): ReadingTime {
  const words = wordCount(readableText(mdxBody)) + asks.questions.reduce((total, question) => total + wordCount(question), 0);
  const widgets = asks.exercises;
  const minutes = Math.ceil(words / readingRule.wordsPerMinute + widgets * readingRule.minutesPerWidget);
  return { words, widgets, minutes };
}
