import { describe, expect, it } from 'vitest';
import {
  TEAM_KEY,
  THEME_KEY,
  forgetAll,
  setAsideFile,
  setAsideTime,
  restoreItems,
  siteItems,
  type KeyedStorage,
} from '../../../src/lib/site-storage';
import { SETTINGS_KEY } from '../../../src/lib/storage-settings';
import { STORE_KEY } from '../../../src/lib/store-data';

class MapStorage implements KeyedStorage {
  items = new Map<string, string>();
  failing = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failing) throw new DOMException('blocked', 'SecurityError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    if (this.failing) throw new DOMException('blocked', 'SecurityError');
    this.items.delete(key);
  }
}

const seeded = () => {
  const storage = new MapStorage();
  storage.items.set(THEME_KEY, 'dark');
  storage.items.set('iets-van-een-ander', 'x');
  storage.items.set(`${STORE_KEY}:apart:2026-11-22T10:00:00.000Z`, '{kapot');
  storage.items.set(STORE_KEY, '{"version":2}');
  storage.items.set(SETTINGS_KEY, '{"backupAt":"2026-11-22T10:00:00.000Z"}');
  storage.items.set(TEAM_KEY, '{"version":1,"cards":[]}');
  return storage;
};

describe('site storage', () => {
  it('lists the site’s own items, answers first, and nothing of anyone else', () => {
    expect(siteItems(seeded()).map((item) => [item.kind, item.key])).toEqual([
      ['answers', STORE_KEY],
      ['set-aside', `${STORE_KEY}:apart:2026-11-22T10:00:00.000Z`],
      ['settings', SETTINGS_KEY],
      ['team', TEAM_KEY],
      ['theme', THEME_KEY],
    ]);
    expect(siteItems(null)).toEqual([]);
  });

  it('forgets all of them, leaves other keys alone, and can put them back', () => {
    const storage = seeded();
    const result = forgetAll(storage);
    expect([...storage.items.keys()]).toEqual(['iets-van-een-ander']);
    expect('forgotten' in result && restoreItems(storage, result.forgotten)).toBe(true);
    expect(siteItems(storage)).toEqual(siteItems(seeded()));
  });

  it('says so when storage refuses', () => {
    const storage = seeded();
    storage.failing = true;
    expect(forgetAll(storage)).toEqual({ failed: true });
    expect(restoreItems(storage, siteItems(seeded()))).toBe(false);
  });
});

describe('set-aside copies', () => {
  it.each([
    [`${STORE_KEY}:apart:2026-11-22T10:00:00.000Z`, '2026-11-22T10:00:00.000Z'],
    // a key whose date is damaged or was written by hand says no time, and breaks nothing
    [`${STORE_KEY}:apart:gisteren`, null],
    [`${STORE_KEY}:apart:`, null],
    [`${STORE_KEY}:apart:99999-99-99T99:99:99Z`, null],
  ])('%s was set aside at %s', (key, time) => {
    expect(setAsideTime(key)).toBe(time);
  });

  it('are offered as a file Mijn werk imports: JSON as .json, anything else as .txt', () => {
    const key = `${STORE_KEY}:apart:2026-11-22T10:00:00.000Z`;
    expect(setAsideFile(key, '{"version":2,"answers":{}}')).toEqual({
      name: 'leiderschap-van-leraren-apart-2026-11-22T10-00-00-000Z.json',
      type: 'application/json',
    });
    expect(setAsideFile(key, '{"version":2,"answers":{"x"')).toEqual({
      name: 'leiderschap-van-leraren-apart-2026-11-22T10-00-00-000Z.txt',
      type: 'text/plain;charset=utf-8',
    });
  });
});
