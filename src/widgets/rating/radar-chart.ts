/**
 * Geometry of a radar chart: n axes from a centre, the first pointing straight up and the
 * rest following clockwise, values drawn as fractions of the radius. Plain numbers in SVG
 * user units (y grows downwards), so the chart can be drawn by any template or script.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Frame {
  center: Point;
  radius: number;
}

export interface LabelPosition extends Point {
  /** SVG `text-anchor`: labels left of the centre end at their point, right of it start there. */
  anchor: 'start' | 'middle' | 'end';
  /** SVG `dominant-baseline`, so labels above the chart sit above their point. */
  baseline: 'auto' | 'middle' | 'hanging';
}

/** Rounded to two decimals: enough for SVG, and stable in tests and markup. */
const round = (value: number) => Math.round(value * 100) / 100 + 0;

/** The angle of axis `index` of `count`, in radians clockwise from straight up. */
export function axisAngle(index: number, count: number): number {
  return (2 * Math.PI * index) / count;
}

/** The point at `fraction` (0 = centre, 1 = rim) along axis `index` of `count`. */
export function pointOnAxis(
  index: number,
  count: number,
  fraction: number,
  { center, radius }: Frame,
): Point {
  const angle = axisAngle(index, count);
  return {
    x: round(center.x + Math.sin(angle) * radius * fraction),
    y: round(center.y - Math.cos(angle) * radius * fraction),
  };
}

/**
 * One point per value, at `value / max` of the radius. A missing value (not rated yet)
 * sits at the centre; values beyond the scale are held at its ends.
 */
export function valuePoints(
  values: readonly (number | null | undefined)[],
  max: number,
  frame: Frame,
): Point[] {
  return values.map((value, index) => {
    const fraction = value == null ? 0 : Math.min(Math.max(value / max, 0), 1);
    return pointOnAxis(index, values.length, fraction, frame);
  });
}

/** A closed SVG path through `points`, or an empty path when there are none. */
export function polygonPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  return `${points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ')} Z`;
}

/** The grid ring at `fraction` of the radius, as a polygon over all axes. */
export function ringPath(count: number, fraction: number, frame: Frame): string {
  return polygonPath(Array.from({ length: count }, (_, index) => pointOnAxis(index, count, fraction, frame)));
}

/** Where the label of axis `index` goes: `gap` beyond the rim, anchored away from the chart. */
export function labelPosition(index: number, count: number, frame: Frame, gap: number): LabelPosition {
  const point = pointOnAxis(index, count, (frame.radius + gap) / frame.radius, frame);
  const dx = point.x - frame.center.x;
  const dy = point.y - frame.center.y;
  const nearVertical = Math.abs(dx) < frame.radius * 0.1;
  return {
    ...point,
    anchor: nearVertical ? 'middle' : dx > 0 ? 'start' : 'end',
    baseline: !nearVertical ? 'middle' : dy < 0 ? 'auto' : 'hanging',
  };
}
