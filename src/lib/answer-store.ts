/**
 * The reader's answers, kept in the browser and nowhere else. The stored shape, its
 * versions and how two copies merge are in `store-data.ts`.
 *
 * What is never done: dropping data that cannot be read. Stored text that is not valid
 * JSON or not of the known shape is copied, untouched, to `<STORE_KEY>:apart:<time>` and
 * reported; only then does the store start afresh. If even the copy fails, the original
 * stays where it is and the store works in memory only. Data of a *newer* version than
 * this code knows (an old copy of the site open beside a new one) is never written over.
 */
import { STORE_KEY, emptyStore, mergeData, parseStore, type SavedAnswer, type StoreData } from './store-data';

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
  /** Written by a newer version of the site: shown, never overwritten. */
  | { kind: 'newer-version' };

/** An answer as a widget hands it in; the store adds the time. */
export type NewAnswer = Omit<SavedAnswer, 'savedAt'>;

export interface AnswerStore {
  /** Every answer, as far as this tab knows. */
  answers(): Record<string, SavedAnswer>;
  /** The last visit to each page on which the store was opened. */
  visits(): Record<string, string>;
  /** Saves one answer; says whether it is kept beyond this visit. */
  save(id: string, answer: NewAnswer): { kept: boolean };
  /** Puts whole answers back (an undo, an import). Each keeps its time unless a newer one is here; visits merge. */
  put(answers: Record<string, SavedAnswer>, visits?: Record<string, string>): { kept: boolean };
  /** Deletes answers, in every tab. */
  remove(ids: string[]): { kept: boolean };
  /** Notes a visit to a page. */
  visit(page: string): { kept: boolean };
  /** Takes in what another tab wrote (`null`: everything was forgotten there); returns the ids whose answer changed here. */
  receive(raw: string | null): string[];
  problems(): StoreProblem[];
}

/**
 * Opens the store on `storage` (`null` when the browser gives none). Never throws: what
 * fails is reported through `problems()` and the store goes on in memory.
 */
export function openStore(storage: StorageLike | null, now: () => Date = () => new Date()): AnswerStore {
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

  const write = (): { kept: boolean } => {
    if (!storage || !writable) return { kept: false };
    try {
      storage.setItem(STORE_KEY, JSON.stringify(data));
      return { kept: true };
    } catch (error) {
      report(isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' });
      return { kept: false };
    }
  };

  /** Merges the stored data into this tab's; returns the ids whose answer changed here. */
  const load = (raw: string | null): string[] => {
    if (raw === null) return [];
    const result = parseStore(raw);
    if ('problem' in result) {
      if (result.problem === 'newer-version') {
        report({ kind: 'newer-version' });
        writable = false;
      } else {
        setAside(raw);
      }
      return [];
    }
    const before = data.answers;
    data = mergeData(data, result.data);
    return changedIds(before, data.answers);
  };

  const setAside = (raw: string) => {
    const key = `${STORE_KEY}:apart:${now().toISOString()}`;
    try {
      storage?.setItem(key, raw);
      report({ kind: 'set-aside', key, raw });
      // The copy is safe, so the damaged original may now give way to readable data.
      write();
    } catch {
      // Not even a copy fits: keep the unreadable text in memory and leave it in place.
      report({ kind: 'set-aside', key: null, raw });
      writable = false;
    }
  };

  /** Re-reads storage, applies `change` and writes the result. */
  const update = (change: (data: StoreData, time: string) => StoreData) => {
    load(read());
    data = change(data, now().toISOString());
    return write();
  };

  if (!storage) report({ kind: 'unavailable' });
  load(read());

  return {
    answers: () => data.answers,
    visits: () => data.visits,
    save: (id, answer) =>
      update((current, time) => ({
        ...current,
        answers: { ...current.answers, [id]: { ...answer, savedAt: time } },
      })),
    put: (answers, visits = {}) =>
      update((current, time) => {
        const deleted = { ...current.deleted };
        const merged = { ...current.answers };
        for (const [id, answer] of Object.entries(answers)) {
          const newerHere = [current.answers[id]?.savedAt, deleted[id]].some(
            (at) => at !== undefined && Date.parse(at) >= Date.parse(answer.savedAt),
          );
          merged[id] = newerHere ? { ...answer, savedAt: time } : answer;
          delete deleted[id];
        }
        return mergeData({ ...current, answers: merged, deleted }, { ...emptyStore(), visits });
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
      if (raw !== null) return load(raw);
      const before = data.answers;
      data = emptyStore();
      return Object.keys(before);
    },
    problems: () => [...problems],
  };
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
