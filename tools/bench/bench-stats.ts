/**
 * The arithmetic of `npm run bench`: percentiles of timings, ratios against a baseline,
 * target verdicts and how build time grows with the number of pages.
 */

/** The nearest-rank percentile (0 < p ≤ 100) of `values`: a value that was actually measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** How many times `baseline` the `value` is; a zero baseline gives 1 for zero and Infinity otherwise. */
export function ratio(value: number, baseline: number): number {
  if (baseline === 0) return value === 0 ? 1 : Infinity;
  return value / baseline;
}

export type Verdict = 'pass' | 'fail';

/** Whether `value` stays within `limit` (inclusive). */
export function atMost(value: number, limit: number): Verdict {
  return value <= limit ? 'pass' : 'fail';
}

/** One measured build: how many HTML pages it made and how long it took. */
export interface BuildRun {
  pages: number;
  seconds: number;
}

export interface BuildGrowth {
  /** Seconds per page of each run, in the order given. */
  perPage: number[];
  /** Seconds per added page between each run and the next (one fewer than runs). */
  marginal: number[];
  /** Whether every marginal cost is within `tolerance` times the smallest one. */
  roughlyLinear: boolean;
}

/**
 * How build time grows. The fixed start-up cost (bundling, Pagefind's start) makes seconds
 * per page fall as a site grows even when each page costs the same, so linearity is judged by
 * the marginal cost of the added pages: growth is roughly linear when that cost stays within
 * `tolerance` times its smallest value.
 */
export function buildGrowth(runs: readonly BuildRun[], tolerance = 1.5): BuildGrowth {
  const sorted = [...runs].sort((a, b) => a.pages - b.pages);
  if (sorted.length < 2 || sorted.some((run, i) => i > 0 && run.pages === sorted[i - 1]!.pages)) {
    throw new Error('build growth needs at least two runs with different page counts');
  }
  const marginal = sorted
    .slice(1)
    .map((run, i) => (run.seconds - sorted[i]!.seconds) / (run.pages - sorted[i]!.pages));
  const smallest = Math.min(...marginal);
  return {
    perPage: runs.map((run) => run.seconds / run.pages),
    marginal,
    roughlyLinear: smallest > 0 && marginal.every((cost) => cost <= smallest * tolerance),
  };
}
