/**
 * Feedback kept in the answer store (`src/lib/answer-store.ts`) like any answer, so that it
 * is in the backup file and merges across tabs, but in sets of its own, so that no widget takes
 * it for its own answer, no assignment hands it in and no progress counts it:
 *
 * - `feedback#<assignment>.<student>`: what the educator writes on the class overview;
 * - `feedback-in#<assignment>.<student>`: a feedback file the student opened; opening the
 *   same student's file for the same assignment again replaces it.
 *
 * `<assignment>` and `<student>` are hashes (base 36) of the assignment's payload and the
 * student's name, as an answer id allows only letters, digits, `-` and `.`. The answer is
 *
 *   { "value": <Feedback, see feedback.ts>, "text": "<the feedback as plain text>",
 *     "page": "<where it was written or opened>", "prompt": "<the student's name>",
 *     "widget": "klas-overzicht" | "feedback-inzien", "savedAt": … }
 *
 * and its value is read back through `readFeedback`'s checks, as untrusted as a file.
 */
import type { NewAnswer } from '../../lib/answer-store';
import type { SavedAnswer } from '../../lib/store-data';
import type { Assignment, Catalogue } from '../assignments/assignment';
import { readFeedback, type Feedback } from './feedback';
import { isFeedbackId, type FeedbackSet } from './feedback-ids';

/** 53 bits of cyrb53: enough that two names in one class never share an id. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export const feedbackId = (set: FeedbackSet, feedback: Pick<Feedback, 'assignment' | 'student'>) =>
  `${set}#${hash(feedback.assignment)}.${hash(feedback.student)}`;

/** The feedback as plain text, for the backup file and whoever reads it there. */
const plainText = (feedback: Feedback) =>
  [feedback.note, ...Object.values(feedback.items).map((item) => `${item.prompt}\n${item.text}`)]
    .filter(Boolean)
    .join('\n\n');

export const feedbackAnswer = (feedback: Feedback, page: string, widget: string): NewAnswer => ({
  value: feedback,
  text: plainText(feedback),
  page,
  prompt: feedback.student,
  widget,
});

export interface StoredFeedback {
  id: string;
  savedAt: string;
  feedback: Feedback;
  assignment: Assignment;
}

/** The store's feedback of `set` that can still be read, newest first. */
export function storedFeedback(
  answers: Record<string, SavedAnswer>,
  set: FeedbackSet,
  catalogue: Catalogue,
): StoredFeedback[] {
  return Object.entries(answers)
    .filter(([id]) => isFeedbackId(id, set))
    .flatMap(([id, answer]) => {
      const read = readFeedback(answer.value, catalogue);
      return 'error' in read
        ? []
        : [{ id, savedAt: answer.savedAt, feedback: read.ok, assignment: read.assignment }];
    })
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
