/**
 * The reader's answers, kept in the browser and nowhere else. The stored shape, its
 * versions and how two copies merge are in `store-data.ts`.
 *
 * What is never done: dropping data that cannot be read. Damage stays local: an answer,
 * deletion or visit of the wrong shape is copied to `<STORE_KEY>:apart:<time>`, as
 * `{ "version": 2, "answers": {…}, "deleted": {…}, "visits": {…} }` holding only those entries
 * as they were (a file Mijn werk can import), and the rest of the store is used as before.
 * Stored text that is not JSON or not a store at all is copied there untouched, whole. Only
 * once the copy is made does the store write over the damaged original; if even the copy
 * fails, the original stays where it is and the store works in memory only. Data of a
 * *newer* version than this code knows (an old copy of the site open beside a new one) is
 * never written over. Times read from storage and put in from outside are clamped to now.
 */
import {
  STORE_KEY,
  STORE_VERSION,
  clampTimes,
  emptyStore,
  mergeData,
  parseStore,
  type JsonValue,
  timeOf,
  type SavedAnswer,
  type StoreData,
} from './store-data';
import { copyIdOf, originalIdOf } from './conflict-copies';

/** The part of the Web Storage API the store uses, so tests can pass their own. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** What went wrong with storage, for the widget to tell the reader in plain words. */
export type StoreProblem =
  /** No storage at all (blocked, private mode): answers last for this visit only. */
  | { kind: 'unavailable' }
  /** The browser refused to store more: the latest change is kept for this visit only. */
  | { kind: 'full' }
  /** Unreadable data was moved aside under `key` (or, if even that failed, kept in memory). */
  | { kind: 'set-aside'; key: string | null; raw: string }
  /** Written by a newer version of the site (`raw`, as stored): shown, never overwritten. */
  | { kind: 'newer-version'; raw: string };

/** An answer as a widget hands it in; the store adds the time. */
export type NewAnswer = Omit<SavedAnswer, 'savedAt'>;

export interface AnswerStore {
  /** Every answer, as far as this tab knows. */
  answers(): Record<string, SavedAnswer>;
  /** The last visit to each page on which the store was opened. */
  visits(): Record<string, string>;
  /**
   * Saves one answer; says whether it is kept beyond this visit. With `keepStoredAsCopy`
   * (the version stored now is one the reader did not see here: another tab saved it while
   * they were busy), that version is kept as a conflict copy unless it says the same, and
   * `copied` says so.
   */
  save(id: string, answer: NewAnswer, keepStoredAsCopy?: boolean): { kept: boolean; copied: boolean };
  /** Makes the conflict copy `copyId` the answer it is a copy of; the version it replaces becomes a copy in turn. */
  useCopy(copyId: string): { kept: boolean };
  /**
   * Puts whole answers back (an undo, an import). Each keeps its time (but none later than
   * now) unless a newer one is here; visits merge.
   */
  put(answers: Record<string, SavedAnswer>, visits?: Record<string, string>): { kept: boolean };
  /** Deletes answers, in every tab. */
  remove(ids: string[]): { kept: boolean };
  /** Notes a visit to a page. */
  visit(page: string): { kept: boolean };
  /**
   * Whether `raw` is what this store last wrote, with nothing changed here since: then its
   * answers and visits are this store's, and need not be read from it again.
   */
  holds(raw: string): boolean;
  /** Takes in what another tab wrote (`null`: everything was forgotten there); returns the ids whose answer changed here. */
  receive(raw: string | null): string[];
  problems(): StoreProblem[];
}

/**
 * Opens the store on `storage` (`null` when the browser gives none). Never throws: what
 * fails is reported through `problems()` and the store goes on in memory. `now` is read once
 * per operation: on opening, and on each save, put, remove, visit and receive. `changed` is
 * called after each of those but the opening, once the answers are as they now stand.
 */
export function openStore(
  storage: StorageLike | null,
  now: () => Date = () => new Date(),
  changed?: () => void,
): AnswerStore {
  const problems: StoreProblem[] = [];
  let data = emptyStore();
  let writable = storage !== null;

  const report = (problem: StoreProblem) => {
    if (!problems.some((known) => known.kind === problem.kind)) problems.push(problem);
  };

  const read = (): string | null => {
    if (!storage) return null;
    try {
      return storage.getItem(STORE_KEY);
    } catch {
      report({ kind: 'unavailable' });
      writable = false;
      return null;
    }
  };

  /**
   * The text this tab last read or wrote, all of which is in `data`: when storage still holds
   * it, no other tab has written since, and reading it again would change nothing. With
   * thousands of answers, parsing and checking them again on every change is what costs.
   */
  let known: string | null = null;
  /** The text of the last write, while `data` is still just that; `null` once `data` changed without being written. */
  let written: string | null = null;

  const write = (): { kept: boolean } => {
    written = null;
    if (!storage || !writable) return { kept: false };
    try {
      const text = JSON.stringify(data);
      storage.setItem(STORE_KEY, text);
      known = written = text;
      return { kept: true };
    } catch (error) {
      report(isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' });
      return { kept: false };
    }
  };

  /** The texts already set aside, so that reading them again makes no second copy. */
  const setAsideTexts = new Set<string>();

  /** Merges the stored data into this tab's; returns the ids whose answer changed here. */
  const load = (raw: string | null, time: string): string[] => {
    if (raw === null || raw === known) return [];
    const result = parseStore(raw);
    if ('problem' in result) {
      if (result.problem === 'newer-version') {
        report({ kind: 'newer-version', raw });
        writable = false;
      } else {
        setAside(raw, raw, time);
      }
      return [];
    }
    if (result.unreadable) setAside(raw, copyOf(result.unreadable) ?? raw, time);
    if (!result.unreadable) known = raw;
    const before = data.answers;
    const clamped = clampTimes(result.data, time);
    // A time ahead of now is stored as now, so that the reader's next change outranks it.
    if (clamped !== result.data) writeSoon = true;
    data = mergeData(data, clamped);
    written = null;
    return changedIds(before, data.answers);
  };

  /** Keeps `copy` (what of `raw` cannot be read) under a key of its own, then lets readable data replace `raw`. */
  const setAside = (raw: string, copy: string, time: string) => {
    if (setAsideTexts.has(raw)) return;
    setAsideTexts.add(raw);
    const key = `${STORE_KEY}:apart:${time}`;
    try {
      storage?.setItem(key, copy);
      report({ kind: 'set-aside', key, raw: copy });
      // The copy is safe, so the damaged original may now give way to readable data.
      writeSoon = true;
    } catch {
      // Not even a copy fits: keep the unreadable text in memory and leave it in place.
      report({ kind: 'set-aside', key: null, raw });
      writable = false;
    }
  };
  /** Set when a load set something aside or clamped a time: the result is written once the load is done. */
  let writeSoon = false;

  /** Re-reads storage, applies `change` and writes the result. */
  const update = (change: (data: StoreData, time: string) => StoreData) => {
    const time = now().toISOString();
    load(read(), time);
    writeSoon = false;
    data = change(data, time);
    const result = write();
    changed?.();
    return result;
  };

  /** Reads storage (or another tab's `raw`) and, if damage was set aside, writes what is readable. */
  const loadAndRepair = (raw: string | null) => {
    const changed = load(raw, now().toISOString());
    if (writeSoon) {
      writeSoon = false;
      write();
    }
    return changed;
  };

  if (!storage) report({ kind: 'unavailable' });
  loadAndRepair(read());

  return {
    answers: () => data.answers,
    visits: () => data.visits,
    save(id, answer, keepStoredAsCopy = false) {
      let copied = false;
      const { kept } = update((current, time) => {
        const stored = current.answers[id];
        const copy = keepStoredAsCopy && stored && !sameValue(stored.value, answer.value) ? stored : null;
        copied = copy !== null;
        return replaceAnswer(current, id, { ...answer, savedAt: time }, copy);
      });
      return { kept, copied };
    },
    useCopy: (copyId) =>
      update((current, time) => {
        const copy = current.answers[copyId];
        const id = originalIdOf(copyId);
        if (!copy || id === null) return current;
        const withoutCopy = {
          ...current,
          answers: { ...current.answers },
          deleted: { ...current.deleted, [copyId]: time },
        };
        delete withoutCopy.answers[copyId];
        return replaceAnswer(withoutCopy, id, { ...copy, savedAt: time }, current.answers[id] ?? null);
      }),
    put: (answers, visits = {}) =>
      update((current, time) => {
        const deleted = { ...current.deleted };
        const merged = { ...current.answers };
        const incoming = clampTimes({ ...emptyStore(), answers, visits }, time);
        for (const [id, answer] of Object.entries(incoming.answers)) {
          const newerHere = [current.answers[id]?.savedAt, deleted[id]].some(
            (at) => at !== undefined && timeOf(at) >= timeOf(answer.savedAt),
          );
          merged[id] = newerHere ? { ...answer, savedAt: time } : answer;
          delete deleted[id];
        }
        return mergeData(
          { ...current, answers: merged, deleted },
          { ...emptyStore(), visits: incoming.visits },
        );
      }),
    remove: (ids) =>
      update((current, time) => {
        const answers = { ...current.answers };
        const deleted = { ...current.deleted };
        for (const id of ids) {
          delete answers[id];
          deleted[id] = time;
        }
        return { ...current, answers, deleted };
      }),
    visit: (page) => update((current, time) => ({ ...current, visits: { ...current.visits, [page]: time } })),
    receive(raw) {
      // `finally`: the listener hears of it once the answers are as they now stand.
      try {
        if (raw !== null) return loadAndRepair(raw);
        const before = data.answers;
        data = emptyStore();
        written = null;
        // Emptied: what was known is no longer in `data`, so it must be read again should it come back.
        known = null;
        return Object.keys(before);
      } finally {
        changed?.();
      }
    },
    holds: (raw) => raw === written,
    problems: () => [...problems],
  };
}

/** `data` with `answer` saved as `id` (no longer deleted), and `previous`, if given, kept as its conflict copy. */
function replaceAnswer(
  data: StoreData,
  id: string,
  answer: SavedAnswer,
  previous: SavedAnswer | null,
): StoreData {
  const answers = { ...data.answers, [id]: answer };
  const deleted = { ...data.deleted };
  delete deleted[id];
  if (previous) {
    const copyId = copyIdOf(id, previous.savedAt);
    answers[copyId] = previous;
    delete deleted[copyId];
  }
  return { ...data, answers, deleted };
}

const sameValue = (a: JsonValue, b: JsonValue) => JSON.stringify(a) === JSON.stringify(b);

/** The set-aside copy of `unreadable` entries, or `null` when they cannot even be written as JSON. */
function copyOf(unreadable: object): string | null {
  try {
    return JSON.stringify({ version: STORE_VERSION, ...unreadable });
  } catch {
    return null;
  }
}

function changedIds(before: Record<string, SavedAnswer>, after: Record<string, SavedAnswer>): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => before[id] !== after[id]);
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}
