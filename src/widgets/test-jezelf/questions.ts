/**
 * The content of "Test jezelf" (`TestJezelf.astro`): per theme a few multiple-choice
 * questions, each option with a short explanation of why it is right or wrong, in Dutch and
 * English. The situations in the questions are the site's own examples; the facts behind
 * the answers are the sources' (each theme's file says where). Concept names come from
 * `src/course/concepts.ts`.
 *
 * Theme, question and option ids are answer data (`<widget id>#<question id>` holds
 * `{ "choice": "<option id>" }`): keep them forever.
 */
import type { Lang } from '../../course/concepts';
import { conditionChecks } from './checks/condities';
import { distributedChecks } from './checks/gespreid-leiderschap';
import { dikwChecks } from './checks/van-data-naar-wijsheid';
import { formChecks } from './checks/vier-vormen';
import { researchChecks } from './checks/onderzoekscultuur';
import { qualityChecks } from './checks/zeven-kwaliteiten';

/** An option as the reader sees it, and why it is right or wrong (the widget says which). */
export interface Said {
  text: string;
  why: string;
}

export interface QuizOption extends Record<Lang, Said> {
  id: string;
}

export interface QuizQuestion extends Record<Lang, string> {
  id: string;
  /** The id of the right option. */
  correct: string;
  options: QuizOption[];
}

/** One check per theme, by the module it stands in (`aangrijpingspunten-en-valkuilen` for conditions and triggers). */
export const checks = {
  'vier-vormen': formChecks,
  'zeven-kwaliteiten': qualityChecks,
  condities: conditionChecks,
  'gespreid-leiderschap': distributedChecks,
  onderzoekscultuur: researchChecks,
  'van-data-naar-wijsheid': dikwChecks,
} satisfies Record<string, QuizQuestion[]>;

export type QuizTheme = keyof typeof checks;
