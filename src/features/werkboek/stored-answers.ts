/**
 * The reader's answers as this browser keeps them, read for the workbook and never written:
 * the page only shows them, so unlike the page's store (`pageStore()` in
 * `widgets/runtime/page-store.ts`) it notes no visit and repairs nothing.
 */
import { STORE_KEY, emptyStore, mergeData, parseStore, type SavedAnswer } from '../../lib/store-data';

export type StoredAnswers =
  { answers: Record<string, SavedAnswer> } | { problem: 'unavailable' | 'unreadable' | 'newer-version' };

/** What `storage` holds (`null`: the browser gives the site none, as `browserStorage()` says). */
export function storedAnswers(storage: Pick<Storage, 'getItem'> | null): StoredAnswers {
  let raw: string | null;
  try {
    if (!storage) return { problem: 'unavailable' };
    raw = storage.getItem(STORE_KEY);
  } catch {
    return { problem: 'unavailable' };
  }
  if (raw === null) return { answers: {} };
  const parsed = parseStore(raw);
  if ('problem' in parsed) return { problem: parsed.problem };
  // Entries that cannot be read are left out here (a module page or Mijn werk sets them aside);
  // merging as the store does leaves out an answer deleted after it was saved.
  return { answers: mergeData(emptyStore(), parsed.data).answers };
}

/** One collator for all: the items of an exercise in their order (`scan#2` before `scan#10`). */
const ids = new Intl.Collator('en', { numeric: true });

/** The answers of the exercise `exercise` (ids `<exercise>#…`) that say something, in item order. */
export function exerciseAnswers(answers: Record<string, SavedAnswer>, exercise: string): SavedAnswer[] {
  return Object.keys(answers)
    .filter((id) => id.startsWith(`${exercise}#`) && answers[id]!.text.trim() !== '')
    .sort(ids.compare)
    .map((id) => answers[id]!);
}
