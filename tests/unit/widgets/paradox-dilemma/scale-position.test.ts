import { describe, expect, it } from 'vitest';
import {
  scaleBand,
  scalePositions,
  scaleWording,
  type ScaleBand,
  type ScaleWording,
} from '../../../../src/widgets/paradox-dilemma/scale-position';

// Shaped like other tables of cases (storage-report.test.ts): each lists its own function's cases.
/** A 0–10 scale, position by position: the band it is in and how it is put into words. */
const tenPointScale: [position: number, band: ScaleBand, wording: ScaleWording][] = [
  [0, 'start', 'at-start'],
  [1, 'start', 'near-start'],
  [2, 'start', 'near-start'],
  [3, 'start', 'near-start'],
  [4, 'middle', 'slightly-start'],
  [5, 'middle', 'middle'],
  [6, 'middle', 'slightly-end'],
  [7, 'end', 'near-end'],
  [8, 'end', 'near-end'],
  [9, 'end', 'near-end'],
  [10, 'end', 'at-end'],
];

describe('a position on a 0–10 scale', () => {
  it.each(tenPointScale)('%i is in the %s band and reads as %s', (position, band, wording) => {
    expect(scaleBand(position, 10)).toBe(band);
    expect(scaleWording(position, 10)).toBe(wording);
  });
});

describe('scaleBand', () => {
  it.each([
    [0, 'start'],
    [2, 'middle'],
    [3, 'middle'],
    [4, 'end'],
    [5, 'end'],
  ])('scales with the length of the scale: on a 0–5 scale %i is in the %s band', (position, band) => {
    expect(scaleBand(position, 5)).toBe(band);
  });
});

describe('scalePositions', () => {
  it('lists every whole position from 0 to max', () => {
    expect(scalePositions(3)).toEqual([0, 1, 2, 3]);
  });
});
