/**
 * The practices of the reader's own school in the four-forms sorter: what they type, how it is
 * stored (`<set>#eigen-<id>`, `{ "practice": ..., "cell": ... }`) and which prompt an own cell
 * shows. The example cards and their cells are `sorting.ts`.
 */
import { isCellId, type CellId } from './sorting';

/**
 * Which thinking prompt a cell of the reader's own school shows: an empty quadrant asks
 * why nothing is there, a filled one asks what it does to who takes part.
 */
export const ownCellPrompt = (practicesInCell: number): 'empty' | 'filled' =>
  practicesInCell === 0 ? 'empty' : 'filled';

export const MAX_PRACTICE_LENGTH = 200;

export type PracticeCheck = { ok: true; practice: string } | { ok: false; problem: 'empty' | 'too-long' };

/** A practice the reader typed, tidied (runs of white space made one space), or why it cannot be added. */
export function validatePractice(text: string, max = MAX_PRACTICE_LENGTH): PracticeCheck {
  const practice = text.replace(/\s+/g, ' ').trim();
  if (practice === '') return { ok: false, problem: 'empty' };
  if ([...practice].length > max) return { ok: false, problem: 'too-long' };
  return { ok: true, practice };
}

export interface OwnPractice {
  practice: string;
  /** null: added but not placed in a cell yet. */
  cell: CellId | null;
}

/** A stored practice of the reader's own school (`{ "practice": ..., "cell": ... }`), or null when it is not one. */
export function readOwnPractice(value: unknown): OwnPractice | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { practice, cell } = value as Record<string, unknown>;
  if (typeof practice !== 'string' || practice.trim() === '') return null;
  if (cell !== null && !isCellId(cell)) return null;
  return { practice, cell };
}

/** A short id for a new practice, `eigen-` and letters or digits, not among `taken`. */
export function newPracticeId(taken: Set<string>, random: () => number = Math.random): string {
  for (;;) {
    const id = `eigen-${Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0')}`;
    if (!taken.has(id)) return id;
  }
}
