/**
 * Which answers are feedback, by their ids (the sets are described in `feedback-store.ts`). On
 * its own, without reading feedback, so that *Mijn werk* can leave feedback out of its list
 * without loading the checks a feedback file goes through.
 */
import type { SavedAnswer } from '../../lib/store-data';

export type FeedbackSet = 'feedback' | 'feedback-in';

export const isFeedbackId = (id: string, set?: FeedbackSet) =>
  set ? id.startsWith(`${set}#`) : /^feedback(-in)?#/.test(id);

/** The answers that are no feedback: what *Mijn werk* lists as the reader's own work. */
export const withoutFeedback = (answers: Record<string, SavedAnswer>) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !isFeedbackId(id)));
