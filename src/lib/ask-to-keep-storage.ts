/**
 * Asking the browser to keep this site's storage (`navigator.storage.persist()`), so that it
 * does not clear the reader's answers to make room. Firefox shows the reader a prompt for it,
 * so the site asks once, ever, and only once there is something worth keeping: after the first
 * answer that storage kept. When it asked is noted in the settings (`storage-settings.ts`).
 */
import type { StorageLike } from './answer-store';
import { noteSetting, readSettings } from './storage-settings';

/** The part of `navigator.storage` this needs; either may be missing (older browsers, insecure pages). */
export type PersistableStorage = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

/**
 * Asks `manager` to keep the storage unless it already does or the site asked before; resolves
 * to whether it asked. Never rejects: a browser that throws is treated as one that said no.
 */
export async function askToKeepStorage(
  manager: PersistableStorage | undefined,
  storage: StorageLike | null,
  now: Date,
): Promise<boolean> {
  if (!manager?.persist || !manager.persisted) return false;
  if (readSettings(storage, now).persistAskedAt) return false;
  // Noted before asking, so that a save made while the prompt is open does not ask again; and
  // where the note cannot be kept, not asked at all, or every page would ask again.
  if (!noteSetting(storage, 'persistAskedAt', now)) return false;
  try {
    if (await manager.persisted()) return false;
    await manager.persist();
    return true;
  } catch {
    return false;
  }
}
