import { describe, expect, it } from 'vitest';
import { emptyStore, mergeData, parseStore, type SavedAnswer } from '../../../src/lib/store-data';

const saved = (value: string, savedAt = '2026-11-22T10:00:00.000Z'): SavedAnswer => ({
  value,
  text: value,
  savedAt,
  page: '/modules/de-paradox/',
  prompt: 'Vraag?',
  widget: 'reflectie-vragen',
});

describe('parseStore', () => {
  it.each([
    '',
    'null',
    '[]',
    '{"version":2}',
    '{"version":2,"answers":{"a":{"value":1}},"deleted":{},"visits":{}}',
    '{"version":2,"answers":{},"deleted":{"a":"gisteren"},"visits":{}}',
    '{"version":"2","answers":{}}',
    '{"version":0,"answers":{}}',
  ])('rejects %j, which is not the store’s shape', (raw) => {
    expect(parseStore(raw)).toEqual({ problem: 'unreadable' });
  });

  it('accepts the current version', () => {
    const data = {
      ...emptyStore(),
      answers: { 'a#0': { ...saved('x'), value: ['a', 2] } },
      visits: { '/': '2026-11-22T10:00:00.000Z' },
    };
    expect(parseStore(JSON.stringify(data))).toEqual({ data });
  });

  it('brings version 1 up to date: reflection answers with their text', () => {
    const v1 = {
      version: 1,
      answers: {
        'de-paradox#0': {
          value: 'Mijn antwoord',
          savedAt: '2026-11-22T10:00:00.000Z',
          page: '/modules/de-paradox/',
          prompt: 'Vraag?',
        },
      },
    };
    expect(parseStore(JSON.stringify(v1))).toEqual({
      data: { ...emptyStore(), answers: { 'de-paradox#0': saved('Mijn antwoord') } },
    });
  });

  it('does not read data of a newer version', () => {
    expect(parseStore('{"version":99,"answers":{}}')).toEqual({ problem: 'newer-version' });
  });
});

describe('mergeData', () => {
  it('keeps the later of two answers to the same question, and answers only one side has', () => {
    const ours = { ...emptyStore(), answers: { a: saved('mijn', '2026-01-02T00:00:00Z'), b: saved('b') } };
    const theirs = { ...emptyStore(), answers: { a: saved('hun', '2026-01-01T00:00:00Z'), c: saved('c') } };
    const merged = mergeData(ours, theirs);
    expect(
      Object.fromEntries(Object.entries(merged.answers).map(([id, answer]) => [id, answer.value])),
    ).toEqual({ a: 'mijn', b: 'b', c: 'c' });
  });

  it('drops an answer deleted after it was saved, and keeps one saved again after deletion', () => {
    const ours = {
      ...emptyStore(),
      answers: { a: saved('a', '2026-01-01T00:00:00Z'), b: saved('b', '2026-01-03T00:00:00Z') },
    };
    const theirs = { ...emptyStore(), deleted: { a: '2026-01-02T00:00:00Z', b: '2026-01-02T00:00:00Z' } };
    const merged = mergeData(ours, theirs);
    expect(Object.keys(merged.answers)).toEqual(['b']);
    expect(merged.deleted).toEqual(theirs.deleted);
  });

  it('keeps the latest visit of each page', () => {
    const merged = mergeData(
      { ...emptyStore(), visits: { '/a/': '2026-01-02T00:00:00Z', '/b/': '2026-01-01T00:00:00Z' } },
      { ...emptyStore(), visits: { '/a/': '2026-01-01T00:00:00Z', '/b/': '2026-01-05T00:00:00Z' } },
    );
    expect(merged.visits).toEqual({ '/a/': '2026-01-02T00:00:00Z', '/b/': '2026-01-05T00:00:00Z' });
  });
});
