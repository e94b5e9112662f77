/**
 * The record for a teacher's *bekwaamheidsdossier*: the modules the reader completed (every
 * reflection question answered) with their study time and learning goals, the kit sessions they
 * recorded (`session-record.ts`), the total study time and, if they want, their own reflections.
 * Its outline for Word and print is `dossier-outline.ts`.
 */
import type { SavedAnswer } from '../../lib/store-data';
import {
  isAnsweredReflection,
  portfolioGroups,
  type ModuleInfo,
  type PortfolioAnswer,
} from '../mijn-werk/portfolio';
import { sessionOf, type SessionRecord } from './session-record';

/** A module as `Dossier.astro` hands it over: the portfolio's data plus study time and goals. */
export interface DossierModule extends ModuleInfo {
  minutes: number;
  goals: string[];
}

export interface DossierKit {
  slug: string;
  title: string;
  minutes: number;
}

export interface CompletedModule {
  module: DossierModule;
  /** The latest time one of its reflection answers was saved. */
  completedAt: string;
  reflections: PortfolioAnswer[];
}

export interface KitSession extends SessionRecord {
  title: string;
  minutes: number;
}

export interface Dossier {
  modules: CompletedModule[];
  sessions: KitSession[];
  minutes: number;
}

export function dossierOf(
  modules: DossierModule[],
  kits: DossierKit[],
  answers: Record<string, SavedAnswer>,
): Dossier {
  const byPath = new Map(modules.map((module) => [module.path, module]));
  const completed = portfolioGroups(modules, answers).flatMap((group): CompletedModule[] => {
    const module = byPath.get(group.path);
    const reflections = group.answers.filter(isAnsweredReflection);
    if (!module || module.questions === 0 || reflections.length < module.questions) return [];
    const completedAt = reflections.map((answer) => answer.savedAt).reduce((a, b) => (b > a ? b : a));
    return [{ module, completedAt, reflections }];
  });
  const kitsBySlug = new Map(kits.map((kit) => [kit.slug, kit]));
  const sessions = Object.values(answers)
    .flatMap((answer): KitSession[] => {
      const record = sessionOf(answer);
      const kit = record && kitsBySlug.get(record.kit);
      // A kit the site no longer has has no title or study time to show.
      return record && kit ? [{ ...record, title: kit.title, minutes: kit.minutes }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  const minutes =
    completed.reduce((total, done) => total + done.module.minutes, 0) +
    sessions.reduce((total, session) => total + session.minutes, 0);
  return { modules: completed, sessions, minutes };
}

export const isEmptyDossier = (dossier: Dossier) =>
  dossier.modules.length === 0 && dossier.sessions.length === 0;
