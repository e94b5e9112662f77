/**
 * Assignments (opdrachten) without a server: a teacher educator picks modules and, in them,
 * the reflection questions and widgets that count; the whole assignment travels in the
 * link's fragment, `/opdracht/#a=<payload>`, which never reaches a server.
 *
 * The payload is base64url (no padding) of UTF-8 compact JSON:
 *
 *   {
 *     "v": 1,                                  // format version
 *     "t": "<title>",                          // ≤ 120 characters
 *     "i": "<instructions>",                   // optional, ≤ 1000 characters
 *     "d": "YYYY-MM-DD",                       // optional due date
 *     "m": [                                   // ≤ 14 modules, in the order to take them
 *       { "s": "<module slug>",                // as in `courseModules` (src/course/course.ts)
 *         "q": [0, 2],                         // optional: reflection questions, by index in the module
 *         "w": ["vier-vormen-sorteren"] }      // optional: widgets, by set id
 *     ]
 *   }
 *
 * Modules are named by slug and items by index or id, never by title, so renaming a module
 * keeps old links working. A link is untrusted input: `decodeAssignment` never throws, keeps
 * whatever is usable and lists what it had to drop. Its strings are plain text for
 * `textContent`, never HTML. The hand-in files are made in `assignment-hand-in.ts`, which
 * only the student page loads.
 */
import type { PortfolioGroup } from '../mijn-werk/portfolio';
import type { SavedAnswer } from '../../lib/store-data';

export const ASSIGNMENT_VERSION = 1;

export const LIMITS = {
  title: 120,
  instructions: 1000,
  modules: 14,
  /** Characters of payload; a longer one is not read at all. A full assignment within the other limits stays under it. */
  payload: 8000,
  /** Problems listed one by one; the rest are counted. */
  problems: 10,
} as const;

export interface AssignmentModule {
  slug: string;
  /** Reflection questions, by index among the module's questions in page order. */
  questions: number[];
  /** Widgets, by set id. */
  widgets: string[];
}

export interface Assignment {
  title: string;
  instructions: string;
  /** `YYYY-MM-DD`, or null. */
  due: string | null;
  modules: AssignmentModule[];
}

/** What a module offers, in the page's language (read from its frontmatter at build time). */
export interface CatalogueModule {
  slug: string;
  /** The module's path in the page's language, e.g. `/en/modules/vier-vormen/`. */
  path: string;
  title: string;
  /** Its reflection questions in page order; `id` is the answer id, `<set id>#<index in set>`. */
  questions: { id: string; text: string }[];
  /** Its widgets; `id` is the set id, `name` how the page's language calls the exercise. */
  widgets: { id: string; name: string }[];
}

export type Catalogue = CatalogueModule[];

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
  | { kind: 'unknown-question'; module: string; index: string }
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
function truncate(text: string, limit: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > limit) break;
    out += char;
  }
  return out;
}

const cleanTitle = (text: string) => text.replace(unsafeCharacters, '').replace(/\s+/g, ' ').trim();
const cleanInstructions = (text: string) =>
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
// base64url of UTF-8

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null for anything that is not base64url of valid UTF-8. */
function fromBase64Url(payload: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(payload) || payload.length % 4 === 1) return null;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------
// Encoding and decoding

/** The payload for a link. Text is cleaned and cut to the limits, as decoding would. */
export function encodeAssignment(assignment: Assignment): string {
  const data: Record<string, unknown> = {
    v: ASSIGNMENT_VERSION,
    t: truncate(cleanTitle(assignment.title), LIMITS.title),
  };
  const instructions = truncate(cleanInstructions(assignment.instructions), LIMITS.instructions);
  if (instructions) data['i'] = instructions;
  if (assignment.due && isDate(assignment.due)) data['d'] = assignment.due;
  data['m'] = assignment.modules.slice(0, LIMITS.modules).map((module) => {
    const entry: Record<string, unknown> = { s: module.slug };
    if (module.questions.length) entry['q'] = module.questions;
    if (module.widgets.length) entry['w'] = module.widgets;
    return entry;
  });
  return toBase64Url(JSON.stringify(data));
}

/** The payload in a link's fragment (`#a=…`), or null. */
export function payloadFromHash(hash: string): string | null {
  const payload = new URLSearchParams(hash.replace(/^#/, '')).get('a');
  return payload === null || payload === '' ? null : payload;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a value from a link is named in a message: short, and only if it looks like an id or a number. */
const shown = (value: unknown) => {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  return /^[\w.-]{1,40}$/.test(text) ? text : '?';
};

/** Reads a link's payload against the modules that exist now. Never throws. */
export function decodeAssignment(payload: string | null, catalogue: Catalogue): Decoded {
  if (payload === null || payload === '') return { assignment: null, problems: [{ kind: 'missing' }] };
  if (payload.length > LIMITS.payload) return { assignment: null, problems: [{ kind: 'too-large' }] };
  const json = fromBase64Url(payload);
  let data: unknown;
  try {
    data = json === null ? null : JSON.parse(json);
  } catch {
    data = null;
  }
  if (!isRecord(data)) return { assignment: null, problems: [{ kind: 'malformed' }] };
  if (data['v'] !== ASSIGNMENT_VERSION) {
    const newer =
      typeof data['v'] === 'number' && Number.isInteger(data['v']) && data['v'] > ASSIGNMENT_VERSION;
    return { assignment: null, problems: [{ kind: newer ? 'newer-version' : 'unknown-version' }] };
  }

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
    for (const index of Array.isArray(questions) ? questions : []) {
      if (
        typeof index === 'number' &&
        Number.isInteger(index) &&
        index >= 0 &&
        index < known.questions.length
      ) {
        if (!module.questions.includes(index)) module.questions.push(index);
      } else unknown.push({ kind: 'unknown-question', module: known.title, index: shown(index) });
    }
    for (const id of Array.isArray(widgets) ? widgets : []) {
      if (known.widgets.some((widget) => widget.id === id)) {
        if (!module.widgets.includes(id as string)) module.widgets.push(id as string);
      } else unknown.push({ kind: 'unknown-widget', module: known.title, id: shown(id) });
    }
    module.questions.sort((a, b) => a - b);
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

// ---------------------------------------------------------------------------------------
// Progress and hand-in

export interface AssignmentItem {
  /** `read`: a module given without questions or widgets, done once visited. */
  kind: 'question' | 'widget' | 'read';
  /** The answer id (question), set id (widget) or module slug (read). */
  id: string;
  /** The question or the widget's name; empty for `read`. */
  label: string;
  done: boolean;
}

export interface AssignmentModuleProgress {
  slug: string;
  path: string;
  title: string;
  items: AssignmentItem[];
  done: number;
}

export interface AssignmentProgress {
  modules: AssignmentModuleProgress[];
  done: number;
  total: number;
}

const answered = (answer: SavedAnswer | undefined) => answer !== undefined && answer.text.trim() !== '';

const startsSet = (answerId: string, setId: string) => answerId.startsWith(`${setId}#`);

/** Which of the assignment's items the reader has done: questions answered, widgets used, modules visited. */
export function assignmentProgress(
  assignment: Assignment,
  catalogue: Catalogue,
  answers: Record<string, SavedAnswer>,
  visits: Record<string, string> = {},
): AssignmentProgress {
  const ids = Object.keys(answers);
  const modules = assignment.modules.flatMap((chosen): AssignmentModuleProgress[] => {
    const known = catalogue.find((module) => module.slug === chosen.slug);
    if (!known) return [];
    const items: AssignmentItem[] = [
      ...chosen.questions.flatMap((index): AssignmentItem[] => {
        const question = known.questions[index];
        return question
          ? [
              {
                kind: 'question',
                id: question.id,
                label: question.text,
                done: answered(answers[question.id]),
              },
            ]
          : [];
      }),
      ...chosen.widgets.flatMap((id): AssignmentItem[] => {
        const widget = known.widgets.find((candidate) => candidate.id === id);
        return widget
          ? [
              {
                kind: 'widget',
                id,
                label: widget.name,
                done: ids.some((answerId) => startsSet(answerId, id)),
              },
            ]
          : [];
      }),
    ];
    if (items.length === 0) {
      const visited = [`/modules/${chosen.slug}/`, `/en/modules/${chosen.slug}/`].some(
        (path) => path in visits,
      );
      items.push({ kind: 'read', id: chosen.slug, label: '', done: visited });
    }
    return [
      {
        slug: known.slug,
        path: known.path,
        title: known.title,
        items,
        done: items.filter((item) => item.done).length,
      },
    ];
  });
  return {
    modules,
    done: modules.reduce((total, module) => total + module.done, 0),
    total: modules.reduce((total, module) => total + module.items.length, 0),
  };
}

/** Per module, in the assignment's order, the answers that belong to the assignment (and nothing else). */
export function handInGroups(
  assignment: Assignment,
  catalogue: Catalogue,
  answers: Record<string, SavedAnswer>,
): PortfolioGroup[] {
  const ids = Object.keys(answers).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return assignment.modules.flatMap((chosen): PortfolioGroup[] => {
    const known = catalogue.find((module) => module.slug === chosen.slug);
    if (!known) return [];
    const picked = [
      ...chosen.questions
        .map((index) => known.questions[index]?.id)
        .filter((id): id is string => id !== undefined && answered(answers[id])),
      ...chosen.widgets.flatMap((setId) => ids.filter((id) => startsSet(id, setId))),
    ];
    const unique = [...new Set(picked)];
    return unique.length
      ? [{ path: known.path, title: known.title, answers: unique.map((id) => ({ ...answers[id]!, id })) }]
      : [];
  });
}

/** Exactly the assignment's answers, by id. */
export function handInAnswers(
  assignment: Assignment,
  catalogue: Catalogue,
  answers: Record<string, SavedAnswer>,
): Record<string, SavedAnswer> {
  return Object.fromEntries(
    handInGroups(assignment, catalogue, answers).flatMap((group) =>
      group.answers.map(({ id, ...answer }) => [id, answer] as const),
    ),
  );
}
