import { describe, expect, it } from 'vitest';
import { askToKeepStorage, type PersistableStorage } from '../../../src/lib/ask-to-keep-storage';
import { SETTINGS_KEY, readSettings } from '../../../src/lib/storage-settings';
import { FakeStorage } from '../support/fake-storage';

/** A `navigator.storage` stand-in that counts the reader's prompts (`persist` calls). */
const browser = (persisted: boolean | 'throws' = false) => {
  const manager = {
    asked: 0,
    persisted: async () => {
      if (persisted === 'throws') throw new Error('no');
      return persisted;
    },
    persist: async () => {
      manager.asked++;
      return true;
    },
  };
  return manager;
};

const now = new Date('2026-11-22T10:00:00.000Z');

describe('asking the browser to keep the storage', () => {
  it('asks once, and notes it, so that no later page asks again', async () => {
    const storage = new FakeStorage();
    const manager = browser();
    await expect(askToKeepStorage(manager, storage, now)).resolves.toBe(true);
    expect(readSettings(storage, now).persistAskedAt).toBe(now.toISOString());
    await expect(askToKeepStorage(manager, storage, new Date('2026-11-23T10:00:00.000Z'))).resolves.toBe(
      false,
    );
    await expect(askToKeepStorage(browser(), storage, now)).resolves.toBe(false);
    expect(manager.asked).toBe(1);
  });

  it('does not ask a browser that keeps the storage already, or one that throws', async () => {
    for (const persisted of [true, 'throws'] as const) {
      const manager = browser(persisted);
      await expect(askToKeepStorage(manager, new FakeStorage(), now)).resolves.toBe(false);
      expect(manager.asked).toBe(0);
    }
  });

  it.each([
    ['no navigator.storage', undefined],
    ['no persist()', { persisted: async () => false }],
    ['no persisted()', { persist: async () => true }],
  ] as [string, PersistableStorage | undefined][])(
    'does nothing with %s, and notes nothing',
    async (_, manager) => {
      const storage = new FakeStorage();
      await expect(askToKeepStorage(manager, storage, now)).resolves.toBe(false);
      expect(storage.items.has(SETTINGS_KEY)).toBe(false);
    },
  );

  it('does not ask where it cannot note that it asked, or it would ask on every page', async () => {
    const storage = new FakeStorage();
    storage.quota = 0;
    const manager = browser();
    await expect(askToKeepStorage(manager, storage, now)).resolves.toBe(false);
    await expect(askToKeepStorage(manager, null, now)).resolves.toBe(false);
    expect(manager.asked).toBe(0);
  });
});
