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
 * A file is read as untrusted: anything too big, of another format or version, of the
 * wrong shape, or with HTML or script in its text is refused as a whole, with the reason.
 */
import { STORE_VERSION, isRecord, upgrade, type SavedAnswer, type StoreData } from './store-data';

export const FILE_FORMAT = 'leiderschap-van-leraren/antwoorden';

/** Larger than years of answers; a bigger file is not ours. */
export const MAX_FILE_BYTES = 2_000_000;

export type ImportError =
  | 'too-large'
  | 'not-json'
  | 'foreign'
  | 'newer-version'
  | 'bad-shape'
  /** A text contains HTML or a script: `where` names the answer. */
  | 'markup';

export interface ImportedAnswers {
  answers: Record<string, SavedAnswer>;
  visits: Record<string, string>;
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

const answerId = /^[a-z0-9][a-z0-9-]*#[a-z0-9][a-z0-9.-]*$/i;
const sitePath = /^\/[a-z0-9/-]*$/;
const elementName = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
/** A tag (`<img`, `</p`, `<!--`, `<?`) or a script URL: harmless here, but no answer contains one. */
const markup = /<\s*[a-z!/?]|javascript:/i;

const textsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value) || isRecord(value)
      ? Object.values(value).flatMap(textsIn)
      : [];

/** Reads an exported file; never throws. `size` is the file's size in bytes. */
export function readAnswersFile(
  text: string,
  size = text.length,
): { ok: ImportedAnswers } | { error: ImportError; where?: string } {
  if (size > MAX_FILE_BYTES) return { error: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: 'not-json' };
  }
  if (!isRecord(parsed) || parsed['format'] !== FILE_FORMAT) return { error: 'foreign' };
  const result = upgrade({
    version: parsed['version'],
    answers: parsed['answers'],
    visits: parsed['visits'],
    deleted: {},
  });
  if ('problem' in result)
    return { error: result.problem === 'newer-version' ? 'newer-version' : 'bad-shape' };
  const { answers, visits } = result.data;
  if (!Object.keys(visits).every((path) => sitePath.test(path))) return { error: 'bad-shape' };
  for (const [id, answer] of Object.entries(answers)) {
    if (!answerId.test(id) || !sitePath.test(answer.page) || !elementName.test(answer.widget))
      return { error: 'bad-shape', where: id };
    if (textsIn(answer).some((part) => markup.test(part))) return { error: 'markup', where: id };
  }
  return { ok: { answers, visits } };
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
