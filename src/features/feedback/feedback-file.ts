/**
 * The feedback file the educator downloads on the class overview and the student opens on
 * *Mijn werk* or the assignment page: one student's feedback (`feedback.ts`) in a JSON file.
 *
 *   {
 *     "format": "leiderschap-van-leraren/feedback",
 *     "version": 1,
 *     "exportedAt": "<ISO 8601>",
 *     "assignment": "<payload>", "lang": "nl", "student": "…", "items": {…}, "note": "…"
 *   }
 *
 * Read with the answers file's first checks (size, JSON, format, version), then the
 * feedback's own; a file of another assignment (where the page has one) or another language
 * is refused with that reason. Never throws.
 */
import { readJsonFile, type ImportError } from '../../lib/answers-file';
import { isRecord } from '../../lib/store-data';
import type { Assignment, Catalogue } from '../assignments/assignment';
import { encodeAssignment } from '../assignments/assignment-link';
import { cleanFeedback, readFeedback, type Feedback, type FeedbackProblem } from './feedback';

export const FEEDBACK_FORMAT = 'leiderschap-van-leraren/feedback';
export const FEEDBACK_VERSION = 1;

export type FeedbackFileError = ImportError | FeedbackProblem | 'other-assignment' | 'other-language';

export function toFeedbackFile(feedback: Feedback, exportedAt: Date): string {
  const file = {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...cleanFeedback(feedback),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What the page expects: its language, and on the assignment page its assignment. */
export interface FeedbackExpectation {
  lang: string;
  assignment: Assignment | null;
}

/** Reads a feedback file of `size` bytes; never throws. */
export function readFeedbackFile(
  text: string,
  size: number,
  catalogue: Catalogue,
  expected: FeedbackExpectation,
): { ok: Feedback; assignment: Assignment } | { error: FeedbackFileError } {
  const read = readJsonFile(text, size);
  if ('error' in read) return read;
  const parsed = read.json;
  if (!isRecord(parsed) || parsed['format'] !== FEEDBACK_FORMAT) return { error: 'foreign' };
  const version = parsed['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > FEEDBACK_VERSION)
    return { error: 'newer-version' };
  if (version !== FEEDBACK_VERSION) return { error: 'bad-shape' };
  const feedback = readFeedback(parsed, catalogue);
  if ('error' in feedback) return feedback;
  if (feedback.ok.lang !== (expected.lang === 'en' ? 'en' : 'nl')) return { error: 'other-language' };
  if (expected.assignment && encodeAssignment(expected.assignment) !== feedback.ok.assignment)
    return { error: 'other-assignment' };
  return feedback;
}
