/**
 * What the site remembers about the reader's storage itself, beside the answers, under its
 * own localStorage key `SETTINGS_KEY`, as JSON:
 *
 *   {
 *     "persistAskedAt": "<ISO 8601 time the site asked the browser to keep its storage>",
 *     "backupAt": "<ISO 8601 time of the reader's last JSON export, the one file that re-imports>"
 *   }
 *
 * Both fields are optional. A field that is not a time is read as missing; other fields (of a
 * later version) are kept as they are when one is written. A time ahead of now (a clock that
 * ran ahead) is read as now and stored so, as the answer store does with its times, so that
 * the reader's later answers count as after it. Reading and writing never throw: damaged,
 * blocked or full storage reads as no settings, and a write that fails says so.
 */
import type { StorageLike } from './answer-store';
import { STORE_KEY, isRecord } from './store-data';

export const SETTINGS_KEY = `${STORE_KEY}:instellingen`;

export interface StorageSettings {
  /** When the site asked the browser to keep its storage (`navigator.storage.persist()`). */
  persistAskedAt?: string;
  /** When the reader last downloaded the JSON export of their answers. */
  backupAt?: string;
}

const fields = ['persistAskedAt', 'backupAt'] as const;

/** What is stored under the key, as an object; `{}` when nothing or nothing readable is. */
function storedRecord(storage: StorageLike | null): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(SETTINGS_KEY) ?? '{}');
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

function write(storage: StorageLike | null, record: Record<string, unknown>): boolean {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(record));
    return storage !== null;
  } catch {
    return false;
  }
}

/** The settings kept in `storage`, none later than `now`. */
export function readSettings(storage: StorageLike | null, now: Date): StorageSettings {
  const record = storedRecord(storage);
  const settings: StorageSettings = {};
  let clamped = false;
  for (const field of fields) {
    const value = record[field];
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) continue;
    const ahead = Date.parse(value) > now.getTime();
    clamped ||= ahead;
    settings[field] = ahead ? now.toISOString() : new Date(value).toISOString();
  }
  // Stored as now, so that a later read does not move it on with the clock.
  if (clamped) write(storage, { ...record, ...settings });
  return settings;
}

/** Records that `field` happened at `now`; says whether that is kept. */
export function noteSetting(storage: StorageLike | null, field: keyof StorageSettings, now: Date): boolean {
  return write(storage, { ...storedRecord(storage), [field]: now.toISOString() });
}
