import { describe, expect, it } from 'vitest';
import { classMatrix, sortRows } from '../../../../src/features/klasoverzicht/class-matrix';
import { answersToItem, studentHandIn } from '../../../../src/features/klasoverzicht/class-readings';
import { readHandIns, type HandInText } from '../../../../src/features/klasoverzicht/hand-ins';
import { assignment, catalogue } from '../../support/assignment-fixtures';
import { handInText, studentAnswers } from '../../support/class-hand-ins';

const matrixOf = (files: HandInText[]) =>
  classMatrix(assignment, catalogue, readHandIns(files, assignment, catalogue, 'nl').handIns);

describe('the class matrix', () => {
  const matrix = matrixOf([
    handInText('Sam', studentAnswers('Oud antwoord.', false), 19),
    handInText('noor', studentAnswers('Eén 🙂', true)),
    handInText(' SAM ', studentAnswers('Nieuw.', true), 21),
    handInText('Ali', {}),
  ]);

  it('has a column per counted item, as the assignment’s progress lists them', () => {
    expect(matrix.columns.map(({ key, module }) => `${key} (${module})`)).toEqual([
      'question:vier-vormen#0 (Vier vormen van teacher leadership)',
      'question:vier-vormen#2 (Vier vormen van teacher leadership)',
      'widget:vier-vormen-sorteren (Vier vormen van teacher leadership)',
      'read:de-paradox (De paradox)',
    ]);
  });

  it('shows a student who handed in twice once, the newest file counting and the older one listed', () => {
    expect(matrix.rows.map(({ student, older }) => ({ student, older }))).toEqual([
      { student: 'SAM', older: ['sam-19.json'] },
      { student: 'noor', older: [] },
      { student: 'Ali', older: [] },
    ]);
  });

  it('marks each cell done or not with the answer’s length in characters, and totals per student and item', () => {
    expect(
      matrix.rows.map((row) => row.cells.map(({ done, length }) => `${done ? '✓' : '○'}${length}`)),
    ).toEqual([
      ['✓6', '○0', '✓16', '○0'],
      ['✓5', '○0', '✓16', '○0'],
      ['○0', '○0', '○0', '○0'],
    ]);
    expect(matrix.rows.map((row) => row.done)).toEqual([2, 2, 0]);
    expect(matrix.doneByColumn).toEqual([2, 0, 2, 0]);
  });

  it('sorts by name, by total or by an item, either way, ties by name', () => {
    const names = (key: Parameters<typeof sortRows>[1], ascending = true) =>
      sortRows(matrix, key, ascending, 'nl').map((row) => row.student);
    expect(names('name')).toEqual(['Ali', 'noor', 'SAM']);
    expect(names('name', false)).toEqual(['SAM', 'noor', 'Ali']);
    expect(names('total')).toEqual(['Ali', 'noor', 'SAM']);
    expect(names('total', false)).toEqual(['noor', 'SAM', 'Ali']);
    expect(names('column:question:vier-vormen#0', false)).toEqual(['SAM', 'noor', 'Ali']);
  });

  it('reads one item across the class, and one student’s hand-in as the assignment page shows it', () => {
    expect(
      answersToItem(matrix, 'question:vier-vormen#0').map(({ student, done, answers }) => ({
        student,
        done,
        texts: answers.map((answer) => answer.text),
      })),
    ).toEqual([
      { student: 'SAM', done: true, texts: ['Nieuw.'] },
      { student: 'noor', done: true, texts: ['Eén 🙂'] },
      { student: 'Ali', done: false, texts: [] },
    ]);
    expect(answersToItem(matrix, 'question:bestaat-niet')).toEqual([]);
    const groups = studentHandIn(assignment, catalogue, matrix, 'noor');
    expect(groups.map((group) => [group.title, group.answers.map((answer) => answer.text)])).toEqual([
      ['Vier vormen van teacher leadership', ['Eén 🙂', 'Kaart 1: formeel']],
    ]);
    expect(studentHandIn(assignment, catalogue, matrix, 'niemand')).toEqual([]);
  });
});
