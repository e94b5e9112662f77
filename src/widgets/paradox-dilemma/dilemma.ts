/**
 * The paradox dilemma (`ParadoxDilemma.astro`): the poster's question as a scale, the
 * site's arguments for each side and how this site reads the exploration (its own reasoning, marked as such), in Dutch and English.
 * Argument ids are answer data: keep them forever. Explanations are the site's own words
 * for content-map TL4.1–TL4.4 (Snoek, Hulsbos & Andersen, 2019).
 */
import type { ScaleBand, ScaleWording } from './scale-position';

export type Lang = 'nl' | 'en';

export const paradoxScale = {
  max: 10,
  nl: {
    question:
      'Legt jouw school het accent op de rol van één leraar, of op de uitdaging die jullie met elkaar delen?',
    start: 'De rol van één leraar',
    end: 'De gezamenlijke uitdaging',
  },
  en: {
    question:
      'Does your school put the emphasis on the role of one teacher, or on the challenge you all share?',
    start: 'The role of one teacher',
    end: 'The shared challenge',
  },
};

/** A position in words, as a screen reader announces it and the answer text says it. */
export const scaleWordings: Record<ScaleWording, Record<Lang, string>> = {
  'at-start': { nl: 'helemaal bij de rol van één leraar', en: 'all the way at the role of one teacher' },
  'near-start': { nl: 'dichter bij de rol van één leraar', en: 'closer to the role of one teacher' },
  'slightly-start': {
    nl: 'iets dichter bij de rol van één leraar',
    en: 'slightly closer to the role of one teacher',
  },
  middle: { nl: 'precies in het midden', en: 'exactly in the middle' },
  'slightly-end': {
    nl: 'iets dichter bij de gezamenlijke uitdaging',
    en: 'slightly closer to the shared challenge',
  },
  'near-end': { nl: 'dichter bij de gezamenlijke uitdaging', en: 'closer to the shared challenge' },
  'at-end': { nl: 'helemaal bij de gezamenlijke uitdaging', en: 'all the way at the shared challenge' },
};

export interface ParadoxArgument {
  id: string;
  /** The side of the scale the argument speaks for. */
  side: 'start' | 'end';
  nl: string;
  en: string;
}

export const paradoxArguments: ParadoxArgument[] = [
  {
    id: 'erkenning-geeft-impact',
    side: 'start',
    nl: 'Formele erkenning geeft een leraar impact: collega’s en schoolleiding nemen de voorstellen serieus.',
    en: 'Formal recognition gives a teacher impact: colleagues and school leaders take the proposals seriously.',
  },
  {
    id: 'duidelijk-aanspreekpunt',
    side: 'start',
    nl: 'Een vaste rol maakt duidelijk wie waarvoor staat, vaak met tijd om het werk te doen.',
    en: 'A set role makes clear who stands for what, often with time to do the work.',
  },
  {
    id: 'ambitie-krijgt-plek',
    side: 'start',
    nl: 'Een leraar die meer wil dan lesgeven, krijgt via een rol een plek om bij te dragen.',
    en: 'A teacher who wants to do more than teach gets, through a role, a place to contribute.',
  },
  {
    id: 'risico-tweedeling',
    side: 'end',
    nl: 'Met vooral formele rollen dreigt een tweedeling tussen erkende leiders en volgers die zich buitengesloten voelen.',
    en: 'With mainly formal roles, a split threatens between recognised leaders and followers who feel left out.',
  },
  {
    id: 'eigenaarschap',
    side: 'end',
    nl: 'Leraren zonder rol raken hun eigenaarschap voor de ontwikkeling van de school kwijt.',
    en: 'Teachers without a role lose their ownership of the school’s development.',
  },
  {
    id: 'onbenut-potentieel',
    side: 'end',
    nl: 'Kennis en ideeën van leraren zonder rol blijven onbenut.',
    en: 'The knowledge and ideas of teachers without a role go unused.',
  },
  {
    id: 'duurzame-vernieuwing',
    side: 'end',
    nl: 'Vernieuwing houdt alleen stand als iedereen in de school meedoet.',
    en: 'Renewal only lasts if everyone in the school takes part.',
  },
];

export const argumentSides: Record<'start' | 'end', Record<Lang, string>> = {
  start: { nl: 'Argumenten voor de rol van één leraar', en: 'Arguments for the role of one teacher' },
  end: { nl: 'Argumenten voor de gezamenlijke uitdaging', en: 'Arguments for the shared challenge' },
};

/** How this site reads the exploration, for everyone, whatever their position. */
export const paradoxResearch: Record<Lang, string[]> = {
  nl: [
    'Samengevat door deze site: formele rollen voor leraren zijn een begrijpelijke stap, want met erkenning krijgt een leraar meer gedaan. Snoek, Hulsbos en Andersen (2019) wijzen op de keerzijde. Wanneer leiderschap vooral aan functies vastzit, spreekt de school de rest van het team minder aan. Zo dreigt een tweedeling tussen leiders die erkenning krijgen en volgers die zich buitengesloten voelen, en die de ontwikkeling van de school niet meer als iets van henzelf zien.',
    'Wat de auteurs daaruit afleiden: leiderschap is een zaak van het hele team, die iedere leraar aangaat. Aan een school waarin dat lukt, werken leraren en schoolleiders samen. Deze site leest dat niet als een afwijzing van formele rollen: de vraag is waar het zwaartepunt ligt.',
  ],
  en: [
    'Summed up by this site: formal roles for teachers are an understandable step, because with recognition a teacher gets more done. Snoek, Hulsbos and Andersen (2019) point to the other side. When leadership is tied mainly to positions, the school calls less on the rest of the team. A split then threatens between leaders who receive recognition and followers who feel left out, and who no longer see the school’s development as their own.',
    'What the authors derive from this: leadership is a matter for the whole team, one that concerns every teacher. Teachers and school leaders work together on a school in which that succeeds. This site does not read that as a rejection of formal roles: the question is where the centre of gravity lies.',
  ],
};

/** This site's word to the reader, by where they placed their school. */
export const positionFeedback: {
  id: ScaleBand;
  nl: { heading: string; text: string };
  en: { heading: string; text: string };
}[] = [
  {
    id: 'start',
    nl: {
      heading: 'Dichter bij de rol van één leraar (0 tot 3)',
      text: 'Je ziet vooral wat formele rollen opleveren: duidelijkheid, erkenning en impact. Dat is een echt voordeel. Deze site vraagt je wel om ook te kijken wie daardoor buiten beeld raakt, want daar wijst de verkenning op. Welke collega’s zonder rol hebben kennis of ideeën die nu niet worden gebruikt? Schuiven collega’s onderwerpen door naar “de coördinator”? Dan is een rol misschien de enige ingang tot leiderschap geworden.',
    },
    en: {
      heading: 'Closer to the role of one teacher (0 to 3)',
      text: 'You mainly see what formal roles bring: clarity, recognition and impact. That is a real advantage. This site does ask you to look at who drops out of sight as a result, because that is what the exploration points to. Which colleagues without a role have knowledge or ideas that go unused now? Do colleagues pass topics on to “the coordinator”? Then a role may have become the only way into leadership.',
    },
  },
  {
    id: 'middle',
    nl: {
      heading: 'Ergens in het midden (4 tot 6)',
      text: 'Je herkent beide kanten. Deze site ziet rollen en een gedeelde uitdaging niet als elkaars tegendeel; het verschil zit volgens deze site in wat een rol doet. Een rol die collega’s uitnodigt om mee te denken en hun expertise in te brengen, versterkt het leiderschap van het hele team. Een rol die het werk bij één persoon neerlegt, verzwakt het. Op welke van die twee lijken de rollen in jouw school het meest?',
    },
    en: {
      heading: 'Somewhere in the middle (4 to 6)',
      text: 'You recognise both sides. This site does not see roles and a shared challenge as opposites; in this site’s view, the difference lies in what a role does. A role that invites colleagues to think along and bring in their expertise strengthens the leadership of the whole team. A role that puts the work on one person weakens it. Which of the two do the roles in your school look like most?',
    },
  },
  {
    id: 'end',
    nl: {
      heading: 'Dichter bij de gezamenlijke uitdaging (7 tot 10)',
      text: 'Jouw school zit dicht bij de conclusie van de verkenning: leiderschap als opdracht voor iedereen. Ga wel na of dat in de praktijk zo werkt, en niet alleen als ideaal. Kijk ook naar wat een gedeelde uitdaging nodig heeft. De verkenning beschrijft een cultuur die leraren steunt, erkent en uitdaagt, en waarin collega’s elkaars leiderschap accepteren: ze gunnen elkaar de leiding en volgen als dat nodig is. Wie neemt bij jullie het initiatief als iets van iedereen is, en wordt dat gezien?',
    },
    en: {
      heading: 'Closer to the shared challenge (7 to 10)',
      text: 'Your school is close to the exploration’s conclusion: leadership as a task for everyone. Do check that it works that way in practice, and not only as an ideal. Look, too, at what a shared challenge needs. The exploration describes a culture that supports, recognises and challenges teachers, and in which colleagues accept one another’s leadership: they grant each other the lead and follow when that is needed. Who takes the initiative in your school when something belongs to everyone, and is that noticed?',
    },
  },
];
