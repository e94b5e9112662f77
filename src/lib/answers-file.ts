/**
 * The JSON file a reader exports and imports: everything the store holds, complete, so
 * that importing it brings back exactly what was exported.
 *
 *   {
 *     "format": "leiderschap-van-leraren/antwoorden",
 *     "version": 2,                      // the store version of `answers` (see store-data.ts)
 *     "exportedAt": "<ISO 8601>",
 *     "answers": { "<answer id>": <SavedAnswer> },
 *     "visits": { "<site path>": "<ISO 8601>" }
 *   }
 *
 * A copy the store set aside (see `answer-store.ts`) is the store's own shape, without
 * `format`; it is read the same way, so that what it holds can be brought back.
 *
 * A file is read as untrusted, but honest text is never refused: an answer may say
 * `taken<uren` or `<script>`, because everything imported is shown as text only
 * (`textContent`, never HTML). What could lead the reader astray is left out, answer by
 * answer, and named: an id, page or widget not of this site's form (a page must be a path on
 * this site, see `site-path.ts`), or an answer of the wrong shape. A visit to what is not a
 * page of this site is dropped. Pages opened as `…/index.html` are filed under the page.
 * Refused as a whole: a file too big to be ours, not JSON, of another format or a newer
 * version, or with no answer that can be read.
 */
import { sitePath } from './site-path';
import { STORE_VERSION, isRecord, upgrade, type SavedAnswer, type StoreData } from './store-data';

export const FILE_FORMAT = 'leiderschap-van-leraren/antwoorden';

/**
 * Larger than any export of a store the browser keeps: localStorage holds about five million
 * UTF-16 code units per site, and a code unit takes at most three bytes of UTF-8 in the file,
 * plus the file's indentation. A bigger file is not ours, and is not read.
 */
export const MAX_FILE_BYTES = 24_000_000;

export type ImportError = 'too-large' | 'not-json' | 'foreign' | 'newer-version' | 'bad-shape';

export interface ImportedAnswers {
  answers: Record<string, SavedAnswer>;
  visits: Record<string, string>;
  /** The ids of answers left out because they cannot be read or are not of this site. */
  skipped: string[];
}

export function toAnswersFile(data: Pick<StoreData, 'answers' | 'visits'>, exportedAt: Date): string {
  const file = {
    format: FILE_FORMAT,
    version: STORE_VERSION,
    exportedAt: exportedAt.toISOString(),
    answers: data.answers,
    visits: data.visits,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The file for data that a newer version of the site stored (`raw`), which this version cannot
 * read: that data as it is, with its version, in the file format, for that version to import.
 */
export function toNewerAnswersFile(raw: string, exportedAt: Date): string {
  const { version, ...rest } = JSON.parse(raw) as Record<string, unknown>;
  const file = { format: FILE_FORMAT, version, exportedAt: exportedAt.toISOString(), ...rest };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const answerId = /^[a-z0-9][a-z0-9-]*#[a-z0-9][a-z0-9.-]*$/i;
const elementName = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

/** A file's JSON, read only when the file is no bigger than ours (`size` in bytes); never throws. Every file of this site is read through it first. */
export function readJsonFile(
  text: string,
  size: number,
): { json: unknown } | { error: 'too-large' | 'not-json' } {
  if (size > MAX_FILE_BYTES) return { error: 'too-large' };
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { error: 'not-json' };
  }
}

/** Reads an exported file; never throws. `size` is the file's size in bytes. */
export function readAnswersFile(
  text: string,
  size = text.length,
): { ok: ImportedAnswers } | { error: ImportError; where?: string } {
  const read = readJsonFile(text, size);
  if ('error' in read) return read;
  const parsed = read.json;
  // A set-aside copy is the store's shape: a version and a map of answers, no format.
  const setAsideCopy =
    isRecord(parsed) &&
    !('format' in parsed) &&
    Number.isInteger(parsed['version']) &&
    isRecord(parsed['answers']);
  if (!isRecord(parsed) || (parsed['format'] !== FILE_FORMAT && !setAsideCopy)) return { error: 'foreign' };
  const result = upgrade({
    version: parsed['version'],
    answers: parsed['answers'],
    visits: parsed['visits'] ?? {},
    deleted: {},
  });
  if ('problem' in result)
    return { error: result.problem === 'newer-version' ? 'newer-version' : 'bad-shape' };
  const skipped = Object.keys(result.unreadable?.answers ?? {});
  const answers: Record<string, SavedAnswer> = {};
  // A file of thousands of answers names a few dozen pages: each is checked once.
  const pages = new Map<string, string | null>();
  for (const [id, answer] of Object.entries(result.data.answers)) {
    const checked = pages.get(answer.page);
    const page = checked === undefined ? sitePath(answer.page) : checked;
    pages.set(answer.page, page);
    if (answerId.test(id) && page !== null && elementName.test(answer.widget))
      answers[id] = page === answer.page ? answer : { ...answer, page };
    else skipped.push(id);
  }
  if (Object.keys(answers).length === 0 && skipped.length > 0)
    return { error: 'bad-shape', where: skipped.join(', ') };
  const visits: Record<string, string> = {};
  for (const [path, time] of Object.entries(result.data.visits)) {
    const page = sitePath(path);
    const known = page === null ? undefined : visits[page];
    if (page !== null && (known === undefined || Date.parse(time) > Date.parse(known))) visits[page] = time;
  }
  return { ok: { answers, visits, skipped } };
}

export interface ImportPlan {
  /** Answers the reader does not have yet. */
  add: string[];
  /** Answers the reader has, that the file would change. */
  replace: string[];
  /** Answers exactly as the reader has them. */
  same: string[];
}

/** What importing `incoming` would do to `current`, to show before anything changes. */
export function planImport(
  current: Record<string, SavedAnswer>,
  incoming: Record<string, SavedAnswer>,
): ImportPlan {
  const plan: ImportPlan = { add: [], replace: [], same: [] };
  for (const [id, answer] of Object.entries(incoming)) {
    const mine = current[id];
    if (!mine) plan.add.push(id);
    else if (JSON.stringify(mine.value) === JSON.stringify(answer.value) && mine.text === answer.text)
      plan.same.push(id);
    else plan.replace.push(id);
  }
  return plan;
}
