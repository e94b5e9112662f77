/**
 * The hand-in of an assignment (see `assignment.ts`) as files: a document outline for Word
 * and print, and JSON in the answers-file format with the assignment and the student's name.
 */
import { FILE_FORMAT, toAnswersFile } from '../../lib/answers-file';
import type { Assignment, Catalogue } from '../assignments/assignment';
import { assignmentProgress, handInAnswers, handInGroups } from '../assignments/assignment-answers';
import { fillIn, longDate } from '../../lib/fill-in';
import { portfolioOutline, type Block, type ExportLabels } from '../mijn-werk/portfolio-export';
import type { SavedAnswer } from '../../lib/store-data';

export interface HandInLabels extends Omit<ExportLabels, 'title'> {
  /** "Naam: {{name}}" */
  student: string;
  /** "Inleveren vóór {{date}}" */
  due: string;
  /** "{{done}} van {{total}} onderdelen gedaan" */
  progress: string;
}

/** The hand-in as a document outline (for Word and print): title block, then the answers per module. */
export function handInOutline(
  assignment: Assignment,
  catalogue: Catalogue,
  answers: Record<string, SavedAnswer>,
  student: string,
  labels: HandInLabels,
  lang: string,
  now: Date,
): Block[] {
  const progress = assignmentProgress(assignment, catalogue, answers);
  const [title, ...rest] = portfolioOutline(
    handInGroups(assignment, catalogue, answers),
    { ...labels, title: assignment.title },
    lang,
    now,
  );
  const titleBlock: Block[] = [{ kind: 'note', text: fillIn(labels.student, { name: student }) }];
  if (assignment.due)
    titleBlock.push({
      kind: 'note',
      text: fillIn(labels.due, { date: longDate(`${assignment.due}T12:00:00Z`, lang) }),
    });
  titleBlock.push({
    kind: 'note',
    text: fillIn(labels.progress, { done: progress.done, total: progress.total }),
  });
  return [title!, ...titleBlock, ...rest];
}

/** The hand-in as JSON: the answers-file format (importable on Mijn werk) with the assignment and the student's name. */
export function handInFile(
  assignment: Assignment,
  catalogue: Catalogue,
  answers: Record<string, SavedAnswer>,
  student: string,
  now: Date,
): string {
  const file = JSON.parse(
    toAnswersFile({ answers: handInAnswers(assignment, catalogue, answers), visits: {} }, now),
  );
  if (file.format !== FILE_FORMAT) throw new Error('answers-file format changed');
  return `${JSON.stringify({ ...file, assignment, student: student.trim() }, null, 2)}\n`;
}

/** `opdracht-<title>-<name>-<date>.<extension>`, in plain letters and digits. */
export const handInFileName = (title: string, student: string, extension: string, now: Date) =>
  studentFileName('opdracht', title, student, extension, now);

/** `<kind>-<title>-<name>-<date>.<extension>`, in plain letters and digits (the feedback file's name too). */
export function studentFileName(
  kind: string,
  title: string,
  student: string,
  extension: string,
  now: Date,
): string {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '');
  return (
    [kind, slug(title), slug(student), now.toISOString().slice(0, 10)].filter(Boolean).join('-') +
    `.${extension}`
  );
}
