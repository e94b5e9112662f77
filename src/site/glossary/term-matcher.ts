/** One way a glossary term can be written in the running text, and the entry it stands for. */
export interface TermForm {
  id: string;
  form: string;
}

/** A term found in a text: where it starts, the text as written, and its glossary id. */
export interface TermMatch {
  id: string;
  index: number;
  text: string;
}

/** Lower case with single spaces: a term's words may be split over two lines of the source. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').toLocaleLowerCase();
}

function pattern(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/**
 * Finds glossary terms in a text: whole words only (a letter, digit or hyphen on either side
 * means it is part of another word), case-insensitive, the longest form first, so that
 * "role-based teacher leadership" is one term and not "teacher leadership" inside it.
 */
export function termMatcher(forms: readonly TermForm[]): (text: string) => TermMatch[] {
  const byForm = new Map(forms.map(({ id, form }) => [normalise(form), id]));
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(pattern);
  if (alternatives.length === 0) return () => [];
  const terms = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  return (text) =>
    [...text.matchAll(terms)].map((match) => ({
      id: byForm.get(normalise(match[0])) ?? '',
      index: match.index,
      text: match[0],
    }));
}
