import { describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  clampTimes,
  emptyStore,
  mergeData,
  parseStore,
  timeOf,
  type SavedAnswer,
} from '../../../src/lib/store-data';

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
    '{"version":2,"answers":[],"deleted":{},"visits":{}}',
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
    expect(parseStore(JSON.stringify(data))).toEqual({ data, unreadable: null });
  });

  it('hands back, apart, the entries it cannot read, and uses the rest', () => {
    const raw = JSON.stringify({
      version: 2,
      answers: { 'a#0': saved('x'), 'a#1': { value: 1 } },
      deleted: { 'a#2': 'gisteren', 'a#3': '2026-11-22T10:00:00.000Z' },
      visits: { '/': 5 },
    });
    expect(parseStore(raw)).toEqual({
      data: {
        ...emptyStore(),
        answers: { 'a#0': saved('x') },
        deleted: { 'a#3': '2026-11-22T10:00:00.000Z' },
      },
      unreadable: { answers: { 'a#1': { value: 1 } }, deleted: { 'a#2': 'gisteren' }, visits: { '/': 5 } },
    });
  });

  it('reads a value as deep as MAX_DEPTH and hands back a deeper one, without recursion', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const store = (value: string) =>
      `{"version":2,"answers":{"a#0":{"value":${value},"text":"","savedAt":"2026-11-22T10:00:00.000Z","page":"/","prompt":"","widget":"a-b"}},"deleted":{},"visits":{}}`;
    expect(parseStore(store(nested(MAX_DEPTH)))).toMatchObject({ unreadable: null });
    for (const depth of [MAX_DEPTH + 1, 1_000_000])
      expect(parseStore(store(nested(depth)))).toMatchObject({ data: { answers: {} }, unreadable: {} });
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
      unreadable: null,
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

describe('clampTimes', () => {
  it('sets every time ahead of now to now, and leaves data without one as it is', () => {
    const now = '2026-11-22T10:00:00.000Z';
    const past = { ...emptyStore(), answers: { a: saved('x') }, visits: { '/': now } };
    expect(clampTimes(past, now)).toBe(past);
    const ahead = '2026-11-22T10:00:00.001Z';
    expect(
      clampTimes(
        { ...past, answers: { a: saved('x', ahead) }, deleted: { b: ahead }, visits: { '/': ahead } },
        now,
      ),
    ).toEqual({ ...past, deleted: { b: now } });
  });
});

describe('timeOf', () => {
  it('reads a time as Date.parse does, the same again when asked again, and a non-time as NaN', () => {
    for (const time of ['2026-11-22T10:00:00.000Z', '2026-11-22T11:00:00+01:00', '2026-11-22', 'gisteren']) {
      expect(timeOf(time)).toBe(Date.parse(time));
      expect(timeOf(time)).toBe(Date.parse(time));
    }
    expect(timeOf('2026-11-22T11:00:00+01:00')).toBe(timeOf('2026-11-22T10:00:00.000Z'));
  });
});
