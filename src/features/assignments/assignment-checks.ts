/**
 * The checks of an assignment read from a link (see `assignment.ts`): what is usable is kept,
 * cleaned and cut to the limits, and every dropped or shortened part is named as a problem.
 * Encoding cleans text with the same rules, so a link made here reads back unchanged.
 */
import { LIMITS, type Assignment, type AssignmentModule, type Catalogue } from './assignment';

/** What can be wrong with a link: unreadable as a whole (the first five), or in a part it holds. */
export type Problem =
  /** The link has no assignment at all. */
  | { kind: 'missing' }
  /** Not base64url, not UTF-8, not JSON, or not an assignment. */
  | { kind: 'malformed' }
  | { kind: 'too-large' }
  | { kind: 'newer-version' }
  | { kind: 'unknown-version' }
  | { kind: 'bad-field'; field: 'title' | 'instructions' | 'due' | 'modules' }
  | { kind: 'too-long'; field: 'title' | 'instructions' }
  | { kind: 'too-many-modules'; count: number }
  | { kind: 'unknown-module'; slug: string }
  /** `question` as the reader reads it: its number (`"8"` for index 7), its id, or what the link held, quoted. */
  | { kind: 'unknown-question'; module: string; question: string }
  | { kind: 'unknown-widget'; module: string; id: string }
  /** More problems of the three kinds above than are listed. */
  | { kind: 'more'; count: number }
  /** After dropping what could not be used, no module is left. */
  | { kind: 'no-modules' };

export interface Decoded {
  /** What can be used, or null when nothing can. */
  assignment: Assignment | null;
  problems: Problem[];
}

// ---------------------------------------------------------------------------------------
// Text

/** Direction overrides and C0/C1 controls (tabs and, where allowed, line breaks excepted). */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const unsafeCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** At most `limit` UTF-16 units (as `maxlength` counts), never cutting a character in two. */
export function truncate(text: string, limit: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > limit) break;
    out += char;
  }
  return out;
}

export const cleanTitle = (text: string) => text.replace(unsafeCharacters, '').replace(/\s+/g, ' ').trim();
export const cleanInstructions = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(unsafeCharacters, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** A real calendar date written `YYYY-MM-DD`. */
export function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

// ---------------------------------------------------------------------------------------
// Values from a link

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a value from a link is named in a message: short, and only if it looks like an id or a number. */
const shown = (value: unknown) => {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  return /^[\w.#-]{1,40}$/.test(text) ? text : '?';
};

/**
 * How a question a link names is named to the reader: an index of version 1 by its place (index
 * 7 is question 8), anything else quoted as it stood, so that neither the text `"0"` in version
 * 1 nor the number 0 in version 2 is reported as a missing question 1, which exists.
 */
const questionName = (question: unknown, version: unknown) =>
  version === 1 && typeof question === 'number' && Number.isInteger(question) && question >= 0
    ? String(question + 1)
    : `“${shown(question)}”`;

/**
 * The answer id a link names in module `slug`: the id itself, or, for a question of the set
 * named after the module (most are), only what follows its `#` (`"0"` for `vier-vormen#0`),
 * which keeps a long assignment's link short. `questionRef` is the other way.
 */
function questionIdOf(slug: string, question: unknown): string | null {
  if (typeof question !== 'string') return null;
  return question.includes('#') ? question : `${slug}#${question}`;
}

export const questionRef = (slug: string, id: string) =>
  id.startsWith(`${slug}#`) ? id.slice(slug.length + 1) : id;

/**
 * The answer id a version 1 link meant by a question's index in module `slug`. When version 2
 * came, every module had one set of reflection questions, named after the module, with the ids
 * 0, 1, 2… in page order, so index `i` was the question `<slug>#<i>`; that stays true of old links
 * whatever later happens to the module's questions, which is why it is a rule and not a lookup.
 */
export function questionIdOfVersion1(slug: string, index: unknown): string | null {
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? `${slug}#${index}` : null;
}

// ---------------------------------------------------------------------------------------
// The assignment

/**
 * Reads the fields of a decoded payload (of the current version, or of version 1, whose
 * questions are indices) against the modules that exist now. Never throws.
 */
export function checkAssignment(data: Record<string, unknown>, catalogue: Catalogue): Decoded {
  const problems: Problem[] = [];
  const text = (field: 'title' | 'instructions', key: string, clean: (text: string) => string): string => {
    const value = data[key] ?? '';
    if (typeof value !== 'string') {
      problems.push({ kind: 'bad-field', field });
      return '';
    }
    const cleaned = clean(value);
    if (cleaned.length > LIMITS[field]) problems.push({ kind: 'too-long', field });
    return truncate(cleaned, LIMITS[field]);
  };
  const title = text('title', 't', cleanTitle);
  const instructions = text('instructions', 'i', cleanInstructions);
  let due: string | null = null;
  if (data['d'] !== undefined) {
    if (typeof data['d'] === 'string' && isDate(data['d'])) due = data['d'];
    else problems.push({ kind: 'bad-field', field: 'due' });
  }

  const unknown: Problem[] = [];
  const modules: AssignmentModule[] = [];
  let entries = Array.isArray(data['m']) ? data['m'] : [];
  if (!Array.isArray(data['m'])) problems.push({ kind: 'bad-field', field: 'modules' });
  if (entries.length > LIMITS.modules) {
    problems.push({ kind: 'too-many-modules', count: entries.length });
    entries = entries.slice(0, LIMITS.modules);
  }
  let badEntry = false;
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry['s'] !== 'string') {
      badEntry = true;
      continue;
    }
    const known = catalogue.find((module) => module.slug === entry['s']);
    if (!known) {
      unknown.push({ kind: 'unknown-module', slug: shown(entry['s']) });
      continue;
    }
    const module = modules.find((candidate) => candidate.slug === known.slug) ?? {
      slug: known.slug,
      questions: [],
      widgets: [],
    };
    if (!modules.includes(module)) modules.push(module);
    const questions = entry['q'] ?? [];
    const widgets = entry['w'] ?? [];
    if (!Array.isArray(questions) || !Array.isArray(widgets)) badEntry = true;
    for (const question of Array.isArray(questions) ? questions : []) {
      const id =
        data['v'] === 1 ? questionIdOfVersion1(known.slug, question) : questionIdOf(known.slug, question);
      if (known.questions.some((candidate) => candidate.id === id)) {
        if (!module.questions.includes(id as string)) module.questions.push(id as string);
      } else
        unknown.push({
          kind: 'unknown-question',
          module: known.title,
          question: questionName(question, data['v']),
        });
    }
    for (const id of Array.isArray(widgets) ? widgets : []) {
      if (known.widgets.some((widget) => widget.id === id)) {
        if (!module.widgets.includes(id as string)) module.widgets.push(id as string);
      } else unknown.push({ kind: 'unknown-widget', module: known.title, id: shown(id) });
    }
    const placeOf = (id: string) => known.questions.findIndex((question) => question.id === id);
    module.questions.sort((a, b) => placeOf(a) - placeOf(b));
    module.widgets.sort(
      (a, b) =>
        known.widgets.findIndex((widget) => widget.id === a) -
        known.widgets.findIndex((widget) => widget.id === b),
    );
  }
  if (badEntry) problems.push({ kind: 'bad-field', field: 'modules' });
  problems.push(...unknown.slice(0, LIMITS.problems));
  if (unknown.length > LIMITS.problems)
    problems.push({ kind: 'more', count: unknown.length - LIMITS.problems });
  if (modules.length === 0) problems.push({ kind: 'no-modules' });
  return { assignment: { title, instructions, due, modules }, problems };
}
