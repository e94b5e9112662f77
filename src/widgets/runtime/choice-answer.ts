/**
 * An answer to a choice widget (`<paradox-dilemma>`, `<stap-terug-stap-vooruit>`): a
 * choice (a position on a scale, or one of a few options), the given arguments the reader
 * ticked, and a note in their own words. Each widget stores it under its own field names;
 * `ChoiceShape` says which, so that one set of functions reads, writes and phrases both.
 */
import { isRecord, type JsonValue } from '../../lib/store-data';

export type Choice = string | number;

export interface ChoiceAnswer {
  /** null: the reader has not chosen yet (but may have ticked or written something). */
  choice: Choice | null;
  arguments: string[];
  note: string;
}

/** How one widget stores its answers. */
export interface ChoiceShape {
  /** The field that holds the choice, e.g. `position` or `choice`. */
  field: string;
  /** Every choice the widget offers. */
  choices: readonly Choice[];
  /** The ids of the arguments the reader can tick; absent: the value has no `arguments`. */
  argumentIds?: readonly string[];
}

export const emptyChoiceAnswer = (): ChoiceAnswer => ({ choice: null, arguments: [], note: '' });

/** Nothing chosen, ticked or written: nothing worth keeping. */
export const isEmptyChoiceAnswer = (answer: ChoiceAnswer) =>
  answer.choice === null && answer.arguments.length === 0 && answer.note.trim() === '';

/**
 * A stored value read back as an answer, or null when it is not of the widget's shape (then
 * the widget leaves it alone until the reader answers anew). Argument ids the widget no
 * longer offers are left out: ids are kept forever, so an unknown one can only be damage.
 */
export function readChoiceAnswer(value: JsonValue | undefined, shape: ChoiceShape): ChoiceAnswer | null {
  if (!isRecord(value)) return null;
  const choice = value[shape.field] ?? null;
  const note = value['note'] ?? '';
  const ticked = value['arguments'] ?? [];
  if (choice !== null && !shape.choices.includes(choice as Choice)) return null;
  if (typeof note !== 'string') return null;
  if (!Array.isArray(ticked) || !ticked.every((id) => typeof id === 'string')) return null;
  const known = shape.argumentIds ?? [];
  return { choice: choice as Choice | null, arguments: ticked.filter((id) => known.includes(id)), note };
}

/** The answer as the widget stores it: `{ <field>: choice, arguments?: [...], note }`. */
export function storedChoiceValue(answer: ChoiceAnswer, shape: ChoiceShape): JsonValue {
  return shape.argumentIds
    ? { [shape.field]: answer.choice, arguments: answer.arguments, note: answer.note }
    : { [shape.field]: answer.choice, note: answer.note };
}

/** The words that join the parts of an answer's text, in the page's language. */
export interface AnswerWords {
  noChoice: string;
  arguments: string;
  note: string;
}

/**
 * An answer as one plain-text line for the portfolio, exports and print, e.g.
 * "Werkgroep loopt vast: stap vooruit. Toelichting: …". `choice` and `arguments` are
 * already in words; `subject` (a scenario's title) goes in front when given.
 */
export function choiceAnswerText(
  answer: { subject?: string; choice: string | null; arguments: string[]; note: string },
  words: AnswerWords,
): string {
  const head = answer.choice ?? words.noChoice;
  const parts = [sentence(answer.subject ? `${answer.subject}: ${head}` : head)];
  if (answer.arguments.length > 0)
    parts.push(sentence(`${words.arguments}: ${answer.arguments.map(withoutFullStop).join('; ')}`));
  const note = answer.note.trim();
  if (note) parts.push(`${words.note}: ${note}`);
  return parts.join(' ');
}

const withoutFullStop = (text: string) => text.trim().replace(/\.$/, '');
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * Which feedback to show: the one whose key belongs to the choice or, before any choice,
 * all of them (so the reader can read every side) or none (feedback follows a choice).
 */
export function visibleFeedback(
  choice: Choice | null,
  keyOf: (choice: Choice) => string,
  beforeChoice: 'all' | 'none',
  keys: readonly string[],
): string[] {
  if (choice === null) return beforeChoice === 'all' ? [...keys] : [];
  const key = keyOf(choice);
  return keys.includes(key) ? [key] : [];
}

/** The same choice, arguments (in any order) and note. */
export function sameChoiceAnswer(a: ChoiceAnswer, b: ChoiceAnswer): boolean {
  return (
    a.choice === b.choice &&
    a.note === b.note &&
    a.arguments.length === b.arguments.length &&
    a.arguments.every((id) => b.arguments.includes(id))
  );
}
