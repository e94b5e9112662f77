/**
 * One small course and one assignment over it, shared by the tests of the assignment link,
 * its checks, its progress and its hand-in.
 */
import type { Assignment, Catalogue } from '../../../src/features/assignments/assignment';
import type { SavedAnswer } from '../../../src/lib/store-data';
import { savedAnswer } from './saved-answer';

export const catalogue: Catalogue = [
  {
    slug: 'vier-vormen',
    path: '/modules/vier-vormen/',
    title: 'Vier vormen van teacher leadership',
    questions: [
      { id: 'vier-vormen#0', text: 'Welke vorm zie je het meest?' },
      { id: 'vier-vormen#1', text: 'Ken je een initiator?' },
      { id: 'vier-vormen#2', text: 'Wat moet er veranderen?' },
    ],
    widgets: [{ id: 'vier-vormen-sorteren', name: 'Oefening: vier vormen sorteren' }],
  },
  {
    slug: 'de-paradox',
    path: '/modules/de-paradox/',
    title: 'De paradox',
    questions: [{ id: 'de-paradox#0', text: 'Waar legt jouw school het accent?' }],
    widgets: [{ id: 'paradox-dilemma', name: 'Oefening: het paradox-dilemma' }],
  },
  {
    slug: 'in-nederland',
    path: '/modules/in-nederland/',
    title: 'In Nederland',
    questions: [{ id: 'in-nederland#0', text: 'Vraag?' }],
    widgets: [],
  },
];

export const assignment: Assignment = {
  title: 'Ēén opdracht — ‘quotes’ & <b>vet</b> 🙂',
  instructions: 'Lees beide modules.\nBeantwoord de vragen <script>alert(1)</script>.',
  due: '2026-12-18',
  modules: [
    { slug: 'vier-vormen', questions: ['vier-vormen#0', 'vier-vormen#2'], widgets: ['vier-vormen-sorteren'] },
    { slug: 'de-paradox', questions: [], widgets: [] },
  ],
};

/** A reader's answers: two belong to the assignment, one is empty, the rest lie outside it. */
export const answers: Record<string, SavedAnswer> = {
  'vier-vormen#0': savedAnswer('/modules/vier-vormen/', 'De initiator.'),
  'vier-vormen#1': savedAnswer('/modules/vier-vormen/', 'Niet gevraagd, dus niet ingeleverd.'),
  'vier-vormen#2': savedAnswer('/en/modules/vier-vormen/', '   '),
  'vier-vormen-sorteren#kaart-1': savedAnswer(
    '/modules/vier-vormen/',
    'Kaart 1: formeel',
    'vier-vormen-sorteren',
  ),
  'vier-vormen-sorteren-oud#x': savedAnswer('/modules/vier-vormen/', 'Een andere set', 'andere-widget'),
  'de-paradox#0': savedAnswer('/modules/de-paradox/', 'Buiten de opdracht.'),
};
