import { describe, expect, it } from 'vitest';
import {
  scaleBand,
  scalePositions,
  scaleWording,
} from '../../../../src/widgets/paradox-dilemma/scale-position';

describe('scaleBand', () => {
  it('puts 0–3 near the start, 4–6 in the middle and 7–10 near the end of a 0–10 scale', () => {
    expect(scalePositions(10).map((position) => scaleBand(position, 10))).toEqual([
      'start',
      'start',
      'start',
      'start',
      'middle',
      'middle',
      'middle',
      'end',
      'end',
      'end',
      'end',
    ]);
  });

  it('scales with the length of the scale', () => {
    expect([0, 2, 3, 4, 5].map((position) => scaleBand(position, 5))).toEqual([
      'start',
      'middle',
      'middle',
      'end',
      'end',
    ]);
  });
});

describe('scaleWording', () => {
  it('says how close a position on a 0–10 scale is to either pole', () => {
    expect(scalePositions(10).map((position) => scaleWording(position, 10))).toEqual([
      'at-start',
      'near-start',
      'near-start',
      'near-start',
      'slightly-start',
      'middle',
      'slightly-end',
      'near-end',
      'near-end',
      'near-end',
      'at-end',
    ]);
  });
});

describe('scalePositions', () => {
  it('lists every whole position from 0 to max', () => {
    expect(scalePositions(3)).toEqual([0, 1, 2, 3]);
  });
});
