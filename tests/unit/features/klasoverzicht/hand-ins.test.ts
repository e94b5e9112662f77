import { describe, expect, it } from 'vitest';
import { MAX_FILES, readHandIns } from '../../../../src/features/klasoverzicht/hand-ins';
import { MAX_FILE_BYTES, toAnswersFile } from '../../../../src/lib/answers-file';
import { assignment, catalogue } from '../../support/assignment-fixtures';
import { handInText, studentAnswers } from '../../support/class-hand-ins';

describe('reading hand-in files', () => {
  it('reads good hand-ins with their student, time and answers, the markup in them as text', () => {
    const read = readHandIns(
      [handInText(' Sam ', studentAnswers('<img src=x onerror=alert(1)>')), handInText('Noor', {})],
      assignment,
      catalogue,
      'nl',
    );
    expect(read.refused).toEqual([]);
    expect(read.setApart).toEqual([]);
    expect(read.handIns.map(({ file, student, exportedAt }) => ({ file, student, exportedAt }))).toEqual([
      { file: 'sam-20.json', student: 'Sam', exportedAt: '2026-11-20T12:00:00.000Z' },
      { file: 'noor-20.json', student: 'Noor', exportedAt: '2026-11-20T12:00:00.000Z' },
    ]);
    expect(read.handIns[0]!.answers['vier-vormen#0']!.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses, with a reason, what Mijn werk refuses and a file without assignment or student, and still reads the rest', () => {
    const good = handInText('Sam', studentAnswers('Ja.'));
    const noStudent = {
      ...good,
      name: 'naamloos.json',
      text: good.text.replace('"student": "Sam"', '"student": " "'),
    };
    const tampered = {
      name: 'veranderd.json',
      text: good.text.replace('"slug": "de-paradox"', '"slug": "bestaat-niet"'),
    };
    const read = readHandIns(
      [
        { name: 'kapot.json', text: '{"format": ' },
        { name: 'onleesbaar.json', text: null },
        { name: 'ander.json', text: '{"format": "iets-anders"}' },
        { name: 'groot.json', text: '{}', size: MAX_FILE_BYTES + 1 },
        {
          name: 'mijn-werk.json',
          text: toAnswersFile({ answers: studentAnswers('Ja.'), visits: {} }, new Date()),
        },
        noStudent,
        tampered,
        good,
      ],
      assignment,
      catalogue,
      'nl',
    );
    expect(read.refused).toEqual([
      { file: 'kapot.json', reason: 'not-json' },
      { file: 'onleesbaar.json', reason: 'unreadable' },
      { file: 'ander.json', reason: 'foreign' },
      { file: 'groot.json', reason: 'too-large' },
      { file: 'mijn-werk.json', reason: 'no-assignment' },
      { file: 'naamloos.json', reason: 'no-student' },
      { file: 'veranderd.json', reason: 'bad-assignment' },
    ]);
    expect(read.handIns.map((handIn) => handIn.student)).toEqual(['Sam']);
  });

  it('sets apart, with the reason, hand-ins of another assignment, another version of it or another language', () => {
    const otherVersion = { ...assignment, modules: assignment.modules.slice(0, 1) };
    const other = { ...assignment, title: 'Een andere opdracht' };
    const read = readHandIns(
      [
        handInText('Sam', studentAnswers('Ja.')),
        handInText('Noor', studentAnswers('Ja.'), 20, otherVersion),
        handInText('Ali', studentAnswers('Ja.'), 20, other),
        handInText('Kim', studentAnswers('Yes.', false, '/en/modules/vier-vormen/')),
      ],
      assignment,
      catalogue,
      'nl',
    );
    expect(read.setApart).toEqual([
      { file: 'noor-20.json', student: 'Noor', reason: 'other-version' },
      { file: 'ali-20.json', student: 'Ali', reason: 'other-assignment' },
      { file: 'kim-20.json', student: 'Kim', reason: 'other-language' },
    ]);
    expect(read.handIns.map((handIn) => handIn.student)).toEqual(['Sam']);
  });

  it('without an assignment opened, holds the files against that of the first good file', () => {
    const other = { ...assignment, title: 'Een andere opdracht' };
    const read = readHandIns(
      [{ name: 'kapot.json', text: '' }, handInText('Ali', {}, 20, other), handInText('Sam', {})],
      null,
      catalogue,
      'nl',
    );
    expect(read.assignment).toEqual(other);
    expect(read.setApart.map((file) => file.student)).toEqual(['Sam']);
    expect(read.handIns.map((handIn) => handIn.student)).toEqual(['Ali']);
  });

  it(`reads at most ${MAX_FILES} files and refuses the rest`, () => {
    const files = Array.from({ length: MAX_FILES + 2 }, (_, index) => handInText(`Student ${index}`, {}));
    const read = readHandIns(files, assignment, catalogue, 'nl');
    expect(read.handIns).toHaveLength(MAX_FILES);
    expect(read.refused.map((file) => file.reason)).toEqual(['too-many', 'too-many']);
  });
});
