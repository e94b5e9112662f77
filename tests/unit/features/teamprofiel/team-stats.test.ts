import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantile, scanProfile, spread } from '../../../../src/features/teamprofiel/team-stats';
import { card } from './cards';

describe('team statistics', () => {
  it('give the median and quartiles as R type 7 and Excel’s QUARTILE.INC do', () => {
    expect(spread([2, 4, 3, 5, 1])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    expect(spread([1, 2, 4, 5])).toEqual({ min: 1, q1: 1.75, median: 3, q3: 4.25, max: 5 });
    expect(spread([3, 3, 4])).toEqual({ min: 3, q1: 3, median: 3, q3: 3.5, max: 4 });
    expect(quantile([1, 2, 3, 4, 5, 6], 0.25)).toBe(2.25);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), (values) => {
        const { min, q1, median, q3, max } = spread(values);
        expect(min <= q1 && q1 <= median && median <= q3 && q3 <= max).toBe(true);
        expect([min, max]).toEqual([Math.min(...values), Math.max(...values)]);
      }),
    );
  });

  it('show nothing of any score for 0, 1 or 2 cards of a scan, only how many there are', () => {
    const scores = [
      card(1, { '1': 5, '2': 1, '3': 4, '4': 2, '5': 3, '6': 5, '7': 4 }),
      card(2, { '1': 2, '2': 3, '3': 1, '4': 5, '5': 4, '6': 1, '7': 2 }),
    ];
    // A team's other scan does not count towards this one.
    const otherScan = [3, 4, 5].map((n) => card(n, { vertrouwen: 4 }, 'condities'));
    for (const count of [0, 1, 2]) {
      const profile = scanProfile('kwaliteiten', [...scores.slice(0, count), ...otherScan]);
      expect(profile).toStrictEqual({ status: 'too-few', cards: count });
    }
  });

  it('show per item the spread from 3 cards on, and hold back an item fewer than 3 scored', () => {
    const team = [card(1, { '1': 2, '2': 5 }), card(2, { '1': 4 }), card(3, { '1': 3, '2': 1 })];
    const profile = scanProfile('kwaliteiten', team);
    expect(profile.status).toBe('shown');
    if (profile.status !== 'shown') return;
    expect(profile.cards).toBe(3);
    expect(profile.items[0]).toEqual({ id: '1', spread: { min: 2, q1: 2.5, median: 3, q3: 3.5, max: 4 } });
    expect(profile.items[1]).toStrictEqual({ id: '2', tooFew: true });
    expect(profile.items.map((item) => item.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});
