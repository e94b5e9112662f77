import { describe, expect, it } from 'vitest';
// The scale's functions by their own names (`scale.describe` beside Vitest's `describe`).
import * as scale from '../../../../src/widgets/rating/rating-scale';

describe('the rating scale', () => {
  it('has five points, 1 to 5', () => {
    expect(scale.SCALE_POINTS).toEqual([1, 2, 3, 4, 5]);
  });

  it('accepts only whole numbers on the scale', () => {
    expect([1, 3, 5].every(scale.isRating)).toBe(true);
    for (const value of [0, 6, 2.5, '3', null, undefined, Number.NaN])
      expect(scale.isRating(value), String(value)).toBe(false);
  });

  it('keeps valid stored ratings for known ids and drops the rest', () => {
    const stored = { '1': 3, '2': 7, '3': '4', '4': 5, extra: 2 };
    expect(scale.validRatings(stored, ['1', '2', '3', '4', '5'])).toEqual({ '1': 3, '4': 5 });
  });

  it('reads nothing from a stored value that is not a record', () => {
    for (const value of [null, 3, 'x', [3, 4]]) expect(scale.validRatings(value, ['0', '1'])).toEqual({});
  });

  it('does not take ratings from the prototype', () => {
    expect(scale.validRatings(Object.create({ a: 3 }), ['a'])).toEqual({});
  });

  it('reverses a rating around the middle', () => {
    expect(scale.SCALE_POINTS.map(scale.reversed)).toEqual([5, 4, 3, 2, 1]);
  });

  it('averages ratings, and has no average without any', () => {
    expect(scale.average([2, 3, 5])).toBeCloseTo(10 / 3);
    expect(scale.average([])).toBeNull();
  });

  it('gives the change between two ratings only when both exist', () => {
    expect(scale.change(2, 4)).toBe(2);
    expect(scale.change(4, 3)).toBe(-1);
    expect(scale.change(undefined, 3)).toBeNull();
  });

  it('names a point by its descriptor', () => {
    expect(scale.describe(2, ['nooit', 'soms', 'vaak', 'meestal', 'altijd'])).toBe('soms');
  });
});
