/**
 * The class overview as a matrix: one row per student, one column per item the assignment
 * counts (as `assignmentProgress` lists them), each cell done or not and how long the answer
 * is; with totals per student and per item.
 */
import type { Assignment, Catalogue } from '../assignments/assignment';
import { assignmentProgress, type AssignmentItem } from '../assignments/assignment-answers';
import type { SavedAnswer } from '../../lib/store-data';
import type { HandIn } from './hand-ins';

export interface MatrixColumn {
  /** Unique among the columns: `<kind>:<id>`. */
  key: string;
  kind: AssignmentItem['kind'];
  id: string;
  /** The question or the widget's name; empty for a module only to read. */
  label: string;
  module: string;
}

export interface MatrixCell {
  done: boolean;
  /** Characters of the answer's text (of all its answers, for a widget). */
  length: number;
}

export interface StudentRow {
  student: string;
  /** The hand-in that counts: the newest one. */
  handIn: HandIn;
  /** The student's other, older files. */
  older: string[];
  cells: MatrixCell[];
  done: number;
}

export interface ClassMatrix {
  columns: MatrixColumn[];
  rows: StudentRow[];
  /** Per column, how many students have done it. */
  doneByColumn: number[];
}

/** One student, however the name was typed: trimmed, spaces and case aside. */
const studentKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Characters as a reader counts them (an emoji is one), not UTF-16 units. */
const characters = (text: string) => [...text.trim()].length;

/** The answers that make an item: the question's answer, every answer of a widget's set. */
export function itemAnswers(item: Pick<MatrixColumn, 'kind' | 'id'>, answers: Record<string, SavedAnswer>) {
  if (item.kind === 'question') return answers[item.id] ? [answers[item.id]!] : [];
  if (item.kind === 'read') return [];
  return Object.keys(answers)
    .filter((id) => id.startsWith(`${item.id}#`))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((id) => answers[id]!);
}

/** One row per student, the newest hand-in counting, the others listed. */
function newestPerStudent(handIns: readonly HandIn[]): Omit<StudentRow, 'cells' | 'done'>[] {
  const byStudent = new Map<string, HandIn[]>();
  for (const handIn of handIns) {
    const key = studentKey(handIn.student);
    byStudent.set(key, [...(byStudent.get(key) ?? []), handIn]);
  }
  return [...byStudent.values()].map((files) => {
    const [newest, ...older] = [...files].sort((a, b) => Date.parse(b.exportedAt) - Date.parse(a.exportedAt));
    return { student: newest!.student, handIn: newest!, older: older.map((handIn) => handIn.file) };
  });
}

export function classMatrix(
  assignment: Assignment,
  catalogue: Catalogue,
  handIns: readonly HandIn[],
): ClassMatrix {
  const columns = assignmentProgress(assignment, catalogue, {}).modules.flatMap((module) =>
    module.items.map((item): MatrixColumn => ({
      key: `${item.kind}:${item.id}`,
      kind: item.kind,
      id: item.id,
      label: item.label,
      module: module.title,
    })),
  );
  const rows = newestPerStudent(handIns).map((row): StudentRow => {
    const { answers } = row.handIn;
    const progress = assignmentProgress(assignment, catalogue, answers).modules.flatMap(
      (module) => module.items,
    );
    const cells = columns.map((column, index) => ({
      done: progress[index]?.done ?? false,
      length: itemAnswers(column, answers).reduce((total, answer) => total + characters(answer.text), 0),
    }));
    return { ...row, cells, done: cells.filter((cell) => cell.done).length };
  });
  return {
    columns,
    rows,
    doneByColumn: columns.map((_, index) => rows.filter((row) => row.cells[index]!.done).length),
  };
}

/** What the matrix is sorted by: the student's name, their total, or one column (by its key). */
export type SortKey = 'name' | 'total' | `column:${string}`;

/** The rows sorted by `key`, ascending or not; ties by name, so the order is always the same. */
export function sortRows(matrix: ClassMatrix, key: SortKey, ascending: boolean, lang: string): StudentRow[] {
  const byName = (a: StudentRow, b: StudentRow) =>
    a.student.localeCompare(b.student, lang, { sensitivity: 'base' });
  const column = key.startsWith('column:')
    ? matrix.columns.findIndex((candidate) => `column:${candidate.key}` === key)
    : -1;
  const measure = (row: StudentRow): number => {
    if (key === 'total') return row.done;
    const cell = row.cells[column];
    // Done before not done; among the done, longer answers after shorter ones.
    return cell ? (cell.done ? 1 + cell.length : 0) : 0;
  };
  const sign = ascending ? 1 : -1;
  return [...matrix.rows].sort((a, b) =>
    key === 'name' ? sign * byName(a, b) : sign * (measure(a) - measure(b)) || byName(a, b),
  );
}
