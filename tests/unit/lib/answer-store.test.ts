import { describe, expect, it } from 'vitest';
import { openStore, type StorageLike } from '../../../src/lib/answer-store';
import { STORE_KEY } from '../../../src/lib/store-data';

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

/** A clock that reads the given times of day (`'10:00'`) on one day, one per call, then stays at the last. */
const clock = (...times: string[]) => {
  let i = 0;
  return () => new Date(`2026-11-22T${times[Math.min(i++, times.length - 1)]}:00Z`);
};
const answer = (value: string) => ({
  value,
  text: value,
  page: '/modules/de-paradox/',
  prompt: 'Vraag?',
  widget: 'reflectie-vragen',
});

describe('openStore', () => {
  it('keeps an answer across visits', () => {
    const storage = new FakeStorage();
    openStore(storage).save('de-paradox#0', answer('Onze school kiest voor rollen.'));
    expect(openStore(storage).answers()['de-paradox#0']?.value).toBe('Onze school kiest voor rollen.');
  });

  it('sets unreadable data aside, untouched, reports it, and goes on', () => {
    const storage = new FakeStorage();
    storage.items.set(STORE_KEY, '{"version":1,"answers":{"x":');
    const store = openStore(storage, clock('10:00'));
    const [problem] = store.problems();
    expect(problem).toEqual({
      kind: 'set-aside',
      key: `${STORE_KEY}:apart:2026-11-22T10:00:00.000Z`,
      raw: '{"version":1,"answers":{"x":',
    });
    expect(storage.items.get(`${STORE_KEY}:apart:2026-11-22T10:00:00.000Z`)).toBe(
      '{"version":1,"answers":{"x":',
    );
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
    storage.quota = 300;
    const store = openStore(storage);
    expect(store.save('a#0', answer('kort')).kept).toBe(true);
    expect(store.save('a#1', answer('x'.repeat(400))).kept).toBe(false);
    expect(store.answers()['a#1']?.value).toBe('x'.repeat(400));
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
    const first = openStore(storage, clock('10:00'));
    const second = openStore(storage, clock('10:01'));
    first.save('a#0', answer('uit tab één'));
    second.save('a#1', answer('uit tab twee'));
    const stored = openStore(storage).answers();
    expect(stored['a#0']?.value).toBe('uit tab één');
    expect(stored['a#1']?.value).toBe('uit tab twee');
  });

  it('takes in another tab’s newer answer and names what changed', () => {
    const storage = new FakeStorage();
    const mine = openStore(storage, clock('10:00'));
    mine.save('a#0', answer('oud'));
    const other = openStore(storage, clock('10:05'));
    other.save('a#0', answer('nieuw'));
    expect(mine.receive(storage.getItem(STORE_KEY))).toEqual(['a#0']);
    expect(mine.answers()['a#0']?.value).toBe('nieuw');
    expect(mine.receive(storage.getItem(STORE_KEY))).toEqual([]);
  });

  it('keeps a deleted answer deleted, even when another tab still holds it', () => {
    const storage = new FakeStorage();
    const first = openStore(storage, clock('10:00', '10:02', '10:03'));
    first.save('a#0', answer('weg ermee'));
    const second = openStore(storage, clock('10:01', '10:04'));
    first.remove(['a#0']);
    second.save('a#1', answer('ander antwoord'));
    const stored = openStore(storage).answers();
    expect(Object.keys(stored)).toEqual(['a#1']);
    expect(second.answers()['a#0']).toBeUndefined();
  });

  it('names the deleted answer when another tab deletes it', () => {
    const storage = new FakeStorage();
    const mine = openStore(storage, clock('10:00'));
    mine.save('a#0', answer('tekst'));
    openStore(storage, clock('10:05')).remove(['a#0']);
    expect(mine.receive(storage.getItem(STORE_KEY))).toEqual(['a#0']);
    expect(mine.answers()).toEqual({});
  });

  it('puts an undone or imported answer back with its own time, unless something newer is here', () => {
    const storage = new FakeStorage();
    const store = openStore(storage, clock('10:00', '10:01', '10:02'));
    store.save('a#0', answer('huidig'));
    const old = { ...answer('uit bestand'), savedAt: '2026-01-01T00:00:00.000Z' };
    store.put({ 'a#0': old, 'a#1': old }, { '/modules/de-paradox/': '2026-01-01T00:00:00.000Z' });
    const stored = openStore(storage).answers();
    expect(stored['a#0']).toEqual({ ...old, savedAt: '2026-11-22T10:01:00.000Z' });
    expect(stored['a#1']).toEqual(old);
    expect(openStore(storage).visits()).toEqual({ '/modules/de-paradox/': '2026-01-01T00:00:00.000Z' });
  });

  it('brings a deleted answer back on undo', () => {
    const storage = new FakeStorage();
    const store = openStore(storage, clock('10:00', '10:01', '10:02'));
    store.save('a#0', answer('terug'));
    const saved = store.answers()['a#0']!;
    store.remove(['a#0']);
    store.put({ 'a#0': saved });
    expect(openStore(storage).answers()['a#0']?.value).toBe('terug');
  });

  it('remembers the last visit to each page', () => {
    const storage = new FakeStorage();
    openStore(storage, clock('10:00')).visit('/modules/de-paradox/');
    openStore(storage, clock('11:00')).visit('/modules/vier-vormen/');
    expect(openStore(storage).visits()).toEqual({
      '/modules/de-paradox/': '2026-11-22T10:00:00.000Z',
      '/modules/vier-vormen/': '2026-11-22T11:00:00.000Z',
    });
  });

  it('forgets everything when another tab has forgotten it all', () => {
    const storage = new FakeStorage();
    const store = openStore(storage);
    store.save('a#0', answer('tekst'));
    expect(store.receive(null)).toEqual(['a#0']);
    expect(store.answers()).toEqual({});
  });
});
