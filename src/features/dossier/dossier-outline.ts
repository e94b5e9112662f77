/**
 * The bekwaamheidsdossier (`dossier.ts`) as one outline for Word and print (`Block`, as the
 * portfolio exports use), in reading order.
 */
import { fillIn, longDate } from '../../lib/fill-in';
import { titleBlocks, type Block } from '../mijn-werk/portfolio-export';
import { isEmptyDossier, type Dossier } from './dossier';
import { noonOf } from './session-record';

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
