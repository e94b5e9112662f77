import { describe, expect, it } from 'vitest';
import { atMost, buildGrowth, median, percentile, ratio } from '../../../../tools/bench/bench-stats';

describe('percentile', () => {
  const timings = [12, 3, 7, 20, 5, 9, 15, 4, 11, 8];

  it('is a measured value by nearest rank, whatever the input order', () => {
    expect(percentile(timings, 95)).toBe(20);
    expect(percentile(timings, 90)).toBe(15);
    expect(percentile(timings, 50)).toBe(8);
    expect(percentile(timings, 10)).toBe(3);
  });

  it('of one value is that value', () => {
    expect(percentile([42], 95)).toBe(42);
  });

  it('refuses no values and a percentage out of range', () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 0)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('median', () => {
  it('is the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow();
  });
});

describe('ratio and atMost', () => {
  it('compares a page with the baseline', () => {
    expect(ratio(21_000, 20_000)).toBeCloseTo(1.05);
    expect(atMost(ratio(21_000, 20_000), 1.05)).toBe('pass');
    expect(atMost(ratio(21_100, 20_000), 1.05)).toBe('fail');
  });

  it('treats a baseline without JavaScript as passing only pages without it', () => {
    expect(atMost(ratio(0, 0), 1.05)).toBe('pass');
    expect(atMost(ratio(1, 0), 1.05)).toBe('fail');
  });
});

describe('buildGrowth', () => {
  it('calls a constant cost per added page linear, though seconds per page fall with a fixed start-up cost', () => {
    const growth = buildGrowth([
      { pages: 64, seconds: 10 + 64 * 0.1 },
      { pages: 564, seconds: 10 + 564 * 0.1 },
      { pages: 2064, seconds: 10 + 2064 * 0.1 },
    ]);
    expect(growth.marginal[0]).toBeCloseTo(0.1);
    expect(growth.marginal[1]).toBeCloseTo(0.1);
    expect(growth.perPage[0]).toBeGreaterThan(growth.perPage[2]!);
    expect(growth.roughlyLinear).toBe(true);
  });

  it('calls a cost per page that grows with the site (a sidebar listing every page) not linear', () => {
    const quadratic = (pages: number) => 5 + pages * pages * 0.0001;
    const growth = buildGrowth([64, 564, 2064].map((pages) => ({ pages, seconds: quadratic(pages) })));
    expect(growth.marginal[1]!).toBeGreaterThan(growth.marginal[0]! * 2);
    expect(growth.roughlyLinear).toBe(false);
  });

  it('orders runs by size and keeps per-page figures in the given order', () => {
    const growth = buildGrowth([
      { pages: 200, seconds: 30 },
      { pages: 100, seconds: 20 },
    ]);
    expect(growth.marginal).toEqual([0.1]);
    expect(growth.perPage).toEqual([0.15, 0.2]);
  });

  it('needs two runs of different sizes', () => {
    expect(() => buildGrowth([{ pages: 10, seconds: 1 }])).toThrow();
    expect(() =>
      buildGrowth([
        { pages: 10, seconds: 1 },
        { pages: 10, seconds: 2 },
      ]),
    ).toThrow();
  });
});
