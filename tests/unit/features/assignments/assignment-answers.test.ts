import { describe, expect, it } from 'vitest';
import { assignmentProgress, handInAnswers } from '../../../../src/features/assignments/assignment-answers';
import { answers, assignment, catalogue } from '../../support/assignment-fixtures';

describe('progress and hand-in', () => {
  it('counts answered questions, used widgets and visited reading-only modules', () => {
    const progress = assignmentProgress(assignment, catalogue, answers, {
      '/en/modules/de-paradox/': '2026-11-20T09:00:00.000Z',
    });
    expect(
      progress.modules.map((module) => module.items.map(({ kind, id, done }) => ({ kind, id, done }))),
    ).toEqual([
      [
        { kind: 'question', id: 'vier-vormen#0', done: true },
        { kind: 'question', id: 'vier-vormen#2', done: false },
        { kind: 'widget', id: 'vier-vormen-sorteren', done: true },
      ],
      [{ kind: 'read', id: 'de-paradox', done: true }],
    ]);
    expect(progress.modules[0]!.items[0]!.label).toBe('Welke vorm zie je het meest?');
    expect([progress.done, progress.total]).toEqual([3, 4]);
    expect(assignmentProgress(assignment, catalogue, {}).done).toBe(0);
  });

  it('hands in exactly the assignment’s answers: no other question, set or module, and no empty answer', () => {
    expect(Object.keys(handInAnswers(assignment, catalogue, answers))).toEqual([
      'vier-vormen#0',
      'vier-vormen-sorteren#kaart-1',
    ]);
  });
});
