import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/lib/answer-store';
import { readAnswersFile, toNewerAnswersFile } from '../../../src/lib/answers-file';
import { STORE_KEY } from '../../../src/lib/store-data';
import { FakeStorage } from '../support/fake-storage';
import { newAnswer } from '../support/saved-answer';

/**
 * A clock that reads the given times of day (`'10:00'`) on one day, one per call, then stays at
 * the last. The store reads it once per operation, opening included.
 */
const clock = (...times: string[]) => {
  let i = 0;
  return () => new Date(`2026-11-22T${times[Math.min(i++, times.length - 1)]}:00Z`);
};
const answer = newAnswer;

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
    expect(store.problems()).toEqual([{ kind: 'newer-version', raw: newer }]);
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
    const mine = openStore(storage, clock('10:00', '10:00', '10:06'));
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
    const store = openStore(storage, clock('10:00', '10:00', '10:01'));
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

  it('calls `changed` after each change, the answers already as they stand, and not on opening', () => {
    const storage = new FakeStorage();
    const seen: string[][] = [];
    const store = openStore(storage, undefined, () => seen.push(Object.keys(store.answers())));
    expect(seen).toEqual([]);
    store.save('a#0', answer('tekst'));
    store.put({ 'a#1': store.answers()['a#0']! });
    store.remove(['a#0']);
    store.receive(null);
    store.receive(storage.getItem(STORE_KEY));
    expect(seen).toEqual([['a#0'], ['a#0', 'a#1'], ['a#1'], [], ['a#1']]);
  });

  it('holds the text it last wrote, and no longer once its answers changed without being written', () => {
    const storage = new FakeStorage();
    const store = openStore(storage);
    store.save('a#0', answer('tekst'));
    const written = storage.getItem(STORE_KEY)!;
    expect(store.holds(written)).toBe(true);
    expect(store.holds(written.replace('tekst', 'tekstje'))).toBe(false);
    storage.quota = written.length;
    store.save('a#1', answer('nog een, langer dan wat past'));
    expect(store.holds(written)).toBe(false);
  });

  it('takes the answers back when what was forgotten returns unchanged (an undo of forgetting)', () => {
    const storage = new FakeStorage();
    const store = openStore(storage);
    store.save('a#0', answer('tekst'));
    const stored = storage.getItem(STORE_KEY);
    store.receive(null);
    expect(store.receive(stored)).toEqual(['a#0']);
    expect(store.answers()['a#0']?.text).toBe('tekst');
  });

  describe('damage stays local', () => {
    const good = { ...answer('goed'), savedAt: '2026-11-21T10:00:00.000Z' };
    const bad = { value: 'geen tijd, geen pagina' };
    const seeded = () => {
      const storage = new FakeStorage();
      storage.items.set(
        STORE_KEY,
        JSON.stringify({
          version: 2,
          answers: { 'a#0': good, 'a#1': bad, 'a#2': good },
          deleted: { 'a#3': 'gisteren' },
          visits: { '/modules/de-paradox/': '2026-11-21T09:00:00.000Z', '/x/': 12 },
        }),
      );
      return storage;
    };
    const setAsideKey = `${STORE_KEY}:apart:2026-11-22T10:00:00.000Z`;

    it('sets one unreadable answer aside alone; the rest stay readable and editable', () => {
      const storage = seeded();
      const store = openStore(storage, clock('10:00', '10:01'));
      expect(Object.keys(store.answers())).toEqual(['a#0', 'a#2']);
      expect(JSON.parse(storage.items.get(setAsideKey)!)).toEqual({
        version: 2,
        answers: { 'a#1': bad },
        deleted: { 'a#3': 'gisteren' },
        visits: { '/x/': 12 },
      });
      expect(store.problems()).toEqual([
        { kind: 'set-aside', key: setAsideKey, raw: storage.items.get(setAsideKey) },
      ]);
      expect(store.save('a#0', answer('bijgewerkt')).kept).toBe(true);
      const reopened = openStore(storage, clock('10:02'));
      expect(reopened.answers()['a#0']?.value).toBe('bijgewerkt');
      expect(reopened.answers()['a#2']).toEqual(good);
      expect(reopened.problems()).toEqual([]);
      expect([...storage.items.keys()].filter((key) => key.includes(':apart:'))).toEqual([setAsideKey]);
    });

    it('sets aside, alone, an answer nested deep enough to overflow a recursive check', () => {
      const storage = new FakeStorage();
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      storage.items.set(
        STORE_KEY,
        `{"version":2,"answers":{"a#0":${JSON.stringify(good)},"a#1":{"value":${deep},"text":"","savedAt":"2026-11-21T10:00:00.000Z","page":"/","prompt":"","widget":"a-b"}},"deleted":{},"visits":{}}`,
      );
      const store = openStore(storage, clock('10:00'));
      expect(store.answers()).toEqual({ 'a#0': good });
      expect(store.problems()).toMatchObject([{ kind: 'set-aside', key: setAsideKey }]);
      expect(storage.items.get(setAsideKey)).toContain('"a#1"');
    });

    it('offers set-aside copies that import back, old whole copies included', () => {
      const storage = seeded();
      openStore(storage, clock('10:00'));
      expect(readAnswersFile(storage.items.get(setAsideKey)!)).toEqual({
        error: 'bad-shape',
        where: 'a#1',
      });
      // Before damage stayed local, the whole store was set aside: its readable answers come back.
      expect(readAnswersFile(seeded().items.get(STORE_KEY)!)).toEqual({
        ok: {
          answers: { 'a#0': good, 'a#2': good },
          visits: { '/modules/de-paradox/': '2026-11-21T09:00:00.000Z' },
          skipped: ['a#1'],
        },
      });
    });
  });

  describe('times from outside are clamped to now', () => {
    const future = '2027-06-01T00:00:00.000Z';

    it('when imported: a later edit and a deletion then stick, in a second tab too', () => {
      const storage = new FakeStorage();
      const store = openStore(storage, clock('10:00', '10:00', '10:05', '10:06'));
      const other = openStore(storage, clock('10:00', '10:07'));
      store.put({ 'a#0': { ...answer('van een klok die voorliep'), savedAt: future } }, { '/': future });
      expect(store.answers()['a#0']?.savedAt).toBe('2026-11-22T10:00:00.000Z');
      expect(store.visits()['/']).toBe('2026-11-22T10:00:00.000Z');
      store.save('a#0', answer('later bewerkt'));
      expect(other.receive(storage.getItem(STORE_KEY))).toEqual(['a#0']);
      expect(other.answers()['a#0']?.value).toBe('later bewerkt');
      store.remove(['a#0']);
      other.visit('/');
      expect(openStore(storage).answers()).toEqual({});
    });

    it('when another tab or an older copy of the store holds a time ahead of now', () => {
      const storage = new FakeStorage();
      storage.items.set(
        STORE_KEY,
        JSON.stringify({
          version: 2,
          answers: { 'a#0': { ...answer('toekomst'), savedAt: future } },
          deleted: { 'a#1': future },
          visits: { '/': future },
        }),
      );
      const store = openStore(storage, clock('10:00', '10:01'));
      expect(store.answers()['a#0']?.savedAt).toBe('2026-11-22T10:00:00.000Z');
      expect(store.visits()['/']).toBe('2026-11-22T10:00:00.000Z');
      store.save('a#1', answer('na de verwijdering'));
      expect(openStore(storage).answers()['a#1']?.value).toBe('na de verwijdering');
    });
  });

  it('offers data of a newer version, which it cannot read, whole as a file for that version', () => {
    const storage = new FakeStorage();
    const newer = { version: 3, answers: { 'a#0': { iets: 'nieuws' } }, visits: { '/': 'x' }, extra: [1] };
    storage.items.set(STORE_KEY, JSON.stringify(newer));
    const [problem] = openStore(storage).problems();
    expect(problem?.kind).toBe('newer-version');
    const file = toNewerAnswersFile(problem?.kind === 'newer-version' ? problem.raw : '', new Date(0));
    expect(JSON.parse(file)).toEqual({
      format: 'leiderschap-van-leraren/antwoorden',
      exportedAt: '1970-01-01T00:00:00.000Z',
      ...newer,
    });
    expect(readAnswersFile(file)).toEqual({ error: 'newer-version' });
  });
});
