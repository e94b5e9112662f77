/**
 * The reader's work, arranged for the portfolio page and its exports: answers grouped per
 * module in course order, and how far the reader has come.
 *
 * A module is the same module in both languages (`/modules/x/` and `/en/modules/x/`), so
 * answers given on the English page show under the module in a Dutch portfolio too.
 */
import { originalIdOf } from '../../lib/conflict-copies';
import { sitePath } from '../../lib/site-path';
import type { SavedAnswer } from '../../lib/store-data';

export interface ModuleInfo {
  /** The module's path in the portfolio's language, e.g. `/en/modules/de-paradox/`. */
  path: string;
  title: string;
  /** How many reflection questions it asks. */
  questions: number;
}

export type PortfolioAnswer = SavedAnswer & { id: string };

export interface PortfolioGroup {
  /** The module's path, or for an answer given elsewhere, that page's path. */
  path: string;
  /** The module's title, or `null` for a page that is not a module. */
  title: string | null;
  answers: PortfolioAnswer[];
}

export interface ModuleProgress extends ModuleInfo {
  visitedAt: string | null;
  questionsAnswered: number;
  answers: number;
}

export interface Progress {
  modules: ModuleProgress[];
  modulesVisited: number;
  questionsAnswered: number;
  questionsTotal: number;
  answers: number;
}

/** `/en/modules/x/` and `/modules/x/` are one module, and so is `/modules/x/index.html` (kept by older versions). */
const moduleKey = (path: string) => (sitePath(path) ?? path).replace(/^\/en\//, '/');

/** One collator for every comparison: `localeCompare` with options makes one per call, and there may be thousands. */
const ids = new Intl.Collator('en', { numeric: true });
/** In id order, each conflict copy right after the answer it is a copy of. */
const byId = (a: PortfolioAnswer, b: PortfolioAnswer) =>
  ids.compare(originalIdOf(a.id) ?? a.id, originalIdOf(b.id) ?? b.id) ||
  Number(originalIdOf(a.id) !== null) - Number(originalIdOf(b.id) !== null) ||
  ids.compare(a.id, b.id);

function answersByModule(answers: Record<string, SavedAnswer>): Map<string, PortfolioAnswer[]> {
  const groups = new Map<string, PortfolioAnswer[]>();
  // Thousands of answers come from a few dozen pages: each page's key is worked out once.
  const keys = new Map<string, string>();
  for (const [id, answer] of Object.entries(answers)) {
    const key = keys.get(answer.page) ?? moduleKey(answer.page);
    keys.set(answer.page, key);
    const group = groups.get(key);
    if (group) group.push({ ...answer, id });
    else groups.set(key, [{ ...answer, id }]);
  }
  return groups;
}

/** The answers per module in course order, then answers given on other pages. */
export function portfolioGroups(
  modules: ModuleInfo[],
  answers: Record<string, SavedAnswer>,
): PortfolioGroup[] {
  const grouped = answersByModule(answers);
  const groups: PortfolioGroup[] = [];
  for (const module of modules) {
    const moduleAnswers = grouped.get(moduleKey(module.path));
    grouped.delete(moduleKey(module.path));
    if (moduleAnswers)
      groups.push({ path: module.path, title: module.title, answers: moduleAnswers.sort(byId) });
  }
  for (const key of [...grouped.keys()].sort()) {
    const rest = grouped.get(key)!;
    groups.push({ path: rest[0]!.page, title: null, answers: rest.sort(byId) });
  }
  return groups;
}

/** A conflict copy is a second version of an answer, not one more answered question. */
export const isAnsweredReflection = (answer: PortfolioAnswer) =>
  answer.widget === 'reflectie-vragen' && answer.text.trim() !== '' && originalIdOf(answer.id) === null;

/** Per module: visited when, how many of its reflection questions are answered; and the totals. */
export function courseProgress(
  modules: ModuleInfo[],
  answers: Record<string, SavedAnswer>,
  visits: Record<string, string>,
): Progress {
  const grouped = answersByModule(answers);
  const lastVisit = new Map<string, string>();
  for (const [path, time] of Object.entries(visits)) {
    const key = moduleKey(path);
    const known = lastVisit.get(key);
    if (!known || Date.parse(time) > Date.parse(known)) lastVisit.set(key, time);
  }
  const progress = modules.map((module): ModuleProgress => {
    const moduleAnswers = grouped.get(moduleKey(module.path)) ?? [];
    return {
      ...module,
      visitedAt: lastVisit.get(moduleKey(module.path)) ?? null,
      questionsAnswered: Math.min(module.questions, moduleAnswers.filter(isAnsweredReflection).length),
      answers: moduleAnswers.length,
    };
  });
  const sum = (pick: (module: ModuleProgress) => number) =>
    progress.reduce((total, module) => total + pick(module), 0);
  return {
    modules: progress,
    modulesVisited: progress.filter((module) => module.visitedAt !== null).length,
    questionsAnswered: sum((module) => module.questionsAnswered),
    questionsTotal: sum((module) => module.questions),
    answers: sum((module) => module.answers),
  };
}

/** How many reflection questions a module's frontmatter sets ask. */
export function countReflectionQuestions(sets: readonly { questions: readonly unknown[] }[]): number {
  return sets.reduce((total, set) => total + set.questions.length, 0);
}
