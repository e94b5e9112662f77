/**
 * Geometry of the team profile's chart: one small box plot per table row, on the five-point
 * scale, in SVG user units of a `WIDTH` × `HEIGHT` box (the row's cell). The line runs from the
 * lowest to the highest score, the box over the middle half (first to third quartile), a stripe
 * marks the median and a diamond the median of an earlier moment.
 */
import { HIGHEST, LOWEST, SCALE_POINTS } from '../../widgets/rating/rating-scale';
import type { Spread } from './team-stats';

export const WIDTH = 200;
export const HEIGHT = 20;
const PADDING = 8;
const MIDDLE = HEIGHT / 2;

/** Where `value` sits across the box: 1 at the left padding, 5 at the right. */
export const scaleX = (value: number) =>
  Math.round((PADDING + ((value - LOWEST) / (HIGHEST - LOWEST)) * (WIDTH - 2 * PADDING)) * 100) / 100;

/** The grid's x for each point of the scale, with the point. */
export const ticks = SCALE_POINTS.map((point) => ({ point, x: scaleX(point) }));

export interface BoxPlot {
  whisker: { x1: number; x2: number; y: number };
  box: { x: number; y: number; width: number; height: number };
  median: { x: number; y1: number; y2: number };
}

export function boxPlot({ min, q1, median, q3, max }: Spread): BoxPlot {
  return {
    whisker: { x1: scaleX(min), x2: scaleX(max), y: MIDDLE },
    // At least 2 units wide, so that a box of equal quartiles still shows.
    box: { x: scaleX(q1) - 1, y: 4, width: Math.max(scaleX(q3) - scaleX(q1), 0) + 2, height: HEIGHT - 8 },
    median: { x: scaleX(median), y1: 1, y2: HEIGHT - 1 },
  };
}

/** A diamond around `value`, as an SVG path. */
export function diamond(value: number, size = 5): string {
  const x = scaleX(value);
  return `M${x} ${MIDDLE - size} L${x + size} ${MIDDLE} L${x} ${MIDDLE + size} L${x - size} ${MIDDLE} Z`;
}
