/**
 * The line under an answer that says when it was saved, in the list on Mijn werk and in its
 * exports alike. On its own so that the list does not load the exports' code.
 */
import { fillIn, longDate } from '../../lib/fill-in';
import { originalIdOf } from '../../lib/conflict-copies';
import type { PortfolioAnswer } from './portfolio';

/** When the answer was saved, and for a conflict copy that it is one ("Bewaard op …", from the labels). */
export const savedOnLine = (
  answer: PortfolioAnswer,
  labels: { savedOn: string; copySavedOn: string },
  lang: string,
) =>
  fillIn(originalIdOf(answer.id) === null ? labels.savedOn : labels.copySavedOn, {
    date: longDate(answer.savedAt, lang),
  });
