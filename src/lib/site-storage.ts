/**
 * Everything this site keeps in the browser, for "Wat wordt bewaard": the answers, copies of
 * damaged data set aside (see `answer-store.ts`), what the site remembers about its storage
 * (`storage-settings.ts`), the team cards a leader collected on the team profile page
 * (`features/teamprofiel/team-storage.ts`), and Starlight's colour-theme choice.
 * Nothing else is stored: no cookies, no other keys. (The presenter view of a workshop kit keeps
 * where it was in the tab's `sessionStorage`, which the browser forgets when the tab closes:
 * `features/presenter/presenter-position.ts`.)
 */
import { SETTINGS_KEY } from './storage-settings';
import { STORE_KEY } from './store-data';

/** The team cards of the team profile page; their shape is documented in `features/teamprofiel/team-storage.ts`. */
export const TEAM_KEY = `${STORE_KEY}:teamprofiel`;

/** Starlight's key for the reader's light/dark choice. */
export const THEME_KEY = 'starlight-theme';

export type KeyedStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface StoredItem {
  key: string;
  kind: 'answers' | 'set-aside' | 'settings' | 'team' | 'theme';
  /** What is stored under the key, as stored. */
  raw: string;
}

const SET_ASIDE_PREFIX = `${STORE_KEY}:apart:`;

/**
 * When the set-aside copy under `key` (`<STORE_KEY>:apart:<ISO 8601>`) was made; `null` when
 * the key does not say, being damaged or written by hand.
 */
export function setAsideTime(key: string): string | null {
  const time = key.slice(SET_ASIDE_PREFIX.length);
  return /^\d{4}-\d{2}-\d{2}T/.test(time) && !Number.isNaN(Date.parse(time)) ? time : null;
}

/** The file a set-aside copy is offered as: JSON (a file Mijn werk imports) as `.json`, anything else as `.txt`. */
export function setAsideFile(key: string, raw: string): { name: string; type: string } {
  let json = true;
  try {
    JSON.parse(raw);
  } catch {
    json = false;
  }
  const name = key.replace(/[^a-z0-9-]+/gi, '-');
  return json
    ? { name: `${name}.json`, type: 'application/json' }
    : { name: `${name}.txt`, type: 'text/plain;charset=utf-8' };
}

function kindOf(key: string): StoredItem['kind'] | null {
  if (key === STORE_KEY) return 'answers';
  if (key.startsWith(SET_ASIDE_PREFIX)) return 'set-aside';
  if (key === SETTINGS_KEY) return 'settings';
  if (key === TEAM_KEY) return 'team';
  if (key === THEME_KEY) return 'theme';
  return null;
}

/** The site's items in `storage`, answers first; empty when storage cannot be read. */
export function siteItems(storage: KeyedStorage | null): StoredItem[] {
  const items: StoredItem[] = [];
  try {
    for (let index = 0; storage && index < storage.length; index++) {
      const key = storage.key(index);
      const kind = key === null ? null : kindOf(key);
      const raw = kind && storage.getItem(key!);
      if (kind && raw !== null) items.push({ key: key!, kind, raw });
    }
  } catch {
    return [];
  }
  const order = { answers: 0, 'set-aside': 1, settings: 2, team: 3, theme: 4 };
  return items.sort((a, b) => order[a.kind] - order[b.kind] || a.key.localeCompare(b.key));
}

/** Removes every item of the site; returns them, so that the reader can undo. */
export function forgetAll(storage: KeyedStorage): { forgotten: StoredItem[] } | { failed: true } {
  const items = siteItems(storage);
  try {
    items.forEach((item) => storage.removeItem(item.key));
    return { forgotten: items };
  } catch {
    return { failed: true };
  }
}

/** Puts forgotten items back (the undo of `forgetAll`). */
export function restoreItems(storage: KeyedStorage, items: StoredItem[]): boolean {
  try {
    items.forEach((item) => storage.setItem(item.key, item.raw));
    return true;
  } catch {
    return false;
  }
}
