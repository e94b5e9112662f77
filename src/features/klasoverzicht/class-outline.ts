/**
 * The class overview as a document outline, in the blocks of Mijn werk's exports
 * (`portfolio-export.ts`), so that its Markdown and Word writers make the files: per student
 * their progress and every counted item's answer.
 */
import { fillIn } from '../../lib/fill-in';
import { titleBlocks, type Block } from '../mijn-werk/portfolio-export';
import type { ClassMatrix, MatrixColumn, StudentRow } from './class-matrix';
import { itemAnswers } from './class-matrix';

export interface OutlineLabels {
  /** The document's title, with the assignment's title filled in. */
  title: string;
  /** "Gemaakt op {{date}}" */
  exportedOn: string;
  /** "{{done}} van {{total}} onderdelen gedaan" */
  progress: string;
  /** Said under an item the student has not done. */
  notDone: string;
  /** How an item is named as a question, e.g. "De paradox: Waar legt jouw school het accent?". */
  item: (column: MatrixColumn) => string;
}

export function classOutline(
  matrix: ClassMatrix,
  rows: readonly StudentRow[],
  labels: OutlineLabels,
  lang: string,
  now: Date,
): Block[] {
  const blocks = titleBlocks(labels, lang, now);
  for (const row of rows) {
    blocks.push(
      { kind: 'heading', text: row.student },
      { kind: 'note', text: fillIn(labels.progress, { done: row.done, total: matrix.columns.length }) },
    );
    matrix.columns.forEach((column, index) => {
      const texts = itemAnswers(column, row.handIn.answers)
        .map((answer) => answer.text.trim())
        .filter(Boolean);
      blocks.push({ kind: 'question', text: labels.item(column) });
      blocks.push(
        row.cells[index]!.done
          ? { kind: 'answer', text: texts.join('\n') }
          : { kind: 'note', text: labels.notDone },
      );
    });
  }
  return blocks;
}
