import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY, noteSetting, readSettings } from '../../../src/lib/storage-settings';
import { FakeStorage } from '../support/fake-storage';

const now = new Date('2026-11-22T10:00:00.000Z');
const withSettings = (raw: string) => {
  const storage = new FakeStorage();
  storage.items.set(SETTINGS_KEY, raw);
  return storage;
};

describe('storage settings', () => {
  it('remember when the site asked to keep the storage and when the reader last made a backup', () => {
    const storage = new FakeStorage();
    expect(readSettings(storage, now)).toEqual({});
    expect(noteSetting(storage, 'persistAskedAt', new Date('2026-11-20T08:00:00.000Z'))).toBe(true);
    expect(noteSetting(storage, 'backupAt', new Date('2026-11-21T09:00:00.000Z'))).toBe(true);
    expect(readSettings(storage, now)).toEqual({
      persistAskedAt: '2026-11-20T08:00:00.000Z',
      backupAt: '2026-11-21T09:00:00.000Z',
    });
  });

  it.each([
    ['not JSON', '{"backupAt":'],
    ['not an object', '["2026-11-20T08:00:00.000Z"]'],
    ['null', 'null'],
    ['no times', '{"backupAt":"gisteren","persistAskedAt":42}'],
  ])('read as none when %s, and are written over by the next note', (_, raw) => {
    const storage = withSettings(raw);
    expect(readSettings(storage, now)).toEqual({});
    expect(noteSetting(storage, 'backupAt', now)).toBe(true);
    expect(readSettings(storage, now)).toEqual({ backupAt: now.toISOString() });
  });

  it('read a time ahead of now as now, and store it so, so that it stays put as the clock goes on', () => {
    const storage = withSettings(
      '{"backupAt":"2027-01-01T00:00:00.000Z","persistAskedAt":"2026-11-01T00:00:00.000Z"}',
    );
    expect(readSettings(storage, now)).toEqual({
      backupAt: now.toISOString(),
      persistAskedAt: '2026-11-01T00:00:00.000Z',
    });
    expect(readSettings(storage, new Date('2026-11-30T00:00:00.000Z')).backupAt).toBe(now.toISOString());
  });

  it('keep fields they do not know (a later version’s) when they note one', () => {
    const storage = withSettings('{"later":{"x":1}}');
    noteSetting(storage, 'persistAskedAt', now);
    expect(JSON.parse(storage.items.get(SETTINGS_KEY)!)).toEqual({
      later: { x: 1 },
      persistAskedAt: now.toISOString(),
    });
  });

  it('never throw on blocked, full or missing storage, and say that a note is not kept', () => {
    const blocked = withSettings('{"backupAt":"2026-11-20T08:00:00.000Z"}');
    blocked.blocked = true;
    expect(readSettings(blocked, now)).toEqual({});
    expect(noteSetting(blocked, 'backupAt', now)).toBe(false);
    const full = withSettings('{"backupAt":"2027-01-01T00:00:00.000Z"}');
    full.quota = 0;
    expect(readSettings(full, now)).toEqual({ backupAt: now.toISOString() });
    expect(noteSetting(full, 'backupAt', now)).toBe(false);
    expect(readSettings(null, now)).toEqual({});
    expect(noteSetting(null, 'backupAt', now)).toBe(false);
  });
});
