import { describe, expect, it } from 'vitest';
import { problemMessageKeys } from '../../../src/lib/store-messages';
import dutch from '../../../src/content/i18n/nl.json';

describe('problemMessageKeys', () => {
  it('names nothing when all is well', () => {
    expect(problemMessageKeys([])).toEqual([]);
  });

  it('names each problem once, the most serious first', () => {
    expect(
      problemMessageKeys([{ kind: 'full' }, { kind: 'set-aside', key: 'k', raw: 'x' }, { kind: 'full' }]),
    ).toEqual(['store.setAside', 'store.full']);
  });

  it('does not claim a copy was set aside when there was no room for one', () => {
    expect(problemMessageKeys([{ kind: 'set-aside', key: null, raw: 'x' }, { kind: 'full' }])).toEqual([
      'store.damagedNoRoom',
      'store.full',
    ]);
    expect(dutch['store.damagedNoRoom']).toMatch(/niet bewaard/);
    expect(dutch['store.damagedNoRoom']).not.toMatch(/apart gezet,/);
  });

  it('only names strings the site has', () => {
    const all = problemMessageKeys([
      { kind: 'unavailable' },
      { kind: 'full' },
      { kind: 'set-aside', key: 'k', raw: '' },
      { kind: 'newer-version', raw: '{"version":3}' },
    ]);
    all.push(...problemMessageKeys([{ kind: 'set-aside', key: null, raw: '' }]));
    expect(all.filter((key) => !(key in dutch))).toEqual([]);
  });
});
