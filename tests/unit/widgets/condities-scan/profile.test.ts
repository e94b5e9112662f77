import { describe, expect, it } from 'vitest';
import {
  areasToDiscuss,
  conditionsProfile,
  orientedScore,
  readRating,
  type ScanStatement,
} from '../../../../src/widgets/condities-scan/profile';
import type { Rating } from '../../../../src/widgets/rating/rating-scale';

const statements: ScanStatement[] = [
  { id: 'vertrouwen', kind: 'condition', area: 'cultuur' },
  { id: 'feedback', kind: 'condition', area: 'cultuur' },
  { id: 'leiding', kind: 'condition', area: 'leiding' },
  { id: 'gelijkheid', kind: 'obstacle', area: 'individualisme' },
  { id: 'controle', kind: 'obstacle', area: 'individualisme' },
];

describe('the conditions profile', () => {
  it('counts agreement with an obstacle as a weak score', () => {
    expect(orientedScore(statements[3]!, 5)).toBe(1);
    expect(orientedScore(statements[0]!, 5)).toBe(5);
  });

  it('lists conditions agreed with as strong, and obstacles agreed with as weighing', () => {
    const ratings: Record<string, Rating> = {
      vertrouwen: 4,
      feedback: 3,
      leiding: 5,
      gelijkheid: 5,
      controle: 2,
    };
    const profile = conditionsProfile(statements, ratings);
    expect(profile.strongConditions).toEqual(['vertrouwen', 'leiding']);
    expect(profile.weighingObstacles).toEqual(['gelijkheid']);
    expect(profile.rated).toBe(5);
  });

  it('scores each area as the mean of its statements, obstacles reversed', () => {
    const profile = conditionsProfile(statements, {
      vertrouwen: 4,
      feedback: 3,
      leiding: 5,
      gelijkheid: 5,
      controle: 2,
    });
    expect(profile.areas).toEqual([
      { area: 'cultuur', score: 3.5, rated: 2 },
      { area: 'leiding', score: 5, rated: 1 },
      { area: 'individualisme', score: 2.5, rated: 2 },
    ]);
  });

  it('leaves out statements and areas that are not rated yet', () => {
    const profile = conditionsProfile(statements, { feedback: 2 });
    expect(profile.areas).toEqual([{ area: 'cultuur', score: 2, rated: 1 }]);
    expect(profile.strongConditions).toEqual([]);
    expect(profile.rated).toBe(1);
  });
});

describe('areas to discuss', () => {
  const options = { most: 3, least: 2, weakBelow: 3.5 };
  const area = (name: string, score: number) => ({ area: name, score, rated: 1 });

  it('picks the weak areas, weakest first, at most three', () => {
    const areas = [area('a', 3), area('b', 1.5), area('c', 4), area('d', 2), area('e', 3.4)];
    expect(areasToDiscuss(areas, options)).toEqual(['b', 'd', 'a']);
  });

  it('still offers two areas when the profile is strong', () => {
    expect(areasToDiscuss([area('a', 5), area('b', 4), area('c', 4.5)], options)).toEqual(['b', 'c']);
  });

  it('keeps the areas’ own order between equal scores', () => {
    expect(areasToDiscuss([area('a', 2), area('b', 2), area('c', 2), area('d', 2)], options)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('offers nothing before anything is rated', () => {
    expect(areasToDiscuss([], options)).toEqual([]);
  });
});

describe('a stored rating', () => {
  it('is read from { rating }', () => {
    expect(readRating({ rating: 4 })).toBe(4);
  });

  it('is absent when the value is not a record with a rating on the scale', () => {
    for (const value of [
      undefined,
      null,
      4,
      '4',
      [4],
      {},
      { rating: 0 },
      { rating: 6 },
      { rating: 2.5 },
      { rating: '3' },
    ]) {
      expect(readRating(value), JSON.stringify(value)).toBeUndefined();
    }
  });
});
