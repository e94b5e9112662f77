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
 * question of the set `de-paradox`.
 *
 * `deleted` remembers deletions, so that a tab that still holds a deleted answer does not
 * bring it back when it merges: an answer counts only if it was saved after it was last
 * deleted.
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

const isTime = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

export function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || ['string', 'boolean'].includes(typeof value)) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isRecord(value) && Object.values(value).every(isJsonValue);
}

export function isSavedAnswer(value: unknown): value is SavedAnswer {
  return (
    isRecord(value) &&
    isJsonValue(value['value']) &&
    isTime(value['savedAt']) &&
    ['text', 'page', 'prompt', 'widget'].every((field) => typeof value[field] === 'string')
  );
}

const isMapOf = <T>(value: unknown, check: (item: unknown) => item is T): value is Record<string, T> =>
  isRecord(value) && Object.values(value).every(check);

/** The data in `raw` at the current version, or why it cannot be used. */
export function parseStore(raw: string): { data: StoreData } | { problem: 'unreadable' | 'newer-version' } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { problem: 'unreadable' };
  }
  return upgrade(parsed);
}

/** `parsed` brought to the current version, or why it cannot be. */
export function upgrade(parsed: unknown): { data: StoreData } | { problem: 'unreadable' | 'newer-version' } {
  if (!isRecord(parsed) || !Number.isInteger(parsed['version']) || (parsed['version'] as number) < 1)
    return { problem: 'unreadable' };
  let data = parsed as Versioned;
  if (data.version > STORE_VERSION) return { problem: 'newer-version' };
  while (data.version < STORE_VERSION) {
    const migrate = migrations[data.version];
    if (!migrate) return { problem: 'unreadable' };
    data = migrate(data);
  }
  const { answers, deleted, visits } = data;
  if (!isMapOf(answers, isSavedAnswer) || !isMapOf(deleted, isTime) || !isMapOf(visits, isTime))
    return { problem: 'unreadable' };
  return { data: { version: STORE_VERSION, answers, deleted, visits } };
}

const later = (a: string | undefined, b: string | undefined) =>
  a !== undefined && (b === undefined || Date.parse(a) > Date.parse(b));

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
