/**
 * Everything this site keeps in the browser, for "Wat wordt bewaard": the answers, copies of
 * damaged data set aside (see `answer-store.ts`), and Starlight's colour-theme choice.
 * Nothing else is stored: no cookies, no other keys.
 */
import { STORE_KEY } from './store-data';

/** Starlight's key for the reader's light/dark choice. */
export const THEME_KEY = 'starlight-theme';

export type KeyedStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface StoredItem {
  key: string;
  kind: 'answers' | 'set-aside' | 'theme';
  /** What is stored under the key, as stored. */
  raw: string;
}

function kindOf(key: string): StoredItem['kind'] | null {
  if (key === STORE_KEY) return 'answers';
  if (key.startsWith(`${STORE_KEY}:apart:`)) return 'set-aside';
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
  const order = { answers: 0, 'set-aside': 1, theme: 2 };
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
