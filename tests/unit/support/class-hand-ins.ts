/** Hand-in files as students make them (with the real `handInFile`), for the class overview's tests. */
import { handInFile } from '../../../src/features/assignment-page/assignment-hand-in';
import type { Assignment } from '../../../src/features/assignments/assignment';
import type { HandInText } from '../../../src/features/klasoverzicht/hand-ins';
import type { SavedAnswer } from '../../../src/lib/store-data';
import { assignment, catalogue } from './assignment-fixtures';
import { savedAnswer } from './saved-answer';

/** A student's answers: the first question always, the widget when `sorted`. */
export function studentAnswers(text: string, sorted = false, page = '/modules/vier-vormen/') {
  const answers: Record<string, SavedAnswer> = { 'vier-vormen#0': savedAnswer(page, text) };
  if (sorted)
    answers['vier-vormen-sorteren#kaart-1'] = savedAnswer(page, 'Kaart 1: formeel', 'vier-vormen-sorteren');
  return answers;
}

/** The file `student` hands in on `day` (of November 2026), named as the assignment page names it. */
export const handInText = (
  student: string,
  answers: Record<string, SavedAnswer>,
  day = 20,
  of: Assignment = assignment,
): HandInText & { text: string } => ({
  name: `${student.trim().toLowerCase().replace(/\W+/g, '-')}-${day}.json`,
  text: handInFile(of, catalogue, answers, student, new Date(Date.UTC(2026, 10, day, 12))),
});
