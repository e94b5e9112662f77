import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../../../src/features/assignments/assignment-link';
import { assignmentProgress, handInGroups } from '../../../../src/features/assignments/assignment-answers';
import type { Feedback } from '../../../../src/features/feedback/feedback';
import { withoutFeedback } from '../../../../src/features/feedback/feedback-ids';
import { feedbackAnswer, feedbackId, storedFeedback } from '../../../../src/features/feedback/feedback-store';
import { readAnswersFile, toAnswersFile } from '../../../../src/lib/answers-file';
import { openStore } from '../../../../src/lib/answer-store';
import { answers, assignment, catalogue } from '../../support/assignment-fixtures';
import { FakeStorage } from '../../support/fake-storage';

const feedback = (student: string, note = 'Goed.'): Feedback => ({
  assignment: encodeAssignment(assignment),
  lang: 'nl',
  student,
  items: { 'vier-vormen#0': { prompt: 'Welke vorm?', text: 'Waarom?' } },
  note,
});

describe('feedback in the answer store', () => {
  it('has one id per assignment and student, in a set of its own for written and for opened feedback', () => {
    const id = feedbackId('feedback', feedback('Noor'));
    expect(id).toMatch(/^feedback#[a-z0-9]+\.[a-z0-9]+$/);
    expect(feedbackId('feedback', feedback('Noor', 'Anders.'))).toBe(id);
    expect(feedbackId('feedback', feedback('Sam'))).not.toBe(id);
    expect(feedbackId('feedback-in', feedback('Noor'))).toBe(id.replace('feedback#', 'feedback-in#'));
  });

  it('is kept like an answer, exported and imported with them, and counted by no assignment or list', () => {
    const store = openStore(new FakeStorage(), () => new Date('2026-12-01T12:00:00Z'));
    store.put(answers);
    const id = feedbackId('feedback', feedback('Noor'));
    store.save(id, feedbackAnswer(feedback('Noor'), '/klasoverzicht/', 'klas-overzicht'));
    const all = store.answers();
    expect(storedFeedback(all, 'feedback', catalogue)).toEqual([
      { id, savedAt: '2026-12-01T12:00:00.000Z', feedback: feedback('Noor'), assignment },
    ]);
    expect(storedFeedback(all, 'feedback-in', catalogue)).toEqual([]);
    expect(all[id]!.text).toBe('Goed.\n\nWelke vorm?\nWaarom?');
    expect(Object.keys(withoutFeedback(all))).toEqual(Object.keys(answers));
    expect(assignmentProgress(assignment, catalogue, all)).toEqual(
      assignmentProgress(assignment, catalogue, answers),
    );
    expect(handInGroups(assignment, catalogue, all)).toEqual(handInGroups(assignment, catalogue, answers));
    const file = readAnswersFile(toAnswersFile({ answers: all, visits: {} }, new Date()));
    expect('ok' in file && file.ok.answers[id]).toEqual(all[id]);
  });

  it('reads stored feedback as untrusted: a damaged value is left out', () => {
    const id = feedbackId('feedback-in', feedback('Noor'));
    const stored = {
      ...answers,
      [id]: { ...answers['vier-vormen#0']!, value: { ...feedback('Noor'), items: { 'x#1': 'y' } } },
    };
    expect(storedFeedback(stored, 'feedback-in', catalogue)).toEqual([]);
  });
});
