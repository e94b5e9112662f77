/**
 * An educator's feedback on one student's hand-in, as the class overview keeps it, the
 * feedback file carries it and the student's pages read it back (`feedback-file.ts`,
 * `feedback-store.ts`):
 *
 *   {
 *     "assignment": "<the assignment's link payload (encodeAssignment): its id>",
 *     "lang": "nl" | "en",              // the language of the pages the hand-in was made on
 *     "student": "<the name in the hand-in>",
 *     "items": { "<answer id>": { "prompt": "<the question as the student saw it>", "text": "<the feedback>" } },
 *     "note": "<feedback on the hand-in as a whole>"
 *   }
 *
 * Everything here is plain text, shown with `textContent` only. Read as untrusted: text is
 * cleaned as an assignment's instructions are and cut to the limits; an item must be an
 * answer the assignment hands in, and the assignment must pass the link's checks now.
 */
import type { Assignment, Catalogue } from '../assignments/assignment';
import { isAssignmentAnswer } from '../assignments/assignment-answers';
import { cleanInstructions, cleanTitle, isRecord, truncate } from '../assignments/assignment-checks';
import { decodeAssignment, encodeAssignment } from '../assignments/assignment-link';

/** Characters of feedback per answer, and of the general note. */
export const FEEDBACK_LIMIT = 4000;
/** As long as the name field on the assignment page allows. */
const NAME_LIMIT = 120;
/** A question as the module asks it is far shorter. */
const PROMPT_LIMIT = 1000;
/** More items than an assignment of fourteen modules can hold answers. */
const MAX_ITEMS = 500;

export type FeedbackLang = 'nl' | 'en';

// Types, not interfaces: a type is plain JSON to the store's `JsonValue`.
export type FeedbackItem = {
  prompt: string;
  text: string;
};

export type Feedback = {
  assignment: string;
  lang: FeedbackLang;
  student: string;
  items: Record<string, FeedbackItem>;
  note: string;
};

export const cleanFeedbackText = (text: string) => truncate(cleanInstructions(text), FEEDBACK_LIMIT);

/** The feedback as it is kept and written: text cleaned and cut, empty items left out. */
export function cleanFeedback(feedback: Feedback): Feedback {
  const items: Record<string, FeedbackItem> = {};
  for (const [id, item] of Object.entries(feedback.items)) {
    const text = cleanFeedbackText(item.text);
    if (text) items[id] = { prompt: truncate(cleanTitle(item.prompt), PROMPT_LIMIT), text };
  }
  return {
    assignment: feedback.assignment,
    lang: feedback.lang,
    student: truncate(cleanTitle(feedback.student), NAME_LIMIT),
    items,
    note: cleanFeedbackText(feedback.note),
  };
}

/** Whether there is any feedback in it at all. */
export const hasFeedback = (feedback: Feedback) =>
  feedback.note !== '' || Object.keys(feedback.items).length > 0;

export type FeedbackProblem = 'bad-shape' | 'bad-assignment';

/**
 * Reads feedback from a file or the store; never throws. On success also gives the assignment
 * the payload holds, checked against the modules that exist now.
 */
export function readFeedback(
  value: unknown,
  catalogue: Catalogue,
): { ok: Feedback; assignment: Assignment } | { error: FeedbackProblem } {
  if (!isRecord(value)) return { error: 'bad-shape' };
  const { assignment: payload, lang, student, items, note } = value;
  if (typeof payload !== 'string') return { error: 'bad-assignment' };
  const decoded = decodeAssignment(payload, catalogue);
  // The educator's link passed these checks: any problem means it was changed or is outdated.
  if (!decoded.assignment || decoded.problems.length > 0) return { error: 'bad-assignment' };
  const assignment = decoded.assignment;
  if ((lang !== 'nl' && lang !== 'en') || typeof student !== 'string' || typeof note !== 'string')
    return { error: 'bad-shape' };
  if (!isRecord(items) || Object.keys(items).length > MAX_ITEMS) return { error: 'bad-shape' };
  const read: Record<string, FeedbackItem> = {};
  for (const [id, item] of Object.entries(items)) {
    if (!isAssignmentAnswer(assignment, id) || !isRecord(item)) return { error: 'bad-shape' };
    if (typeof item['prompt'] !== 'string' || typeof item['text'] !== 'string') return { error: 'bad-shape' };
    read[id] = { prompt: item['prompt'], text: item['text'] };
  }
  const feedback = cleanFeedback({
    assignment: encodeAssignment(assignment),
    lang,
    student,
    items: read,
    note,
  });
  if (!feedback.student) return { error: 'bad-shape' };
  return { ok: feedback, assignment };
}
