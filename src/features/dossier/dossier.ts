/**
 * The record for a teacher's *bekwaamheidsdossier*: the modules the reader completed (every
 * reflection question answered) with their study time and learning goals, the kit sessions they
 * recorded (`session-record.ts`), the total study time and, if they want, their own reflections.
 * One outline for Word and print (`Block`, as the portfolio exports use).
 */
import { fillIn, longDate } from '../../lib/fill-in';
import type { SavedAnswer } from '../../lib/store-data';
import { titleBlocks, type Block } from '../mijn-werk/portfolio-export';
import {
  isAnsweredReflection,
  portfolioGroups,
  type ModuleInfo,
  type PortfolioAnswer,
} from '../mijn-werk/portfolio';
import { noonOf, sessionOf, type SessionRecord } from './session-record';

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

/** The UI strings under `dossier.` the outline uses. */
export const dossierOutlineKeys = [
  'docTitle',
  'madeOn',
  'empty',
  'modulesHeading',
  'completedOn',
  'studyTime',
  'goals',
  'reflections',
  'sessionsHeading',
  'sessionOn',
  'notes',
  'totalTime',
] as const;
export type DossierOutlineLabel = (typeof dossierOutlineKeys)[number];

/** The record as blocks in reading order; with `withReflections`, each module's answers too. */
export function dossierOutline(
  dossier: Dossier,
  label: (key: DossierOutlineLabel) => string,
  lang: string,
  madeAt: Date,
  withReflections: boolean,
): Block[] {
  const blocks = titleBlocks({ title: label('docTitle'), exportedOn: label('madeOn') }, lang, madeAt);
  if (isEmptyDossier(dossier)) return [...blocks, { kind: 'note', text: label('empty') }];
  const time = (minutes: number) => fillIn(label('studyTime'), { minutes });
  if (dossier.modules.length > 0) blocks.push({ kind: 'heading', text: label('modulesHeading') });
  for (const { module, completedAt, reflections } of dossier.modules) {
    blocks.push(
      { kind: 'question', text: module.title },
      { kind: 'note', text: fillIn(label('completedOn'), { date: longDate(completedAt, lang) }) },
      { kind: 'note', text: time(module.minutes) },
      { kind: 'answer', text: [label('goals'), ...module.goals.map((goal) => `• ${goal}`)].join('\n') },
    );
    if (withReflections)
      blocks.push(
        { kind: 'note', text: label('reflections') },
        ...reflections.flatMap((answer): Block[] => [
          { kind: 'answer', text: answer.prompt },
          { kind: 'answer', text: answer.text },
        ]),
      );
  }
  if (dossier.sessions.length > 0) blocks.push({ kind: 'heading', text: label('sessionsHeading') });
  for (const session of dossier.sessions) {
    blocks.push(
      { kind: 'question', text: session.title },
      { kind: 'note', text: fillIn(label('sessionOn'), { date: longDate(noonOf(session.date), lang) }) },
      { kind: 'note', text: time(session.minutes) },
    );
    if (session.notes.trim() !== '')
      blocks.push({ kind: 'answer', text: `${label('notes')}\n${session.notes}` });
  }
  blocks.push({ kind: 'heading', text: fillIn(label('totalTime'), { minutes: dossier.minutes }) });
  return blocks;
}
