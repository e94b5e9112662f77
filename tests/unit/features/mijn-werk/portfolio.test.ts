import { describe, expect, it } from 'vitest';
import {
  countReflectionQuestions,
  courseProgress,
  portfolioGroups,
  type ModuleInfo,
} from '../../../../src/features/mijn-werk/portfolio';
import { copyIdOf } from '../../../../src/lib/conflict-copies';
import { savedAnswer } from '../../support/saved-answer';

const modules: ModuleInfo[] = [
  { path: '/modules/waarom-teacher-leadership/', title: 'Waarom teacher leadership?', questions: 3 },
  { path: '/modules/de-paradox/', title: 'De paradox', questions: 2 },
];

describe('portfolioGroups', () => {
  it('groups answers per module in course order, both languages together, then other pages', () => {
    const groups = portfolioGroups(modules, {
      'de-paradox#1': savedAnswer('/modules/de-paradox/', 'tweede'),
      'de-paradox#0': savedAnswer('/en/modules/de-paradox/', 'first'),
      'waarom#10': savedAnswer('/modules/waarom-teacher-leadership/', 'tien'),
      'waarom#2': savedAnswer('/modules/waarom-teacher-leadership/', 'twee'),
      'opdracht#0': savedAnswer('/opdracht/', 'elders'),
    });
    expect(groups.map((group) => [group.title, group.answers.map((item) => item.text)])).toEqual([
      ['Waarom teacher leadership?', ['twee', 'tien']],
      ['De paradox', ['first', 'tweede']],
      [null, ['elders']],
    ]);
    expect(groups[2]!.path).toBe('/opdracht/');
  });

  it('files answers and visits of a module opened as …/index.html under the module', () => {
    const answers = { 'de-paradox#0': savedAnswer('/modules/de-paradox/index.html', 'via index.html') };
    expect(portfolioGroups(modules, answers).map((group) => group.title)).toEqual(['De paradox']);
    const progress = courseProgress(modules, answers, {
      '/en/modules/de-paradox/index.html': '2026-11-20T10:00:00.000Z',
    });
    expect(progress.modules[1]).toMatchObject({
      visitedAt: '2026-11-20T10:00:00.000Z',
      questionsAnswered: 1,
    });
  });

  it('shows a conflict copy right after the answer it is a copy of, and does not count it as one more answered question', () => {
    const answers = {
      'de-paradox#1': savedAnswer('/modules/de-paradox/', 'tweede'),
      [copyIdOf('de-paradox#0', '2026-11-19T10:00:00.000Z')]: savedAnswer('/modules/de-paradox/', 'kopie'),
      'de-paradox#0': savedAnswer('/modules/de-paradox/', 'eerste'),
    };
    const [group] = portfolioGroups(modules, answers);
    expect(group!.answers.map((item) => item.text)).toEqual(['eerste', 'kopie', 'tweede']);
    const paradox = courseProgress(modules, answers, {}).modules[1]!;
    expect([paradox.questionsAnswered, paradox.answers]).toEqual([2, 3]);
  });

  it('is empty when nothing is answered', () => {
    expect(portfolioGroups(modules, {})).toEqual([]);
  });
});

describe('courseProgress', () => {
  it('counts visited modules and answered reflection questions, not empty answers or other widgets', () => {
    const progress = courseProgress(
      modules,
      {
        'de-paradox#0': savedAnswer('/modules/de-paradox/', 'ja'),
        'de-paradox#1': savedAnswer('/modules/de-paradox/', '   '),
        'paradox-dilemma#positie': savedAnswer('/modules/de-paradox/', 'Positie 7', 'paradox-dilemma'),
      },
      {
        '/en/modules/de-paradox/': '2026-11-22T09:00:00.000Z',
        '/modules/de-paradox/': '2026-11-21T09:00:00.000Z',
        '/over-deze-site/': '2026-11-22T09:00:00.000Z',
      },
    );
    expect(progress.modulesVisited).toBe(1);
    expect(progress.questionsAnswered).toBe(1);
    expect(progress.questionsTotal).toBe(5);
    expect(progress.answers).toBe(3);
    expect(progress.modules[1]).toMatchObject({
      visitedAt: '2026-11-22T09:00:00.000Z',
      questionsAnswered: 1,
      answers: 3,
    });
    expect(progress.modules[0]).toMatchObject({ visitedAt: null, questionsAnswered: 0, answers: 0 });
  });
});

describe('countReflectionQuestions', () => {
  it('counts the questions of every reflection set in a module', () => {
    const question = (id: number) => ({ id, text: `Vraag ${id}?` });
    expect(
      countReflectionQuestions([{ questions: [question(0), question(1)] }, { questions: [question(0)] }]),
    ).toBe(3);
    expect(countReflectionQuestions([])).toBe(0);
  });
});
