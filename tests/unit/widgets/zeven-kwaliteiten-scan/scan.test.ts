import { describe, expect, it } from 'vitest';
import { localDay, readSnapshot, signedChange } from '../../../../src/widgets/zeven-kwaliteiten-scan/scan';
import { ratingsSummary } from '../../../../src/widgets/rating/rating-scale';

const ids = ['1', '2', '3', '4', '5', '6', '7'];

describe('the stored self-scan', () => {
  it('reads a saved moment', () => {
    expect(readSnapshot({ mode: 'team', ratings: { '1': 3, '7': 5 }, date: '2026-05-03' }, ids)).toEqual({
      mode: 'team',
      ratings: { '1': 3, '7': 5 },
      date: '2026-05-03',
    });
  });

  it('reads damaged parts as missing instead of trusting them', () => {
    expect(readSnapshot({ mode: 'klas', ratings: { '1': 9, '2': 2 }, date: 'gisteren' }, ids)).toEqual({
      mode: 'zelf',
      ratings: { '2': 2 },
      date: null,
    });
  });

  it('has no snapshot in a value that is not a record', () => {
    for (const value of [null, 'zelf', 4, [1, 2]]) expect(readSnapshot(value, ids)).toBeNull();
  });
});

describe('self-scan wording', () => {
  it('summarises rated qualities in their order', () => {
    const items = [
      { id: '1', name: 'Perspectief' },
      { id: '2', name: 'Visie' },
      { id: '3', name: 'Lef' },
    ];
    expect(ratingsSummary({ '3': 2, '1': 3 }, items)).toBe('Perspectief 3, Lef 2');
    expect(ratingsSummary({}, items)).toBe('');
  });

  it('writes the local day, padded', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('signs a change, with a real minus sign', () => {
    expect([2, 0, -1].map((change) => signedChange(change))).toEqual(['+2', '0', '−1']);
    expect(signedChange(-0.5, (value) => value.toLocaleString('nl'))).toBe('−0,5');
  });
});
