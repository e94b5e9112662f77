/**
 * What the seven-qualities self-scan keeps: the current ratings and up to two saved
 * moments, each `{ mode, ratings }` (moments also a `date`, YYYY-MM-DD). Stored values are
 * read defensively, as they may come from another tab, an older version or an edited file.
 */
import { validRatings, type Rating } from '../rating/rating-scale';

/** Whom the reader rates: themselves or their team, in the order the radios show them. */
export const scanModes = ['zelf', 'team'] as const;
export type ScanMode = (typeof scanModes)[number];

/** The two moments a reader can save and compare, `<id>#moment-1` and `<id>#moment-2`. */
export const momentIds = ['moment-1', 'moment-2'] as const;
export type Moment = (typeof momentIds)[number];

export interface Snapshot {
  mode: ScanMode;
  ratings: Record<string, Rating>;
  /** The day a moment was saved, YYYY-MM-DD; null when unknown or damaged. */
  date: string | null;
}

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** The snapshot in a stored value, or null when there is nothing usable to show. */
export function readSnapshot(value: unknown, ids: readonly string[]): Snapshot | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  return {
    mode: record['mode'] === 'team' ? 'team' : 'zelf',
    ratings: validRatings(record['ratings'], ids),
    date: isDate(record['date']) ? record['date'] : null,
  };
}

/** The local calendar day of `time`, as YYYY-MM-DD: the reader's day, not UTC's. */
export function localDay(time: Date): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/**
 * A change between moments as a reader writes it: "+1", "0", "−2" (a real minus sign);
 * `format` writes the number itself (the team profile's medians: "+0,5").
 */
export function signedChange(change: number, format: (value: number) => string = String): string {
  if (change > 0) return `+${format(change)}`;
  if (change < 0) return `−${format(-change)}`;
  return format(0);
}
