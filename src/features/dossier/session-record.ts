/**
 * A kit session the reader took part in, kept in the answer store like any answer so that Mijn
 * werk lists, exports and deletes it with the rest. Stored shape (answer value), under the id
 * `deelname#<kit slug>.<YYYY-MM-DD>` (one record per kit and day; saving again replaces it):
 *
 *   { "kit": "paradox-dialoog", "date": "2026-12-02", "notes": "what the reader wrote" }
 */
import type { SavedAnswer } from '../../lib/store-data';

export interface SessionRecord {
  kit: string;
  /** The day of the session, `YYYY-MM-DD`. */
  date: string;
  notes: string;
}

/** The widget name the records are saved under. */
export const SESSION_WIDGET = 'deelname-vastleggen';

export const sessionId = (kit: string, date: string) => `deelname#${kit}.${date}`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The record an answer holds, or null for any other answer (or one of the wrong shape, e.g. from an edited file). */
export function sessionOf(answer: SavedAnswer): SessionRecord | null {
  const value = answer.value;
  if (answer.widget !== SESSION_WIDGET || typeof value !== 'object' || value === null || Array.isArray(value))
    return null;
  const { kit, date, notes } = value;
  if (typeof kit !== 'string' || typeof date !== 'string' || !DAY.test(date)) return null;
  return { kit, date, notes: typeof notes === 'string' ? notes : '' };
}

/** A `YYYY-MM-DD` day as a time at noon, so that no time zone moves it to another day. */
export const noonOf = (date: string) => `${date}T12:00:00`;
