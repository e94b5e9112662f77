/**
 * Test jezelf, conditions and triggers: what helps and what hinders (TL5.3, TL5.4; TL 316-349)
 * from *Effecten en condities*, and the triggers, consistency and patience (TL 520-560) from
 * *Aangrijpingspunten en valkuilen*, where this check stands.
 */
import { conditions, obstacles } from '../../../course/concepts';
import type { QuizQuestion } from '../questions';

const condition = (id: (typeof conditions)[number]['id']) =>
  conditions.find((candidate) => candidate.id === id)!;
const individualistic = obstacles.find((obstacle) => obstacle.id === 'individualistische-schoolcultuur')!;

export const conditionChecks: QuizQuestion[] = [
  {
    id: 'meeste-onderzoek',
    correct: 'condities',
    nl: 'Waar weet het onderzoek volgens de verkenning het meest over?',
    en: 'What does research know most about, according to the exploration?',
    options: [
      {
        id: 'condities',
        nl: {
          text: 'Over de condities die teacher leadership helpen of remmen',
          why: 'Naar de voorwaarden is veel meer onderzoek gedaan dan naar wat teacher leadership oplevert.',
        },
        en: {
          text: 'About the conditions that help or hinder teacher leadership',
          why: 'Far more research has looked at the conditions than at what teacher leadership yields.',
        },
      },
      {
        id: 'effecten',
        nl: {
          text: 'Over de effecten op leerlingen en leraren',
          why: 'Effecten zijn wel gevonden, op veel thema’s, maar ze zijn minder onderzocht dan de condities.',
        },
        en: {
          text: 'About the effects on pupils and teachers',
          why: 'Effects have been found, on many themes, but they have been studied less than the conditions.',
        },
      },
      {
        id: 'evenveel',
        nl: {
          text: 'Over beide ongeveer evenveel',
          why: 'De verkenning ziet juist een duidelijk verschil: de condities zijn veel beter onderzocht.',
        },
        en: {
          text: 'About both, roughly equally',
          why: 'The exploration sees a clear difference: the conditions have been studied far more.',
        },
      },
    ],
  },
  {
    id: 'wat-remt',
    correct: 'individualistisch',
    nl: 'Welke van deze drie remt het leiderschap van leraren?',
    en: 'Which of these three holds teacher leadership back?',
    options: [
      {
        id: 'individualistisch',
        nl: {
          text: individualistic.nl,
          why: `Een cultuur die draait om ${individualistic.parts.map((part) => part.nl).join(', ')} geeft weinig ruimte aan een leraar die het voortouw neemt.`,
        },
        en: {
          text: individualistic.en,
          why: `A culture that revolves around ${individualistic.parts.map((part) => part.en).join(', ')} leaves little room for a teacher who takes the lead.`,
        },
      },
      {
        id: 'feedback',
        nl: {
          text: condition('feedback').nl,
          why: 'Feedback hoort bij de cultuur die teacher leadership juist helpt.',
        },
        en: {
          text: condition('feedback').en,
          why: 'Feedback belongs to the culture that helps teacher leadership.',
        },
      },
      {
        id: 'collegialiteit',
        nl: {
          text: condition('collegialiteit').nl,
          why: 'Collegialiteit staat bij de condities die helpen, niet bij de belemmeringen.',
        },
        en: {
          text: condition('collegialiteit').en,
          why: 'Collegiality is among the conditions that help, not among the obstacles.',
        },
      },
    ],
  },
  {
    id: 'geen-aanleiding',
    correct: 'salaris',
    nl: 'Scholen kantelen om verschillende redenen naar meer (community-based) teacher leadership. Welke van deze vier noemen de gesprekken in de verkenning NIET als aanleiding?',
    en: 'Schools shift towards more (community-based) teacher leadership for different reasons. Which of these four do the conversations in the exploration NOT name as a trigger?',
    options: [
      {
        id: 'vertrek',
        nl: {
          text: 'Leidinggevenden die vertrekken',
          why: 'Dat is een van de vijf aanleidingen die schoolleiders noemden.',
        },
        en: { text: 'Leaders who leave', why: 'That is one of the five triggers school leaders named.' },
      },
      {
        id: 'leerlingpopulatie',
        nl: {
          text: 'Een andere samenstelling van de leerlingen',
          why: 'Ook dit staat in het rijtje: een verandering in de leerlingpopulatie.',
        },
        en: {
          text: 'A change in who the pupils are',
          why: 'This is on the list too: a change in the pupil population.',
        },
      },
      {
        id: 'salaris',
        nl: {
          text: 'Een hogere salarisschaal voor coördinatoren',
          why: 'Dat noemt de verkenning niet. De vijf zijn: brede onvrede over de structuur, vertrek van leidinggevenden, een inclusiever onderwijsconcept en schoolvisie, een andere leerlingpopulatie en een nieuwe school.',
        },
        en: {
          text: 'A higher pay scale for coordinators',
          why: 'The exploration does not name this. The five are: wide discontent with the structure, leaders leaving, a more inclusive educational concept and vision, a changed pupil population, and a new school.',
        },
      },
      {
        id: 'nieuwe-school',
        nl: {
          text: 'Een school die net begint',
          why: 'De start van een nieuwe school is een van de vijf aanleidingen.',
        },
        en: {
          text: 'A school that is just starting',
          why: 'The start of a new school is one of the five triggers.',
        },
      },
    ],
  },
  {
    id: 'leerplein',
    correct: 'consistentie',
    nl: 'Voorbeeld van deze site: een school richt een open leerplein in waar leraren elkaar tegen moeten komen, maar het rooster laat geen enkel gezamenlijk uur vrij. Wat ontbreekt hier vooral?',
    en: 'An example of this site: a school builds an open learning area where teachers are bound to meet, but the timetable leaves not a single shared hour. What is missing here above all?',
    options: [
      {
        id: 'consistentie',
        nl: {
          text: 'Consistentie: dat cultuur, structuur, onderwijsvisie en fysieke omgeving elkaar versterken',
          why: 'Ruimte en rooster wijzen hier verschillende kanten op. Zolang die elementen botsen, krijgt het leiderschap van leraren geen duw in de rug.',
        },
        en: {
          text: 'Consistency: culture, structure, educational vision and physical environment reinforcing each other',
          why: 'Space and timetable point in different directions here. As long as those elements clash, teacher leadership gets no push forward.',
        },
      },
      {
        id: 'geduld',
        nl: {
          text: 'Geduld',
          why: 'Geduld gaat over niet terugvallen in oude hiërarchische patronen. Het probleem hier is dat de inrichting en het rooster botsen.',
        },
        en: {
          text: 'Patience',
          why: 'Patience is about not sliding back into old hierarchical patterns. The problem here is that the layout and the timetable clash.',
        },
      },
      {
        id: 'meer-rollen',
        nl: {
          text: 'Meer formele rollen voor leraren',
          why: 'Een extra rol lost de botsing tussen ruimte en rooster niet op, en een sterke nadruk op rollen brengt de paradox mee.',
        },
        en: {
          text: 'More formal roles for teachers',
          why: 'An extra role does not resolve the clash between space and timetable, and a strong emphasis on roles brings the paradox with it.',
        },
      },
    ],
  },
  {
    id: 'waarom-geduld',
    correct: 'terugvallen',
    nl: 'Waarom vraagt het versterken van leiderschap van leraren geduld?',
    en: 'Why does strengthening teacher leadership take patience?',
    options: [
      {
        id: 'terugvallen',
        nl: {
          text: 'Omdat de cultuur makkelijk terugglijdt in vertrouwde hiërarchische patronen',
          why: 'Leraren en schoolleiders moeten daar steeds op letten, en schoolleiders zoeken telkens opnieuw wanneer ze naar voren of naar achteren stappen.',
        },
        en: {
          text: 'Because the culture easily slides back into familiar hierarchical patterns',
          why: 'Teachers and school leaders have to watch for that all the time, and school leaders keep working out when to step forward or back.',
        },
      },
      {
        id: 'wettelijke-termijn',
        nl: {
          text: 'Omdat de wet een overgangstermijn voorschrijft',
          why: 'Over regels of termijnen zegt de verkenning hier niets; het gaat om cultuur.',
        },
        en: {
          text: 'Because the law prescribes a transition period',
          why: 'The exploration says nothing about rules or deadlines here; it is about culture.',
        },
      },
      {
        id: 'eerst-master',
        nl: {
          text: 'Omdat leraren eerst een masteropleiding moeten afronden',
          why: 'Masteropleidingen hebben leiderschap van leraren in Nederland gesteund, maar de verkenning maakt er geen voorwaarde van.',
        },
        en: {
          text: 'Because teachers first have to finish a master’s degree',
          why: 'Master’s programmes have supported teacher leadership in the Netherlands, but the exploration does not make them a condition.',
        },
      },
    ],
  },
];
