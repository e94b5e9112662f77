import { describe, expect, it } from 'vitest';
import type { Assignment, Catalogue } from '../../../../src/features/assignments/assignment';
import { classMatrix } from '../../../../src/features/klasoverzicht/class-matrix';
import type { HandIn } from '../../../../src/features/klasoverzicht/hand-ins';
import { widgetSummaries } from '../../../../src/features/klasoverzicht/widget-summaries';
import type { JsonValue, SavedAnswer } from '../../../../src/lib/store-data';
import { catalogue as course } from '../../support/assignment-fixtures';

const catalogue: Catalogue = [
  ...course,
  {
    slug: 'zeven-kwaliteiten',
    path: '/modules/zeven-kwaliteiten/',
    title: 'Zeven kwaliteiten',
    questions: [],
    widgets: [{ id: 'zeven-kwaliteiten', name: 'Oefening: de scan' }],
  },
];
const assignment: Assignment = {
  title: 'Oefeningen',
  instructions: '',
  due: null,
  modules: [
    { slug: 'vier-vormen', questions: ['vier-vormen#0'], widgets: ['vier-vormen-sorteren'] },
    { slug: 'de-paradox', questions: [], widgets: ['paradox-dilemma'] },
    { slug: 'zeven-kwaliteiten', questions: [], widgets: ['zeven-kwaliteiten'] },
  ],
};
const answer = (widget: string, value: JsonValue): SavedAnswer => ({
  value,
  text: 'x',
  savedAt: '2026-11-20T10:00:00.000Z',
  page: '/modules/vier-vormen/',
  prompt: 'Vraag',
  widget,
});
const handIn = (student: string, answers: Record<string, SavedAnswer>): HandIn => ({
  file: `${student}.json`,
  student,
  exportedAt: '2026-11-20T12:00:00.000Z',
  assignment,
  answers,
});
const sorted = (cell: string) => answer('vier-vormen-sorteren', { cell });
const scan = (ratings: Record<string, JsonValue>) =>
  answer('zeven-kwaliteiten-scan', { mode: 'zelf', ratings });

const matrix = classMatrix(assignment, catalogue, [
  handIn('Sam', {
    'vier-vormen-sorteren#onderzoeksdocent': sorted('formeel-individueel'),
    'vier-vormen-sorteren#rekencoordinator': sorted('informeel-collectief'),
    'zeven-kwaliteiten#huidig': scan({ '1': 4, '2': 5 }),
  }),
  handIn('Noor', {
    'vier-vormen-sorteren#onderzoeksdocent': sorted('formeel-individueel'),
    'zeven-kwaliteiten#huidig': scan({ '1': 2, '2': 9 }),
  }),
  handIn('Ali', {
    'vier-vormen-sorteren#onderzoeksdocent': sorted('niet-een-vak'),
    'paradox-dilemma#0': answer('paradox-dilemma', 'a'),
  }),
]);

describe('the widget results summarised', () => {
  const summaries = widgetSummaries(matrix, 'nl');

  it('has one summary per widget with results to count, none for a widget without', () => {
    expect(summaries.map((summary) => `${summary.kind} ${summary.column.id} ${summary.students}`)).toEqual([
      'sorting vier-vormen-sorteren 2',
      'scan zeven-kwaliteiten 2',
    ]);
  });

  it('counts per card how many placed it and how many in the right cell, a damaged placement not at all', () => {
    const sorting = summaries[0]!;
    if (sorting.kind !== 'sorting') throw new Error('not the sorting');
    expect(sorting.cards.slice(0, 2)).toEqual([
      { id: 'onderzoeksdocent', title: 'Onderzoeksdocent', placed: 2, right: 2 },
      { id: 'rekencoordinator', title: 'Rekencoördinator', placed: 1, right: 0 },
    ]);
    expect(sorting.cards.slice(2).every((card) => card.placed === 0)).toBe(true);
  });

  it('spreads each quality’s ratings over the scale, with the mean, leaving out a rating off the scale', () => {
    const qualities = summaries[1]!;
    if (qualities.kind !== 'scan') throw new Error('not the scan');
    expect(qualities.qualities.slice(0, 3)).toEqual([
      { id: '1', name: 'Perspectief', spread: [0, 1, 0, 1, 0], average: 3 },
      { id: '2', name: 'Visie', spread: [0, 0, 0, 0, 1], average: 5 },
      { id: '3', name: expect.any(String), spread: [0, 0, 0, 0, 0], average: null },
    ]);
    const english = widgetSummaries(matrix, 'en')[1]!;
    expect(english.kind === 'scan' && english.qualities[0]!.name).toBe('Perspective');
  });
});
