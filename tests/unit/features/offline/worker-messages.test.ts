import { describe, expect, it } from 'vitest';
import { keptLanguagesFrom, readWorkerMessage } from '../../../../src/features/offline/worker-messages';

const languages = ['nl', 'en'];

describe('readWorkerMessage', () => {
  it.each([
    [
      { type: 'keep-language', lang: 'en' },
      { type: 'keep-language', lang: 'en' },
    ],
    [
      { type: 'keep-language', lang: 'nl', extra: 1 },
      { type: 'keep-language', lang: 'nl' },
    ],
    [{ type: 'activate-update' }, { type: 'activate-update' }],
  ])('acts on %j', (message, expected) => {
    expect(readWorkerMessage(message, languages)).toEqual(expected);
  });

  it.each([
    { type: 'keep-language', lang: '__proto__' },
    { type: 'keep-language', lang: 'constructor' },
    { type: 'keep-language', lang: 'toString' },
    { type: 'keep-language', lang: 'de' },
    { type: 'keep-language', lang: '' },
    { type: 'keep-language', lang: ['en'] },
    { type: 'keep-language' },
    JSON.parse('{"__proto__":{"type":"activate-update"}}'),
    Object.create({ type: 'activate-update' }),
    { type: 'skip-waiting' },
    ['activate-update'],
    'activate-update',
    null,
    undefined,
  ])('ignores %j', (message) => {
    expect(readWorkerMessage(message, languages)).toBeNull();
  });
});

describe('keptLanguagesFrom', () => {
  it('keeps only the site’s languages, each once, and reads anything else as none', () => {
    expect(keptLanguagesFrom(['nl', '__proto__', 'en', 'nl', 3, 'de'], languages)).toEqual(['nl', 'en']);
    expect(keptLanguagesFrom({ 0: 'nl' }, languages)).toEqual([]);
    expect(keptLanguagesFrom('nl', languages)).toEqual([]);
    expect(keptLanguagesFrom(null, languages)).toEqual([]);
  });
});
