/**
 * The five-point scale both scans use (the seven-qualities self-scan and the conditions
 * scan): which points exist, how a stored rating is checked, and averages. What each
 * point is called differs per scan and lives with that scan's content in its widget folder (`src/widgets/<tag>/`).
 */

export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof SCALE_POINTS)[number];

export const LOWEST: Rating = 1;
export const HIGHEST: Rating = 5;

export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && (SCALE_POINTS as readonly number[]).includes(value);
}

/**
 * The valid ratings in `value` for the known `ids`. Stored data may come from an older
 * version, another tab or an edited file: anything that is not a whole number 1–5 for a
 * known id is left out rather than trusted.
 */
export function validRatings(value: unknown, ids: readonly string[]): Record<string, Rating> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const ratings: Record<string, Rating> = {};
  for (const id of ids) {
    const rating = record[id];
    if (Object.hasOwn(record, id) && isRating(rating)) ratings[id] = rating;
  }
  return ratings;
}

/** The rating for agreement with a statement that says the opposite: 5 becomes 1. */
export function reversed(rating: Rating): Rating {
  return (LOWEST + HIGHEST - rating) as Rating;
}

/** The mean of `ratings`, or null when there are none. */
export function average(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  return ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
}

/** How far `after` moved from `before`, or null when either is missing. */
export function change(before: Rating | undefined, after: Rating | undefined): number | null {
  return before === undefined || after === undefined ? null : after - before;
}

/** The descriptor of a point, given the scan's five descriptors from 1 up. */
export function describe(rating: Rating, descriptors: readonly string[]): string {
  return descriptors[rating - LOWEST] ?? String(rating);
}

/** Ratings as one short line in item order, e.g. "Perspectief 3, Visie 4"; unrated items are left out. */
export function ratingsSummary(
  ratings: Readonly<Record<string, Rating>>,
  items: readonly { id: string; name: string }[],
): string {
  return items
    .filter((item) => ratings[item.id] !== undefined)
    .map((item) => `${item.name} ${ratings[item.id]}`)
    .join(', ');
}
