import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../../../src/features/assignments/assignment-link';
import type { Feedback } from '../../../../src/features/feedback/feedback';
import {
  FEEDBACK_FORMAT,
  readFeedbackFile,
  type FeedbackExpectation,
  toFeedbackFile,
} from '../../../../src/features/feedback/feedback-file';
import { MAX_FILE_BYTES } from '../../../../src/lib/answers-file';
import { assignment, catalogue } from '../../support/assignment-fixtures';

const feedback: Feedback = {
  assignment: encodeAssignment(assignment),
  lang: 'nl',
  student: 'Noor <b>de Vries</b>',
  items: {
    'vier-vormen#0': { prompt: 'Welke vorm zie je het meest?', text: 'Goed gezien.\nWaarom de initiator?' },
    'vier-vormen-sorteren#kaart-1': { prompt: 'Kaart 1', text: '<script>alert(1)</script> klopt' },
  },
  note: 'Sterk begin.',
};
const now = new Date('2026-12-01T12:00:00Z');
const here: FeedbackExpectation = { lang: 'nl', assignment: null };
const read = (text: string, expected = here) => readFeedbackFile(text, text.length, catalogue, expected);
const edited = (change: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(toFeedbackFile(feedback, now)), ...change });

describe('the feedback file', () => {
  it('says its format, version, assignment, language and student, and reads back exactly', () => {
    const text = toFeedbackFile(feedback, now);
    expect(JSON.parse(text)).toMatchObject({
      format: FEEDBACK_FORMAT,
      version: 1,
      exportedAt: '2026-12-01T12:00:00.000Z',
      assignment: encodeAssignment(assignment),
      lang: 'nl',
      student: 'Noor <b>de Vries</b>',
    });
    const back = read(text);
    expect(back).toEqual({ ok: feedback, assignment });
    if ('ok' in back) expect(toFeedbackFile(back.ok, now)).toBe(text);
  });

  it('is read on the assignment page only for that assignment, and only in its language', () => {
    const text = toFeedbackFile(feedback, now);
    expect(read(text, { lang: 'nl', assignment })).toHaveProperty('ok');
    const other = { ...assignment, title: 'Een andere opdracht' };
    expect(read(text, { lang: 'nl', assignment: other })).toEqual({ error: 'other-assignment' });
    expect(read(text, { lang: 'en', assignment: null })).toEqual({ error: 'other-language' });
  });

  it('refuses what is no feedback file of this site, and names why', () => {
    expect(readFeedbackFile('{}', MAX_FILE_BYTES + 1, catalogue, here)).toEqual({ error: 'too-large' });
    expect(read('{"format": "leider')).toEqual({ error: 'not-json' });
    expect(read('[1, 2]')).toEqual({ error: 'foreign' });
    expect(read('{"format": "leiderschap-van-leraren/antwoorden", "version": 2}')).toEqual({
      error: 'foreign',
    });
    expect(read(edited({ version: 2 }))).toEqual({ error: 'newer-version' });
    expect(read(edited({ version: '1' }))).toEqual({ error: 'bad-shape' });
  });

  it('refuses a changed assignment, an answer outside it, and fields of the wrong kind', () => {
    expect(read(edited({ assignment: 'AAAA' }))).toEqual({ error: 'bad-assignment' });
    const unknownModule = encodeAssignment({
      ...assignment,
      modules: [{ slug: 'bestaat-niet', questions: [], widgets: [] }],
    });
    expect(read(edited({ assignment: unknownModule }))).toEqual({ error: 'bad-assignment' });
    // A question the module has but the assignment does not ask.
    expect(read(edited({ items: { 'vier-vormen#1': { prompt: 'Vraag', text: 'x' } } }))).toEqual({
      error: 'bad-shape',
    });
    expect(read(edited({ items: { 'vier-vormen#0': { prompt: 'Vraag', text: 3 } } }))).toEqual({
      error: 'bad-shape',
    });
    expect(read(edited({ items: [] }))).toEqual({ error: 'bad-shape' });
    expect(read(edited({ student: '   ' }))).toEqual({ error: 'bad-shape' });
    expect(read(edited({ note: null }))).toEqual({ error: 'bad-shape' });
    expect(read(edited({ lang: 'de' }))).toEqual({ error: 'bad-shape' });
  });

  it('keeps honest text as text, without control characters, cut to the limit', () => {
    const long = 'a'.repeat(5000);
    const back = read(edited({ note: `Let op\u202e: ${long}`, student: ' Sam\u0007 ' }));
    expect('ok' in back && back.ok.note).toBe(`Let op: ${'a'.repeat(3992)}`);
    expect('ok' in back && back.ok.student).toBe('Sam');
    expect('ok' in back && back.ok.items['vier-vormen-sorteren#kaart-1']!.text).toBe(
      '<script>alert(1)</script> klopt',
    );
  });
});
