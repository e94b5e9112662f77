/**
 * The reader's answers, kept in the browser and nowhere else.
 *
 * Everything lives under one localStorage key, `STORE_KEY`, as JSON:
 *
 *   {
 *     "version": 1,
 *     "answers": {
 *       "<answer id>": {
 *         "value": <any JSON value: the text typed, a choice, a set of ratings>,
 *         "savedAt": "<ISO 8601 time of the last change>",
 *         "page": "<site path of the page it was given on, e.g. /modules/de-paradox/>",
 *         "prompt": "<the question as the reader saw it>"
 *       }
 *     }
 *   }
 *
 * Answer ids are `<widget id>#<item>`, e.g. `de-paradox#0` for the first reflection
 * question of the set `de-paradox`.
 *
 * Migrations: `migrations[n]` turns version n into n + 1; `readStore` applies them in turn.
 * There is only version 1 so far. Data of a *newer* version than this code knows (an old
 * copy of the site open beside a new one) is read but never written over.
 *
 * What is never done: dropping data that cannot be read. Stored text that is not valid
 * JSON or not of the shape above is copied, untouched, to `<STORE_KEY>:apart:<time>` and
 * reported; only then does the store start afresh. If even the copy fails, the original
 * stays where it is and the store works in memory only.
 */

export const STORE_KEY = 'leiderschap-van-leraren';
export const STORE_VERSION = 1;

/** The part of the Web Storage API the store uses, so tests can pass their own. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface SavedAnswer {
  value: JsonValue;
  savedAt: string;
  page: string;
  prompt: string;
}

export interface StoreData {
  version: typeof STORE_VERSION;
  answers: Record<string, SavedAnswer>;
}

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

const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

export const emptyStore = (): StoreData => ({ version: STORE_VERSION, answers: {} });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSavedAnswer(value: unknown): value is SavedAnswer {
  return (
    isRecord(value) &&
    'value' in value &&
    typeof value['savedAt'] === 'string' &&
    !Number.isNaN(Date.parse(value['savedAt'])) &&
    typeof value['page'] === 'string' &&
    typeof value['prompt'] === 'string'
  );
}

function isAnswerMap(value: unknown): value is Record<string, SavedAnswer> {
  return isRecord(value) && Object.values(value).every(isSavedAnswer);
}

/** The data in `raw` at the current version, or why it cannot be used. */
export function parseStore(raw: string): { data: StoreData } | { problem: 'unreadable' | 'newer-version' } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { problem: 'unreadable' };
  }
  if (!isRecord(parsed) || !Number.isInteger(parsed['version'])) return { problem: 'unreadable' };
  let data = parsed;
  if ((data['version'] as number) > STORE_VERSION) return { problem: 'newer-version' };
  while ((data['version'] as number) < STORE_VERSION) {
    const migrate = migrations[data['version'] as number];
    if (!migrate) return { problem: 'unreadable' };
    data = migrate(data);
  }
  const answers = data['answers'];
  if (!isAnswerMap(answers)) return { problem: 'unreadable' };
  return { data: { version: STORE_VERSION, answers } };
}

/** Keeps, per answer, whichever of the two was saved last. */
export function mergeAnswers(
  ours: Record<string, SavedAnswer>,
  theirs: Record<string, SavedAnswer>,
): Record<string, SavedAnswer> {
  const merged = { ...ours };
  for (const [id, answer] of Object.entries(theirs)) {
    const mine = merged[id];
    if (!mine || Date.parse(answer.savedAt) > Date.parse(mine.savedAt)) merged[id] = answer;
  }
  return merged;
}

export interface AnswerStore {
  /** Every answer, as far as this tab knows. */
  answers(): Record<string, SavedAnswer>;
  /** Saves one answer; says whether it is kept beyond this visit. */
  save(id: string, answer: Omit<SavedAnswer, 'savedAt'>): { kept: boolean };
  /** Takes in what another tab wrote; returns the ids whose answer changed here. */
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

  const write = (): boolean => {
    if (!storage || !writable) return false;
    try {
      storage.setItem(STORE_KEY, JSON.stringify(data));
      return true;
    } catch (error) {
      report(isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' });
      return false;
    }
  };

  /** Reads what is stored now and merges it into this tab's answers. */
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
    data = { ...data, answers: mergeAnswers(before, result.data.answers) };
    return Object.keys(data.answers).filter((id) => data.answers[id] !== before[id]);
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

  if (!storage) report({ kind: 'unavailable' });
  load(read());

  return {
    answers: () => data.answers,
    save(id, answer) {
      load(read());
      data = { ...data, answers: { ...data.answers, [id]: { ...answer, savedAt: now().toISOString() } } };
      return { kept: write() };
    },
    receive: (raw) => load(raw),
    problems: () => [...problems],
  };
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}
