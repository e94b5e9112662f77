import { describe, expect, it } from 'vitest';
import {
  axisAngle,
  labelPosition,
  pointOnAxis,
  polygonPath,
  ringPath,
  valuePoints,
} from '../../../../src/widgets/rating/radar-chart';

const frame = { center: { x: 100, y: 100 }, radius: 50 };

describe('radar chart geometry', () => {
  it('spreads the axes evenly, clockwise from straight up', () => {
    expect(axisAngle(0, 4)).toBe(0);
    expect(axisAngle(1, 4)).toBeCloseTo(Math.PI / 2);
    expect(axisAngle(6, 7)).toBeCloseTo((12 * Math.PI) / 7);
  });

  it('puts the rim points of four axes up, right, down and left', () => {
    expect([0, 1, 2, 3].map((index) => pointOnAxis(index, 4, 1, frame))).toEqual([
      { x: 100, y: 50 },
      { x: 150, y: 100 },
      { x: 100, y: 150 },
      { x: 50, y: 100 },
    ]);
  });

  it('places each value at its share of the radius, and a missing one at the centre', () => {
    expect(valuePoints([5, null, 1, 2.5], 5, frame)).toEqual([
      { x: 100, y: 50 },
      { x: 100, y: 100 },
      { x: 100, y: 110 },
      { x: 75, y: 100 },
    ]);
  });

  it('keeps values beyond the scale on the chart', () => {
    expect(valuePoints([9, -3], 5, frame)).toEqual([
      { x: 100, y: 50 },
      { x: 100, y: 100 },
    ]);
  });

  it('draws one point per axis for seven axes, all on the rim at full score', () => {
    const points = valuePoints([5, 5, 5, 5, 5, 5, 5], 5, frame);
    expect(points).toHaveLength(7);
    for (const point of points) expect(Math.hypot(point.x - 100, point.y - 100)).toBeCloseTo(50, 1);
  });

  it('closes the polygon through its points', () => {
    expect(
      polygonPath([
        { x: 1, y: 2 },
        { x: 3, y: 4 },
        { x: 5, y: 6 },
      ]),
    ).toBe('M1 2 L3 4 L5 6 Z');
    expect(polygonPath([])).toBe('');
  });

  it('draws a grid ring at a share of the radius', () => {
    expect(ringPath(4, 0.5, frame)).toBe('M100 75 L125 100 L100 125 L75 100 Z');
  });

  it('anchors labels away from the chart', () => {
    expect(labelPosition(0, 4, frame, 10)).toEqual({ x: 100, y: 40, anchor: 'middle', baseline: 'auto' });
    expect(labelPosition(1, 4, frame, 10)).toEqual({ x: 160, y: 100, anchor: 'start', baseline: 'middle' });
    expect(labelPosition(2, 4, frame, 10)).toEqual({ x: 100, y: 160, anchor: 'middle', baseline: 'hanging' });
    expect(labelPosition(3, 4, frame, 10)).toEqual({ x: 40, y: 100, anchor: 'end', baseline: 'middle' });
  });
});
