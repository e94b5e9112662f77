import type { SavedAnswer } from '../../lib/store-data';

/** How long a change may go without a backup before Mijn werk offers one: Safari may clear a site's data after 7 days without a visit. */
export const BACKUP_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether Mijn werk offers a backup: when some answer was saved after the last backup (or
 * there never was one) and the oldest such change is at least `BACKUP_AFTER_MS` old. Gives
 * that oldest change's time, to tell the reader since when, or `null` for no offer.
 *
 * `backupAt` is the last JSON export (`storage-settings.ts`). One ahead of `now` comes from a
 * wrong clock and counts as now, as every time from outside does in the store: no answer is
 * known to be later, and those saved from now on are.
 */
export function backupDue(
  answers: Record<string, Pick<SavedAnswer, 'savedAt'>>,
  backupAt: string | undefined,
  now: Date,
): string | null {
  const limit = now.getTime();
  const backup = backupAt === undefined ? Number.NaN : Date.parse(backupAt);
  const since = Number.isNaN(backup) ? -Infinity : Math.min(backup, limit);
  let oldest = Infinity;
  for (const answer of Object.values(answers)) {
    const saved = Date.parse(answer.savedAt);
    if (saved > since && saved < oldest) oldest = saved;
  }
  return oldest !== Infinity && limit - oldest >= BACKUP_AFTER_MS ? new Date(oldest).toISOString() : null;
}
