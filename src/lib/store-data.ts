/**
 * The shape of what the site keeps in the browser, how older shapes are brought up to
 * date, and how two copies (two tabs, or an import) are merged.
 *
 * Everything lives under one localStorage key, `STORE_KEY`, as JSON. Version 2:
 *
 *   {
 *     "version": 2,
 *     "answers": {
 *       "<answer id>": {
 *         "value": <any JSON value: the text typed, a choice, a set of ratings>,
 *         "text": "<the answer as plain text in the reader's language, for the portfolio and exports>",
 *         "savedAt": "<ISO 8601 time of the last change>",
 *         "page": "<site path of the page it was given on, without the deploy base, e.g. /modules/de-paradox/>",
 *         "prompt": "<the question as the reader saw it>",
 *         "widget": "<the custom element that took it, e.g. reflectie-vragen>"
 *       }
 *     },
 *     "deleted": { "<answer id>": "<ISO 8601 time it was deleted>" },
 *     "visits": { "<site path>": "<ISO 8601 time of the last visit>" }
 *   }
 *
 * Answer ids are `<widget id>#<item>`, e.g. `de-paradox#0` for the first reflection
 * question of the set `de-paradox`. A conflict copy (another tab's version, kept when the
 * reader saved over it) is an answer under `kopie#…`: see `conflict-copies.ts`.
 *
 * `deleted` remembers deletions, so that a tab that still holds a deleted answer does not
 * bring it back when it merges: an answer counts only if it was saved after it was last
 * deleted.
 *
 * Reading is done entry by entry: an answer, deletion or visit that is not of this shape is
 * handed back apart (`Unreadable`), for the store to set aside, and the rest is used. A value
 * may nest at most `MAX_DEPTH` levels (no widget nests more than three), checked without
 * recursion, so that no stored value can overflow the stack here or in `JSON.stringify`.
 *
 * Times are ISO 8601 as `Date.prototype.toISOString` writes them; a time from outside (an
 * import, another tab, a device whose clock ran ahead) is clamped to now when stored
 * (`clampTimes`), so that it can never outrank the reader's later changes.
 *
 * Migrations: `migrations[n]` turns version n into n + 1; `parseStore` applies them in turn.
 * - 1 → 2: version 1 held only reflection answers (`value` a string) and had no `deleted`
 *   or `visits`. Each answer gets `widget: "reflectie-vragen"` and `text` = its value.
 */

export const STORE_KEY = 'leiderschap-van-leraren';
export const STORE_VERSION = 2;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface SavedAnswer {
  value: JsonValue;
  text: string;
  savedAt: string;
  page: string;
  prompt: string;
  widget: string;
}

export interface StoreData {
  version: typeof STORE_VERSION;
  answers: Record<string, SavedAnswer>;
  deleted: Record<string, string>;
  visits: Record<string, string>;
}

type Versioned = Record<string, unknown> & { version: number };

const migrations: Record<number, (data: Versioned) => Versioned> = {
  1: (data) => {
    const answers = isRecord(data['answers']) ? data['answers'] : {};
    const upgraded = Object.fromEntries(
      Object.entries(answers).map(([id, answer]) => [
        id,
        isRecord(answer)
          ? {
              ...answer,
              widget: 'reflectie-vragen',
              text: typeof answer['value'] === 'string' ? answer['value'] : '',
            }
          : answer,
      ]),
    );
    return { version: 2, answers: upgraded, deleted: {}, visits: {} };
  },
};

export const emptyStore = (): StoreData => ({ version: STORE_VERSION, answers: {}, deleted: {}, visits: {} });

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `Date.parse(time)`, remembered: checking, clamping and merging thousands of answers would
 * otherwise parse each time again and again, and parsing is most of what opening a large store
 * costs. Forgotten all at once when it has grown large, so that it cannot grow without end.
 */
const parsedTimes = new Map<string, number>();
export function timeOf(time: string): number {
  let parsed = parsedTimes.get(time);
  if (parsed === undefined) {
    if (parsedTimes.size >= 100_000) parsedTimes.clear();
    parsed = Date.parse(time);
    parsedTimes.set(time, parsed);
  }
  return parsed;
}

const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(timeOf(value));

/** How deep a value may nest: far deeper than any widget's (a scan: object, array, object). */
export const MAX_DEPTH = 32;

/** Whether `value` is plain JSON no deeper than `MAX_DEPTH`; checked with a stack of its own, not recursion. */
export function isJsonValue(value: unknown): value is JsonValue {
  const todo: [unknown, number][] = [[value, 0]];
  while (todo.length > 0) {
    const [item, depth] = todo.pop()!;
    if (item === null || typeof item === 'string' || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return false;
      continue;
    }
    if (depth >= MAX_DEPTH || !(Array.isArray(item) || isRecord(item))) return false;
    for (const child of Object.values(item)) todo.push([child, depth + 1]);
  }
  return true;
}

export function isSavedAnswer(value: unknown): value is SavedAnswer {
  return (
    isRecord(value) &&
    isJsonValue(value['value']) &&
    isTime(value['savedAt']) &&
    ['text', 'page', 'prompt', 'widget'].every((field) => typeof value[field] === 'string')
  );
}

/** The entries of stored data that could not be read, each as it was, by the map it was in. */
export interface Unreadable {
  answers: Record<string, unknown>;
  deleted: Record<string, unknown>;
  visits: Record<string, unknown>;
}

/** `map`'s entries that pass `check`, and those that do not. */
function split<T>(
  map: Record<string, unknown>,
  check: (item: unknown) => item is T,
): [Record<string, T>, Record<string, unknown>] {
  const good: Record<string, T> = {};
  const bad: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(map)) {
    if (check(item)) good[key] = item;
    else bad[key] = item;
  }
  return [good, bad];
}

/** What `parseStore` and `upgrade` give: the data, and apart from it what could not be read (`null`: nothing). */
export type Parsed =
  { data: StoreData; unreadable: Unreadable | null } | { problem: 'unreadable' | 'newer-version' };

/** The data in `raw` at the current version, or why it cannot be used. */
export function parseStore(raw: string): Parsed {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { problem: 'unreadable' };
  }
  return upgrade(parsed);
}

/**
 * `parsed` brought to the current version, or why it cannot be. Whole maps of the wrong kind
 * make it unreadable; single entries of the wrong shape are handed back in `unreadable`.
 */
export function upgrade(parsed: unknown): Parsed {
  if (!isRecord(parsed) || !Number.isInteger(parsed['version']) || (parsed['version'] as number) < 1)
    return { problem: 'unreadable' };
  let data = parsed as Versioned;
  if (data.version > STORE_VERSION) return { problem: 'newer-version' };
  while (data.version < STORE_VERSION) {
    const migrate = migrations[data.version];
    if (!migrate) return { problem: 'unreadable' };
    data = migrate(data);
  }
  const maps = [data['answers'], data['deleted'], data['visits']];
  if (!maps.every(isRecord)) return { problem: 'unreadable' };
  const [[answers, badAnswers], [deleted, badDeleted], [visits, badVisits]] = [
    split(maps[0]!, isSavedAnswer),
    split(maps[1]!, isTime),
    split(maps[2]!, isTime),
  ];
  const unreadable = { answers: badAnswers, deleted: badDeleted, visits: badVisits };
  const anyUnreadable = Object.values(unreadable).some((map) => Object.keys(map).length > 0);
  return {
    data: { version: STORE_VERSION, answers, deleted, visits },
    unreadable: anyUnreadable ? unreadable : null,
  };
}

/** `data` with every time later than `now` (ISO 8601) set to `now`; `data` itself when none is. */
export function clampTimes(data: StoreData, now: string): StoreData {
  const limit = timeOf(now);
  const ahead = (time: string) => timeOf(time) > limit;
  const times = [
    ...Object.values(data.answers).map((answer) => answer.savedAt),
    ...Object.values(data.deleted),
    ...Object.values(data.visits),
  ];
  if (!times.some(ahead)) return data;
  const clampAll = (map: Record<string, string>) =>
    Object.fromEntries(Object.entries(map).map(([key, time]) => [key, ahead(time) ? now : time]));
  return {
    version: STORE_VERSION,
    answers: Object.fromEntries(
      Object.entries(data.answers).map(([id, answer]) => [
        id,
        ahead(answer.savedAt) ? { ...answer, savedAt: now } : answer,
      ]),
    ),
    deleted: clampAll(data.deleted),
    visits: clampAll(data.visits),
  };
}

const later = (a: string | undefined, b: string | undefined) =>
  a !== undefined && (b === undefined || timeOf(a) > timeOf(b));

/** Per key, the entry whose time (`timeOf`) is latest; ours wins a tie. */
function latest<T>(
  ours: Record<string, T>,
  theirs: Record<string, T>,
  timeOf: (item: T) => string,
): Record<string, T> {
  const merged = { ...ours };
  for (const [key, item] of Object.entries(theirs)) {
    const mine = merged[key];
    if (mine === undefined || later(timeOf(item), timeOf(mine))) merged[key] = item;
  }
  return merged;
}

/** Two copies of the data as one: per answer, deletion and visit, the latest wins. */
export function mergeData(ours: StoreData, theirs: StoreData): StoreData {
  const deleted = latest(ours.deleted, theirs.deleted, (time) => time);
  const answers = latest(ours.answers, theirs.answers, (answer) => answer.savedAt);
  // An answer deleted after its last save is gone; its deletion is what remains of it.
  for (const [id, answer] of Object.entries(answers)) {
    if (!later(answer.savedAt, deleted[id])) delete answers[id];
  }
  return {
    version: STORE_VERSION,
    answers,
    deleted,
    visits: latest(ours.visits, theirs.visits, (time) => time),
  };
}
