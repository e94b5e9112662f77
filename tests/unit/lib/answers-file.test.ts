import { describe, expect, it } from 'vitest';
import {
  FILE_FORMAT,
  MAX_FILE_BYTES,
  planImport,
  readAnswersFile,
  toAnswersFile,
} from '../../../src/lib/answers-file';
import type { SavedAnswer } from '../../../src/lib/store-data';

const saved = (value: SavedAnswer['value'], text = String(value)): SavedAnswer => ({
  value,
  text,
  savedAt: '2026-11-22T10:00:00.000Z',
  page: '/modules/de-paradox/',
  prompt: 'Waar staat jouw school?',
  widget: 'paradox-dilemma',
});

const answers = {
  'de-paradox#0': saved('Dichter bij de gezamenlijke uitdaging'),
  'vier-vormen#kaart-1': saved({ cell: 'formeel-individueel' }, 'Formeel, individueel'),
};
const visits = { '/modules/de-paradox/': '2026-11-22T09:00:00.000Z' };
const file = (overrides: Record<string, unknown>) =>
  JSON.stringify({
    format: FILE_FORMAT,
    version: 2,
    exportedAt: '2026-11-22T10:00:00.000Z',
    answers,
    visits,
    ...overrides,
  });

describe('answers file', () => {
  it('reads back exactly what it wrote', () => {
    expect(readAnswersFile(toAnswersFile({ answers, visits }, new Date('2026-11-23T08:00:00Z')))).toEqual({
      ok: { answers, visits },
    });
  });

  it('reads a file of the first version, bringing it up to date', () => {
    const v1 = {
      'a#0': {
        value: 'oud antwoord',
        savedAt: '2026-01-01T00:00:00.000Z',
        page: '/modules/vier-vormen/',
        prompt: 'Vraag?',
      },
    };
    const result = readAnswersFile(file({ version: 1, answers: v1, visits: undefined }));
    expect(result).toEqual({
      ok: {
        answers: { 'a#0': { ...v1['a#0'], text: 'oud antwoord', widget: 'reflectie-vragen' } },
        visits: {},
      },
    });
  });

  it('refuses a file that is too large, before reading it', () => {
    expect(readAnswersFile('{}', MAX_FILE_BYTES + 1)).toEqual({ error: 'too-large' });
  });

  it('refuses what is not JSON, or JSON of another kind', () => {
    expect(readAnswersFile('<html><body>hoi</body></html>')).toEqual({ error: 'not-json' });
    expect(readAnswersFile('{"name":"iets anders"}')).toEqual({ error: 'foreign' });
    expect(readAnswersFile('[1,2,3]')).toEqual({ error: 'foreign' });
  });

  it('refuses a file of a newer version, or of the wrong shape', () => {
    expect(readAnswersFile(file({ version: 3 }))).toEqual({ error: 'newer-version' });
    expect(readAnswersFile(file({ answers: { 'a#0': { value: 'x' } } }))).toEqual({ error: 'bad-shape' });
    expect(readAnswersFile(file({ answers: 'alles' }))).toEqual({ error: 'bad-shape' });
    expect(
      readAnswersFile(file({ visits: { 'https://elders.example/': '2026-11-22T10:00:00.000Z' } })),
    ).toEqual({ error: 'bad-shape' });
  });

  it('refuses answers whose id, page or widget could be used to attack the page', () => {
    expect(readAnswersFile(file({ answers: { '"><img src=x>': saved('x') } }))).toEqual({
      error: 'bad-shape',
      where: '"><img src=x>',
    });
    expect(
      readAnswersFile(file({ answers: { 'a#0': { ...saved('x'), page: 'javascript:alert(1)' } } })),
    ).toEqual({ error: 'bad-shape', where: 'a#0' });
    expect(readAnswersFile(file({ answers: { 'a#0': { ...saved('x'), widget: 'script' } } }))).toEqual({
      error: 'bad-shape',
      where: 'a#0',
    });
  });

  it('refuses HTML or script anywhere in an answer’s text, and names the answer', () => {
    for (const hostile of [
      '<script>alert(1)</script>',
      'leuk <img src=x onerror=alert(1)>',
      '</textarea>',
      'klik javascript:alert(1)',
    ]) {
      expect(readAnswersFile(file({ answers: { 'a#0': saved(hostile) } }))).toEqual({
        error: 'markup',
        where: 'a#0',
      });
      expect(readAnswersFile(file({ answers: { 'a#0': saved({ notes: [hostile] }, 'x') } }))).toEqual({
        error: 'markup',
        where: 'a#0',
      });
    }
    expect(readAnswersFile(file({ answers: { 'a#0': { ...saved('x'), prompt: '<b>Vraag</b>' } } }))).toEqual({
      error: 'markup',
      where: 'a#0',
    });
  });

  it('accepts text with ordinary use of < and >', () => {
    expect(readAnswersFile(file({ answers: { 'a#0': saved('minder dan 5 < 7, en 9 > 3') } }))).toHaveProperty(
      'ok',
    );
  });
});

describe('planImport', () => {
  it('tells what an import adds, replaces and leaves as it is', () => {
    const current = { 'a#0': saved('zelfde'), 'a#1': saved('mijn versie') };
    const incoming = {
      'a#0': { ...saved('zelfde'), savedAt: '2020-01-01T00:00:00.000Z' },
      'a#1': saved('hun versie'),
      'a#2': saved('nieuw'),
    };
    expect(planImport(current, incoming)).toEqual({ add: ['a#2'], replace: ['a#1'], same: ['a#0'] });
  });
});
