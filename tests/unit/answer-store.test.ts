import { describe, expect, it } from 'vitest';
import { STORE_KEY, mergeAnswers, openStore, parseStore, type SavedAnswer, type StorageLike } from '../../src/lib/answer-store';

/** A Storage stand-in: a Map, with switches for the ways real storage fails. */
class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  blocked = false;
  quota = Infinity;
  getItem(key: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : v.length), 0);
    if (used + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const clock = (...times: string[]) => {
  let i = 0;
  return () => new Date(times[Math.min(i++, times.length - 1)]!);
};
const answer = (value: string) => ({ value, page: '/modules/de-paradox/', prompt: 'Vraag?' });

describe('openStore', () => {
  it('keeps an answer across visits', () => {
    const storage = new FakeStorage();
    openStore(storage).save('de-paradox#0', answer('Onze school kiest voor rollen.'));
    expect(openStore(storage).answers()['de-paradox#0']?.value).toBe('Onze school kiest voor rollen.');
  });

  it('sets unreadable data aside, untouched, reports it, and goes on', () => {
    const storage = new FakeStorage();
    storage.items.set(STORE_KEY, '{"version":1,"answers":{"x":');
    const store = openStore(storage, clock('2026-11-22T10:00:00Z'));
    const [problem] = store.problems();
    expect(problem).toEqual({ kind: 'set-aside', key: `${STORE_KEY}:apart:2026-11-22T10:00:00.000Z`, raw: '{"version":1,"answers":{"x":' });
    expect(storage.items.get(`${STORE_KEY}:apart:2026-11-22T10:00:00.000Z`)).toBe('{"version":1,"answers":{"x":');
    expect(store.save('a#0', answer('nieuw')).kept).toBe(true);
    store.save('a#1', answer('nog een'));
    expect([...storage.items.keys()].filter((key) => key.includes(':apart:'))).toHaveLength(1);
  });

  it('does not write over unreadable data it could not copy aside', () => {
    const storage = new FakeStorage();
    storage.items.set(STORE_KEY, 'x'.repeat(50));
    storage.quota = 60;
    const store = openStore(storage);
    expect(store.problems()).toEqual([{ kind: 'set-aside', key: null, raw: 'x'.repeat(50) }]);
    expect(store.save('a#0', answer('nieuw')).kept).toBe(false);
    expect(store.answers()['a#0']?.value).toBe('nieuw');
    expect(storage.items.get(STORE_KEY)).toBe('x'.repeat(50));
  });

  it('works for the visit when storage is blocked, and says so', () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    const store = openStore(storage);
    expect(store.save('a#0', answer('tekst')).kept).toBe(false);
    expect(store.answers()['a#0']?.value).toBe('tekst');
    expect(store.problems()).toEqual([{ kind: 'unavailable' }]);
    expect(openStore(null).problems()).toEqual([{ kind: 'unavailable' }]);
  });

  it('keeps the answer in memory when storage is full, and says so', () => {
    const storage = new FakeStorage();
    storage.quota = 150;
    const store = openStore(storage);
    expect(store.save('a#0', answer('kort')).kept).toBe(true);
    expect(store.save('a#1', answer('x'.repeat(200))).kept).toBe(false);
    expect(store.answers()['a#1']?.value).toBe('x'.repeat(200));
    expect(store.problems()).toEqual([{ kind: 'full' }]);
  });

  it('never writes over data from a newer version of the site', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: 99, answers: {} });
    storage.items.set(STORE_KEY, newer);
    const store = openStore(storage);
    expect(store.save('a#0', answer('tekst')).kept).toBe(false);
    expect(storage.items.get(STORE_KEY)).toBe(newer);
    expect(store.problems()).toEqual([{ kind: 'newer-version' }]);
  });

  it('does not lose what another tab saved in the meantime', () => {
    const storage = new FakeStorage();
    const first = openStore(storage, clock('2026-11-22T10:00:00Z'));
    const second = openStore(storage, clock('2026-11-22T10:01:00Z'));
    first.save('a#0', answer('uit tab één'));
    second.save('a#1', answer('uit tab twee'));
    const stored = openStore(storage).answers();
    expect(stored['a#0']?.value).toBe('uit tab één');
    expect(stored['a#1']?.value).toBe('uit tab twee');
  });

  it('takes in another tab’s newer answer and names what changed', () => {
    const storage = new FakeStorage();
    const mine = openStore(storage, clock('2026-11-22T10:00:00Z'));
    mine.save('a#0', answer('oud'));
    const other = openStore(storage, clock('2026-11-22T10:05:00Z'));
    other.save('a#0', answer('nieuw'));
    expect(mine.receive(storage.getItem(STORE_KEY))).toEqual(['a#0']);
    expect(mine.answers()['a#0']?.value).toBe('nieuw');
    expect(mine.receive(storage.getItem(STORE_KEY))).toEqual([]);
  });
});

describe('parseStore', () => {
  it('rejects text that is not the store’s shape', () => {
    for (const raw of ['', 'null', '[]', '{"version":1}', '{"version":1,"answers":{"a":{"value":1}}}', '{"version":"1","answers":{}}']) {
      expect(parseStore(raw)).toEqual({ problem: 'unreadable' });
    }
  });

  it('accepts the current version', () => {
    const saved: SavedAnswer = { value: ['a', 2], savedAt: '2026-11-22T10:00:00.000Z', page: '/', prompt: 'Vraag?' };
    expect(parseStore(JSON.stringify({ version: 1, answers: { 'a#0': saved } }))).toEqual({ data: { version: 1, answers: { 'a#0': saved } } });
  });
});

describe('mergeAnswers', () => {
  it('keeps the later of two answers to the same question', () => {
    const at = (savedAt: string, value: string): SavedAnswer => ({ value, savedAt, page: '/', prompt: '' });
    const merged = mergeAnswers({ a: at('2026-01-02T00:00:00Z', 'mijn'), b: at('2026-01-01T00:00:00Z', 'b') }, { a: at('2026-01-01T00:00:00Z', 'hun') });
    expect(merged['a']?.value).toBe('mijn');
    expect(merged['b']?.value).toBe('b');
  });
});
