/**
 * The site's own worked example for the article's steps (content map GL6.4): a primary school
 * asks parents and teachers about a five-equal-days timetable (*vijf-gelijke-dagenrooster*).
 * The article names no figures; every number, answer and argument here is invented by this
 * site, and the widget says so. Ids are answer-stable: keep them.
 */
import type { GroupId, Norms, Survey } from './norms';

export const survey: Survey = {
  parents: { invited: 180, favour: 64, against: 53 },
  teachers: { invited: 22, favour: 9, against: 11 },
};

/** The norms the widget starts with: half must respond, a simple majority, equal weight. */
export const exampleNorms: Norms = { minResponse: 50, minFavour: 50, parentWeight: 50 };

interface Text {
  nl: string;
  en: string;
}

/** A few of the completed questionnaires, as they came in: the raw data. */
export const sampleResponses: ({ id: string; group: GroupId; favour: boolean } & Text)[] = [
  {
    id: 'r1',
    group: 'parents',
    favour: true,
    nl: 'Elke dag dezelfde tijden geeft rust, ook voor onze kleuter.',
    en: 'The same times every day bring calm, also for our four-year-old.',
  },
  {
    id: 'r2',
    group: 'parents',
    favour: false,
    nl: 'Op woensdagmiddag gaan de kinderen naar opa en oma. Dat willen we houden.',
    en: 'On Wednesday afternoons the children go to their grandparents. We want to keep that.',
  },
  {
    id: 'r3',
    group: 'teachers',
    favour: true,
    nl: 'Na schooltijd blijft er meer tijd over om samen lessen voor te bereiden.',
    en: 'After school there is more time left to prepare lessons together.',
  },
  {
    id: 'r4',
    group: 'parents',
    favour: true,
    nl: 'Mijn werk en de opvang zijn veel makkelijker te plannen.',
    en: 'My work and childcare are much easier to plan.',
  },
  { id: 'r5', group: 'parents', favour: false, nl: '', en: '' },
  {
    id: 'r6',
    group: 'teachers',
    favour: false,
    nl: 'Samen met de klas eten is geen pauze. Ik heb dan zelf geen moment rust.',
    en: 'Eating with the class is no break. I get no moment of rest myself.',
  },
  {
    id: 'r7',
    group: 'parents',
    favour: false,
    nl: 'Als school om twee uur uit is, hebben wij meer dagen opvang nodig, en dat kost geld.',
    en: 'If school ends at two, we need childcare on more days, and that costs money.',
  },
  {
    id: 'r8',
    group: 'parents',
    favour: true,
    nl: 'Geen gedoe meer met overblijven.',
    en: 'No more fuss about lunchtime supervision.',
  },
  {
    id: 'r9',
    group: 'teachers',
    favour: false,
    nl: 'Onze vaste middag voor teamoverleg valt dan weg.',
    en: 'We would lose our fixed afternoon for team meetings.',
  },
  {
    id: 'r10',
    group: 'parents',
    favour: true,
    nl: 'Prima, als er na twee uur genoeg te doen is voor de kinderen.',
    en: 'Fine, as long as there is enough for the children to do after two.',
  },
];

/** What the chart's overview shows beside the numbers: the arguments heard most often. */
export const mainArguments: ({ id: string; favour: boolean } & Text)[] = [
  {
    id: 'rust',
    favour: true,
    nl: 'Rust en regelmaat: elke dag hetzelfde ritme (vooral ouders).',
    en: 'Calm and regularity: the same rhythm every day (mostly parents).',
  },
  {
    id: 'plannen',
    favour: true,
    nl: 'Werk, opvang en afspraken zijn makkelijker te plannen (ouders).',
    en: 'Work, childcare and appointments are easier to plan (parents).',
  },
  {
    id: 'samenwerken',
    favour: true,
    nl: 'Meer tijd na schooltijd om samen voor te bereiden (leerkrachten).',
    en: 'More time after school to prepare together (teachers).',
  },
  {
    id: 'woensdag',
    favour: false,
    nl: 'De vrije woensdagmiddag verdwijnt, voor sport, clubs of familie (ouders).',
    en: 'The free Wednesday afternoon disappears, for sports, clubs or family (parents).',
  },
  {
    id: 'pauze',
    favour: false,
    nl: 'Een korte pauze in de klas is geen echte pauze (leerkrachten en ouders).',
    en: 'A short break in the classroom is no real break (teachers and parents).',
  },
  {
    id: 'opvang',
    favour: false,
    nl: 'Meer dagen opvang nodig, met hogere kosten (ouders).',
    en: 'Childcare needed on more days, at a higher cost (parents).',
  },
];
