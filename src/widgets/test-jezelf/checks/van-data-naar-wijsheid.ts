/**
 * Test jezelf, from data to wisdom: the GL article's four steps and its example of a
 * five-equal-days timetable (GL 356-412). The article takes the steps from Ackoff (1989),
 * whose own hierarchy has five; the last question says so.
 */
import { dikwSteps } from '../../../course/concepts';
import type { QuizQuestion } from '../questions';

const step = (id: (typeof dikwSteps)[number]['id']) => dikwSteps.find((candidate) => candidate.id === id)!;
const data = step('data');
const information = step('informatie');
const knowledge = step('kennis');
const wisdom = step('wijsheid');

export const dikwChecks: QuizQuestion[] = [
  {
    id: 'grafiek',
    correct: 'informatie',
    nl: 'De school vraagt ouders en leerkrachten wat ze van een vijf-gelijke-dagenrooster vinden en zet de antwoorden in een grafiek: meer mensen voor dan tegen, met hun argumenten. Wat is die grafiek?',
    en: 'The school asks parents and teachers what they think of a five-equal-days timetable and puts the answers in a chart: more people for than against, with their arguments. What is that chart?',
    options: [
      {
        id: 'informatie',
        nl: {
          text: information.nl,
          why: 'De losse antwoorden zijn de data; geordend in een overzicht worden ze informatie.',
        },
        en: {
          text: information.en,
          why: 'The separate answers are the data; arranged in an overview they become information.',
        },
      },
      {
        id: 'data',
        nl: {
          text: data.nl,
          why: 'Data zijn de antwoorden op de vragenlijst zelf. De grafiek is al een stap verder.',
        },
        en: {
          text: data.en,
          why: 'The data are the answers to the questionnaire themselves. The chart is already a step further.',
        },
      },
      {
        id: 'kennis',
        nl: {
          text: knowledge.nl,
          why: 'Kennis ontstaat pas als je de informatie interpreteert, en daarvoor heb je normen nodig.',
        },
        en: {
          text: knowledge.en,
          why: 'Knowledge only arises when you interpret the information, and for that you need norms.',
        },
      },
    ],
  },
  {
    id: 'normen',
    correct: 'normen',
    nl: `Wat is er volgens het artikel nodig om van ${information.nl} ${knowledge.nl} te maken waarop de school kan besluiten?`,
    en: `According to the article, what is needed to turn ${information.en} into ${knowledge.en} the school can decide on?`,
    options: [
      {
        id: 'normen',
        nl: {
          text: 'Normen: hoeveel mensen minstens moeten reageren, hoeveel er minstens voor moeten zijn, en of ouders en leerkrachten even zwaar wegen',
          why: 'Interpreteren vraagt een maatstaf. Pas met die normen zegt de grafiek iets waarop je een besluit kunt bouwen.',
        },
        en: {
          text: 'Norms: how many people must respond at least, how many must be in favour at least, and whether parents and teachers weigh the same',
          why: 'Interpreting needs a yardstick. Only with those norms does the chart tell you something you can build a decision on.',
        },
      },
      {
        id: 'meer-respons',
        nl: {
          text: 'Meer antwoorden verzamelen',
          why: 'Meer antwoorden geven meer data, maar zonder norm weet je nog steeds niet wanneer de uitslag genoeg is.',
        },
        en: {
          text: 'Collecting more answers',
          why: 'More answers give more data, but without a norm you still do not know when the result is enough.',
        },
      },
      {
        id: 'mooiere-grafiek',
        nl: {
          text: 'Een duidelijkere grafiek',
          why: 'Een grafiek maakt van data informatie. De stap naar kennis zit in het interpreteren met normen.',
        },
        en: {
          text: 'A clearer chart',
          why: 'A chart turns data into information. The step to knowledge lies in interpreting with norms.',
        },
      },
    ],
  },
  {
    id: 'wijsheid',
    correct: 'samen-bespreken',
    nl: `Wanneer spreekt het artikel, met Ackoff, van ${wisdom.nl}?`,
    en: `When does the article, following Ackoff, speak of ${wisdom.en}?`,
    options: [
      {
        id: 'samen-bespreken',
        nl: {
          text: 'Als het team de kennis samen bespreekt en ze zo naar andere situaties kan overbrengen',
          why: 'Wijsheid is kennis die verder reikt dan het ene besluit: het team kan haar ook elders gebruiken.',
        },
        en: {
          text: 'When the team discusses the knowledge together and can so carry it over to other situations',
          why: 'Wisdom is knowledge that reaches beyond the one decision: the team can use it elsewhere too.',
        },
      },
      {
        id: 'besluit-genomen',
        nl: {
          text: 'Zodra het besluit over het rooster is genomen',
          why: 'Beslissen kan al op kennis. Wijsheid vraagt dat die kennis ook buiten dit ene geval bruikbaar wordt.',
        },
        en: {
          text: 'As soon as the decision about the timetable has been taken',
          why: 'Deciding can already rest on knowledge. Wisdom asks that the knowledge becomes usable beyond this one case.',
        },
      },
      {
        id: 'ervaren-leerkracht',
        nl: {
          text: 'Als een ervaren leerkracht het antwoord al weet',
          why: 'Ervaring telt, maar in het artikel ontstaat wijsheid uit het samen bespreken van kennis, niet uit één persoon.',
        },
        en: {
          text: 'When an experienced teacher already knows the answer',
          why: 'Experience counts, but in the article wisdom comes from discussing knowledge together, not from one person.',
        },
      },
    ],
  },
  {
    id: 'ackoff',
    correct: 'vijf',
    nl: `Het artikel werkt met vier stappen (${dikwSteps.map((entry) => entry.nl).join(', ')}) en verwijst naar Ackoff (1989). Wat klopt?`,
    en: `The article works with four steps (${dikwSteps.map((entry) => entry.en).join(', ')}) and refers to Ackoff (1989). Which is true?`,
    options: [
      {
        id: 'vijf',
        nl: {
          text: 'Ackoff zelf onderscheidt vijf stappen; het artikel gebruikt er vier',
          why: 'Bij Ackoff staat begrip (understanding) tussen kennis en wijsheid. Het artikel en deze cursus laten die stap weg.',
        },
        en: {
          text: 'Ackoff himself distinguishes five steps; the article uses four',
          why: 'In Ackoff, understanding comes between knowledge and wisdom. The article and this course leave that step out.',
        },
      },
      {
        id: 'vier',
        nl: {
          text: 'Ackoff onderscheidt precies deze vier',
          why: 'Ackoffs eigen hiërarchie heeft er vijf: begrip (understanding) staat tussen kennis en wijsheid.',
        },
        en: {
          text: 'Ackoff distinguishes exactly these four',
          why: 'Ackoff’s own hierarchy has five: understanding comes between knowledge and wisdom.',
        },
      },
      {
        id: 'drie',
        nl: {
          text: 'Ackoff onderscheidt er drie; het artikel voegt wijsheid toe',
          why: 'Wijsheid is bij Ackoff juist de top. Zijn hiërarchie telt vijf stappen, niet drie.',
        },
        en: {
          text: 'Ackoff distinguishes three; the article adds wisdom',
          why: 'Wisdom is the top of Ackoff’s own hierarchy. It has five steps, not three.',
        },
      },
    ],
  },
];
