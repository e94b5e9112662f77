/**
 * The two ways to read the class's hand-ins besides the matrix: every student's answer to one
 * item side by side, and one student's whole hand-in as the assignment page shows it.
 */
import type { Assignment, Catalogue } from '../assignments/assignment';
import { handInGroups } from '../assignments/assignment-answers';
import type { PortfolioGroup } from '../mijn-werk/portfolio';
import type { SavedAnswer } from '../../lib/store-data';
import { itemAnswers, type ClassMatrix } from './class-matrix';

export interface StudentAnswer {
  student: string;
  done: boolean;
  /** The item's answers: one for a question, every saved answer of a widget's set. */
  answers: SavedAnswer[];
}

/** Every student's answer to the column `key`, in the matrix's row order; empty for an unknown key. */
export function answersToItem(matrix: ClassMatrix, key: string): StudentAnswer[] {
  const index = matrix.columns.findIndex((column) => column.key === key);
  const column = matrix.columns[index];
  if (!column) return [];
  return matrix.rows.map((row) => ({
    student: row.student,
    done: row.cells[index]!.done,
    answers: itemAnswers(column, row.handIn.answers),
  }));
}

/** A student's hand-in per module, exactly as the assignment page shows it to the student. */
export const studentHandIn = (
  assignment: Assignment,
  catalogue: Catalogue,
  matrix: ClassMatrix,
  student: string,
): PortfolioGroup[] => {
  const row = matrix.rows.find((candidate) => candidate.student === student);
  return row ? handInGroups(assignment, catalogue, row.handIn.answers) : [];
};
