import { problemLabelKeys } from '../assignments/problem-text';
import { exportLabelKeys } from '../mijn-werk/portfolio-export';

/** The `assignment.` UI strings `<assignment-page>` reads, handed over by `Opdracht.astro`. */
export const assignmentPageLabelKeys = [
  ...exportLabelKeys,
  'untitled',
  'due',
  'progress',
  'progressModule',
  'done',
  'notDone',
  'read',
  'student',
  'nameMissing',
  'exported',
  'wordLoading',
  'wordFailed',
  ...problemLabelKeys,
] as const;
export type AssignmentPageLabel = (typeof assignmentPageLabelKeys)[number];
