/**
 * The reader's progress per module, read straight from what the answer store keeps under its
 * key (the shape is documented in `src/lib/store-data.ts`), for the marks in the sidebar, the
 * module cards and the home page's "continue" link. It reads without the store itself: the
 * store checks, migrates and merges, which a text page has no need to carry. Anything that is
 * not of the current version and shape is read as no progress at all, and an answer of the
 * wrong shape is passed over, so damaged storage never shows more than there is.
 */
import { isAnsweredReflection, isFinished, moduleKey } from './module-progress';

export type ModuleState = 'started' | 'finished';

export interface ModuleReading {
  state: ModuleState;
  /** How many of its reflection questions are answered, of how many. */
  answered: number;
  questions: number;
}

export interface StoredProgress {
  /** Only the modules the reader has started, by slug. */
  modules: Record<string, ModuleReading>;
  /** The slug of the module the reader was last in (answered or opened), among all modules. */
  latest: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The slug of the module a site path is in, or `null` for any other page. */
function moduleOf(path: string, questions: Record<string, number>): string | null {
  const slug = /^\/modules\/([a-z0-9-]+)\/$/.exec(moduleKey(path))?.[1];
  return slug !== undefined && slug in questions ? slug : null;
}

/**
 * The progress in `raw` (the stored JSON, or `null` when nothing is stored) for the modules in
 * `questions` (slug: how many reflection questions it asks); `null` when there is none to show.
 */
export function storedProgress(
  raw: string | null,
  version: number,
  questions: Record<string, number>,
): StoredProgress | null {
  let data: unknown;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(data) || data['version'] !== version || !isRecord(data['answers'])) return null;
  const answered: Record<string, number> = {};
  const lastTime: Record<string, number> = {};
  const noteTime = (slug: string, time: unknown) => {
    const parsed = typeof time === 'string' ? Date.parse(time) : NaN;
    if (parsed > (lastTime[slug] ?? -Infinity)) lastTime[slug] = parsed;
  };
  for (const [id, answer] of Object.entries(data['answers'])) {
    if (!isRecord(answer) || typeof answer['page'] !== 'string') continue;
    const { widget, text } = answer;
    const slug = moduleOf(answer['page'], questions);
    if (slug === null || typeof widget !== 'string' || typeof text !== 'string') continue;
    answered[slug] = (answered[slug] ?? 0) + Number(isAnsweredReflection({ id, widget, text }));
    noteTime(slug, answer['savedAt']);
  }
  const slugs = Object.keys(answered);
  if (slugs.length === 0) return null;
  // Opening a module's page notes a visit: where the reader was is the module they opened last.
  if (isRecord(data['visits']))
    for (const [path, time] of Object.entries(data['visits'])) {
      const slug = moduleOf(path, questions);
      if (slug !== null) noteTime(slug, time);
    }
  const modules: Record<string, ModuleReading> = {};
  for (const slug of slugs) {
    const count = Math.min(answered[slug]!, questions[slug]!);
    const state = isFinished(count, questions[slug]!) ? 'finished' : 'started';
    modules[slug] = { state, answered: count, questions: questions[slug]! };
  }
  const latest = Object.keys(lastTime).reduce<string | null>(
    (best, slug) => (best === null || lastTime[slug]! > lastTime[best]! ? slug : best),
    null,
  );
  return { modules, latest };
}
