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
      ok: { answers, visits, skipped: [] },
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
        skipped: [],
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
    expect(readAnswersFile('{"name":"iets anders","version":2}')).toEqual({ error: 'foreign' });
    expect(readAnswersFile('{"version":2,"answers":[]}')).toEqual({ error: 'foreign' });
  });

  it('refuses a file of a newer version, or of the wrong shape', () => {
    expect(readAnswersFile(file({ version: 3 }))).toEqual({ error: 'newer-version' });
    expect(readAnswersFile(file({ answers: { 'a#0': { value: 'x' } } }))).toEqual({
      error: 'bad-shape',
      where: 'a#0',
    });
    expect(readAnswersFile(file({ answers: 'alles' }))).toEqual({ error: 'bad-shape' });
  });

  it('leaves out answers whose id, page or widget could be used to attack the page, and names them', () => {
    const hostile = {
      '"><img src=x>': saved('x'),
      'a#1': { ...saved('x'), page: 'javascript:alert(1)' },
      'a#2': { ...saved('x'), page: '//other-host/modules/de-paradox/' },
      'a#3': { ...saved('x'), page: 'https://other-host/' },
      'a#4': { ...saved('x'), widget: 'script' },
    };
    expect(readAnswersFile(file({ answers: { ...hostile, 'a#0': saved('goed') } }))).toEqual({
      ok: { answers: { 'a#0': saved('goed') }, visits, skipped: Object.keys(hostile) },
    });
    expect(readAnswersFile(file({ answers: hostile }))).toEqual({
      error: 'bad-shape',
      where: Object.keys(hostile).join(', '),
    });
  });

  it('leaves out visits to what is not a page of this site', () => {
    const result = readAnswersFile(
      file({
        visits: {
          ...visits,
          '//other-host/': '2026-11-22T10:00:00.000Z',
          'https://other-host/': '2026-11-22T10:00:00.000Z',
        },
      }),
    );
    expect(result).toEqual({ ok: { answers, visits, skipped: [] } });
  });

  it.each([
    'minder dan 5 < 7, en 9 > 3',
    'taken<uren',
    'zie <https://example.org/artikel>',
    '<!-- nog afmaken -->',
    'het woord javascript: staat in mijn tekst',
    '<script>alert(1)</script>',
    '</textarea><img src=x onerror=alert(1)>',
  ])('takes in text that looks like markup as the text it is: %j', (text) => {
    const answers = {
      'a#0': saved(text),
      'a#1': saved({ notes: [text] }, text),
      'a#2': { ...saved('x'), prompt: text },
    };
    expect(readAnswersFile(toAnswersFile({ answers, visits }, new Date()))).toEqual({
      ok: { answers, visits, skipped: [] },
    });
  });

  it('takes in an export of a store as full as a browser keeps, far over 2 MB', () => {
    // Nearly five million characters (value and text), each three bytes in the file: about the most localStorage holds.
    const answers = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`a#${i}`, saved('€'.repeat(200_000))]),
    );
    const text = toAnswersFile({ answers, visits }, new Date());
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(14_000_000);
    expect(readAnswersFile(text, bytes)).toEqual({ ok: { answers, visits, skipped: [] } });
  });

  it('files an answer and a visit of a page opened as …/index.html under the page itself', () => {
    const result = readAnswersFile(
      file({
        answers: { 'a#0': { ...saved('x'), page: '/modules/de-paradox/index.html' } },
        visits: {
          '/modules/de-paradox/index.html': '2026-11-22T09:00:00.000Z',
          '/mijn-werk/index.html': '2026-11-22T08:00:00.000Z',
          '/mijn-werk/': '2026-11-22T07:00:00.000Z',
        },
      }),
    );
    expect(result).toEqual({
      ok: {
        answers: { 'a#0': saved('x') },
        visits: {
          '/modules/de-paradox/': '2026-11-22T09:00:00.000Z',
          '/mijn-werk/': '2026-11-22T08:00:00.000Z',
        },
        skipped: [],
      },
    });
  });

  it('takes in a copy the store set aside, leaving out only what cannot be read', () => {
    const setAside = JSON.stringify({
      version: 2,
      answers: { ...answers, 'a#9': { value: 'x' } },
      deleted: {},
      visits,
    });
    expect(readAnswersFile(setAside)).toEqual({ ok: { answers, visits, skipped: ['a#9'] } });
  });

  it('leaves out an answer nested deeper than any widget saves, without overflowing the stack', () => {
    // Written out by hand: JSON.stringify itself overflows on a value this deep.
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const good = file({}).slice(0, -1);
    const text = `${good},"answers":{"a#0":${JSON.stringify(answers['de-paradox#0'])},"a#9":{"value":${deep},"text":"x","savedAt":"2026-11-22T10:00:00.000Z","page":"/","prompt":"?","widget":"a-b"}}}`;
    expect(readAnswersFile(text)).toEqual({
      ok: { answers: { 'a#0': answers['de-paradox#0'] }, visits, skipped: ['a#9'] },
    });
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
