import { describe, expect, it } from 'vitest';
import { exerciseAnswers, storedAnswers } from '../../../../src/features/werkboek/stored-answers';
import { STORE_KEY, type SavedAnswer } from '../../../../src/lib/store-data';

const answer = (text: string, prompt = ''): SavedAnswer => ({
  value: text,
  text,
  prompt,
  savedAt: '2026-11-22T10:00:00.000Z',
  page: '/modules/vier-vormen/',
  widget: 'vier-vormen-sorteren',
});

/** A storage holding `text` under the store's key, that fails the test if anything is written. */
const storageWith = (text: string | null) => ({
  getItem: (key: string) => (key === STORE_KEY ? text : null),
  setItem: () => {
    throw new Error('the workbook never writes');
  },
});

describe('storedAnswers', () => {
  it('reads the answers as stored, leaving out only entries that cannot be read', () => {
    const store = {
      version: 2,
      answers: { 'a#0': answer('ja'), 'a#1': { value: 1 } },
      deleted: {},
      visits: {},
    };
    expect(storedAnswers(storageWith(JSON.stringify(store)))).toEqual({
      answers: { 'a#0': answer('ja') },
    });
  });

  it('leaves out an answer deleted after it was saved, as the store does', () => {
    const store = {
      version: 2,
      answers: { 'a#0': answer('weg'), 'a#1': answer('blijft') },
      deleted: { 'a#0': '2026-11-23T10:00:00.000Z', 'a#1': '2026-11-21T10:00:00.000Z' },
      visits: {},
    };
    expect(storedAnswers(storageWith(JSON.stringify(store)))).toEqual({
      answers: { 'a#1': answer('blijft') },
    });
  });

  it('finds no answers where nothing is stored', () => {
    expect(storedAnswers(storageWith(null))).toEqual({ answers: {} });
  });

  it('says why when storage is blocked, damaged or of a newer version', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    expect(storedAnswers(null)).toEqual({ problem: 'unavailable' });
    expect(storedAnswers(blocked)).toEqual({ problem: 'unavailable' });
    expect(storedAnswers(storageWith('{"version":2,"answers":{'))).toEqual({ problem: 'unreadable' });
    expect(storedAnswers(storageWith('{"version":99,"answers":{}}'))).toEqual({
      problem: 'newer-version',
    });
  });
});

describe('exerciseAnswers', () => {
  it("gives an exercise's answers that say something, in the order of their items", () => {
    const answers = {
      'scan#10': answer('tien'),
      'scan#2': answer('twee'),
      'scan#3': answer('  '),
      'scannen#1': answer('ander'),
      'kopie#scan#2': answer('kopie'),
    };
    expect(exerciseAnswers(answers, 'scan').map(({ text }) => text)).toEqual(['twee', 'tien']);
  });
});
