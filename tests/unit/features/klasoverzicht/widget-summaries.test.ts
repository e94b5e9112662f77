import { describe, expect, it } from 'vitest';
import type { Assignment, Catalogue } from '../../../../src/features/assignments/assignment';
import { classMatrix } from '../../../../src/features/klasoverzicht/class-matrix';
import type { HandIn } from '../../../../src/features/klasoverzicht/hand-ins';
import { widgetSummaries } from '../../../../src/features/klasoverzicht/widget-summaries';
import { statements } from '../../../../src/widgets/condities-scan/statements';
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
  {
    slug: 'effecten-en-condities',
    path: '/modules/effecten-en-condities/',
    title: 'Effecten en condities',
    questions: [],
    widgets: [{ id: 'condities-scan', name: 'Oefening: de scan van de condities' }],
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
    { slug: 'effecten-en-condities', questions: [], widgets: ['condities-scan'] },
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
const rated = (rating: JsonValue) => answer('condities-scan', { rating });

const matrix = classMatrix(assignment, catalogue, [
  handIn('Sam', {
    'vier-vormen-sorteren#onderzoeksdocent': sorted('formeel-individueel'),
    'vier-vormen-sorteren#rekencoordinator': sorted('informeel-collectief'),
    'zeven-kwaliteiten#huidig': scan({ '1': 4, '2': 5 }),
    'condities-scan#vertrouwen': rated(5),
    'condities-scan#feedback': rated(2),
  }),
  handIn('Noor', {
    'vier-vormen-sorteren#onderzoeksdocent': sorted('formeel-individueel'),
    'zeven-kwaliteiten#huidig': scan({ '1': 2, '2': 9 }),
    'condities-scan#vertrouwen': rated(4),
    'condities-scan#feedback': rated(0),
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
      'scan condities-scan 2',
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
    expect(qualities.scan).toBe('kwaliteiten');
    expect(qualities.items.slice(0, 3)).toEqual([
      { id: '1', name: 'Perspectief', spread: [0, 1, 0, 1, 0], average: 3 },
      { id: '2', name: 'Visie', spread: [0, 0, 0, 0, 1], average: 5 },
      { id: '3', name: expect.any(String), spread: [0, 0, 0, 0, 0], average: null },
    ]);
    const english = widgetSummaries(matrix, 'en')[1]!;
    expect(english.kind === 'scan' && english.items[0]!.name).toBe('Perspective');
  });

  it('spreads each statement of the conditions scan the same way, named by its condition or obstacle', () => {
    const conditions = summaries[2]!;
    if (conditions.kind !== 'scan') throw new Error('not the scan');
    expect(conditions.scan).toBe('condities');
    expect(conditions.items.map((item) => item.id)).toEqual(statements.map((statement) => statement.id));
    expect(conditions.items.find((item) => item.id === 'vertrouwen')).toEqual({
      id: 'vertrouwen',
      name: 'Openheid en onderling vertrouwen',
      spread: [0, 0, 0, 1, 1],
      average: 4.5,
    });
    expect(conditions.items.find((item) => item.id === 'feedback')).toMatchObject({
      spread: [0, 1, 0, 0, 0],
      average: 2,
    });
    const english = widgetSummaries(matrix, 'en')[2]!;
    expect(english.kind === 'scan' && english.items[0]!.name).toBe('Openness and mutual trust');
  });

  it('summarises nothing for answers that name a widget it does not know, whatever the name', () => {
    const odd = classMatrix(assignment, catalogue, [
      handIn('Kim', { 'condities-scan#vertrouwen': answer('constructor', { rating: 3 }) }),
    ]);
    expect(widgetSummaries(odd, 'nl')).toEqual([]);
  });
});
