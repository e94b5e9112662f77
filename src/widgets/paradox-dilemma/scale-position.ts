/**
 * A place on a scale from 0 to `max` between two poles (the paradox dilemma: the role of
 * one teacher at 0, the shared challenge at `max`), in the terms the widget speaks in.
 * Positions within a tenth of the scale from the middle count as the middle.
 */

/** The part of the scale a position is in: near the start, the middle or the end. */
export type ScaleBand = 'start' | 'middle' | 'end';

/** How a position is put into words, from one pole to the other. */
export type ScaleWording =
  'at-start' | 'near-start' | 'slightly-start' | 'middle' | 'slightly-end' | 'near-end' | 'at-end';

/** Every position on a scale from 0 to `max`. */
export const scalePositions = (max: number): number[] =>
  Array.from({ length: max + 1 }, (_, position) => position);

const offset = (position: number, max: number) => position - max / 2;
const nearMiddle = (position: number, max: number) => Math.abs(offset(position, max)) <= max / 10;

export function scaleBand(position: number, max: number): ScaleBand {
  if (nearMiddle(position, max)) return 'middle';
  return offset(position, max) < 0 ? 'start' : 'end';
}

export function scaleWording(position: number, max: number): ScaleWording {
  if (position <= 0) return 'at-start';
  if (position >= max) return 'at-end';
  if (offset(position, max) === 0) return 'middle';
  const side = offset(position, max) < 0 ? 'start' : 'end';
  return nearMiddle(position, max) ? `slightly-${side}` : `near-${side}`;
}
