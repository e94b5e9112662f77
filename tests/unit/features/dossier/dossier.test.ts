import { describe, expect, it } from 'vitest';
import { dossierOf, type DossierKit, type DossierModule } from '../../../../src/features/dossier/dossier';
import { dossierOutline } from '../../../../src/features/dossier/dossier-outline';
import { SESSION_WIDGET, sessionId } from '../../../../src/features/dossier/session-record';
import { today } from '../../../../src/features/dossier/recorder/today';
import type { SavedAnswer } from '../../../../src/lib/store-data';

const modules: DossierModule[] = [
  { path: '/modules/a/', title: 'Module A', questions: 2, minutes: 30, goals: ['Goal A1', 'Goal A2'] },
  { path: '/modules/b/', title: 'Module B', questions: 1, minutes: 45, goals: ['Goal B'] },
];
const kits: DossierKit[] = [{ slug: 'paradox-dialoog', title: 'Paradox dialogue', minutes: 90 }];

const reflection = (page: string, text: string, savedAt: string): SavedAnswer => ({
  value: text,
  text,
  prompt: `Question on ${page}`,
  page,
  widget: 'reflectie-vragen',
  savedAt,
});
const session = (kit: string, date: string, notes: string): SavedAnswer => ({
  value: { kit, date, notes },
  text: notes,
  prompt: 'Took part',
  page: `/werkvormen/${kit}/`,
  widget: SESSION_WIDGET,
  savedAt: '2026-12-01T10:00:00.000Z',
});
const label = (key: string) => (key === 'studyTime' || key === 'totalTime' ? `${key} {{minutes}}` : key);

describe('the bekwaamheidsdossier record', () => {
  const answers = {
    'a.1': reflection('/modules/a/', 'First', '2026-11-01T10:00:00.000Z'),
    'a.2': reflection('/en/modules/a/', 'Second', '2026-11-20T10:00:00.000Z'),
    // B has one question, but the answer is empty: not completed.
    'b.1': reflection('/modules/b/', '  ', '2026-11-21T10:00:00.000Z'),
    [sessionId('paradox-dialoog', '2026-11-15')]: session('paradox-dialoog', '2026-11-15', 'We talked.'),
    [sessionId('gone', '2026-11-16')]: session('gone', '2026-11-16', 'A kit no longer here.'),
  };

  it('holds the modules with every question answered, dated by the latest answer, and the recorded sessions', () => {
    const dossier = dossierOf(modules, kits, answers);
    expect(dossier.modules.map((done) => [done.module.title, done.completedAt])).toEqual([
      ['Module A', '2026-11-20T10:00:00.000Z'],
    ]);
    expect(dossier.sessions).toEqual([
      {
        kit: 'paradox-dialoog',
        date: '2026-11-15',
        notes: 'We talked.',
        title: 'Paradox dialogue',
        minutes: 90,
      },
    ]);
    expect(dossier.minutes).toBe(120);
  });

  it('outlines goals, study time and sessions, and the reflections only when asked', () => {
    const dossier = dossierOf(modules, kits, answers);
    const texts = (withReflections: boolean) =>
      dossierOutline(dossier, label, 'en', new Date('2026-12-02T10:00:00Z'), withReflections).map(
        (b) => b.text,
      );
    const without = texts(false);
    expect(without).toEqual([
      'docTitle',
      'madeOn',
      'modulesHeading',
      'Module A',
      'completedOn',
      'studyTime 30',
      'goals\n• Goal A1\n• Goal A2',
      'sessionsHeading',
      'Paradox dialogue',
      'sessionOn',
      'studyTime 90',
      'notes\nWe talked.',
      'totalTime 120',
    ]);
    expect(without).not.toContain('First');
    expect(texts(true)).toEqual(expect.arrayContaining(['reflections', 'First', 'Second']));
  });

  it('says so when nothing is completed or recorded', () => {
    const dossier = dossierOf(modules, kits, { 'b.1': answers['b.1'] });
    const outline = dossierOutline(dossier, label, 'nl', new Date(), true);
    expect(outline.map((block) => block.text)).toEqual(['docTitle', 'madeOn', 'empty']);
  });

  it('ignores a session answer of the wrong shape', () => {
    const broken = {
      ...session('paradox-dialoog', 'yesterday', ''),
      value: { kit: 'paradox-dialoog', date: 'yesterday' },
    };
    expect(dossierOf(modules, kits, { x: broken }).sessions).toEqual([]);
  });

  it('dates today in the reader’s time zone', () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
