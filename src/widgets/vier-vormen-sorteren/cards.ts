/**
 * The content of the widget "Vier vormen sorteren": the four cells of the grid and the
 * example cards. Card ids are answer ids (`vier-vormen-sorteren#<id>`): never change or
 * reuse one. Cards with `own: true` are invented by this site. On the others only the role
 * or the form comes from the exploration (Snoek, Hulsbos & Andersen, 2019); the situation is
 * the site's, as each card's text says.
 */
import type { CellId } from './sorting';

interface CellText {
  /** As a heading: "Formeel en individueel". */
  name: string;
  /** Inside a sentence: "formeel en individueel". */
  short: string;
  /** The form's English term. */
  form: string;
  /** A thinking prompt for the reader's own school when the cell stays empty. */
  empty: string;
  /** The prompt when the reader placed something there. */
  filled: string;
}

export const cells: { id: CellId; nl: CellText; en: CellText }[] = [
  {
    id: 'formeel-individueel',
    nl: {
      name: 'Formeel en individueel',
      short: 'formeel en individueel',
      form: 'Role-based',
      empty:
        'Geen enkele leraar met een formele rol? Wie houdt dan onderwerpen als lezen, rekenen of onderzoek bij?',
      filled: 'Wie worden door deze rollen juist níet uitgenodigd om mee te denken?',
    },
    en: {
      name: 'Formal and individual',
      short: 'formal and individual',
      form: 'Role-based',
      empty:
        'Not one teacher with a formal role? Then who keeps track of topics such as reading, maths or research?',
      filled: 'Who do these roles leave out, rather than invite to think along?',
    },
  },
  {
    id: 'formeel-collectief',
    nl: {
      name: 'Formeel en collectief',
      short: 'formeel en collectief',
      form: 'Collective role-based',
      empty:
        'Geen werkgroep of team met een opdracht? Welke vraag zou een groep leraren samen kunnen oppakken?',
      filled: 'Weten collega’s buiten deze groepen wat er gebeurt, en kunnen ze aanschuiven?',
    },
    en: {
      name: 'Formal and collective',
      short: 'formal and collective',
      form: 'Collective role-based',
      empty:
        'No working group or team with a task? Which question could a group of teachers take up together?',
      filled: 'Do colleagues outside these groups know what goes on, and can they join in?',
    },
  },
  {
    id: 'informeel-individueel',
    nl: {
      name: 'Informeel en individueel',
      short: 'informeel en individueel',
      form: 'Initiators',
      empty:
        'Niemand gevonden? Denk aan een collega naar wie anderen luisteren zonder dat het haar of zijn taak is.',
      filled: 'Krijgen deze collega’s ruimte? Naar welke andere vorm zou hun initiatief kunnen opschuiven?',
    },
    en: {
      name: 'Informal and individual',
      short: 'informal and individual',
      form: 'Initiators',
      empty: 'Found nobody? Think of a colleague others listen to, although it is not their task.',
      filled: 'Do these colleagues get room? Which other form could their initiative move on to?',
    },
  },
  {
    id: 'informeel-collectief',
    nl: {
      name: 'Informeel en collectief',
      short: 'informeel en collectief',
      form: 'Community-based',
      empty:
        'Leeg? Deze vorm is vaak lastig aan te wijzen. Wanneer neemt bij jullie vanzelf de leiding wie het meest van iets weet?',
      filled: 'Wat maakt dat collega’s elkaar hier invloed gunnen, en hoe houden jullie dat vast?',
    },
    en: {
      name: 'Informal and collective',
      short: 'informal and collective',
      form: 'Community-based',
      empty:
        'Empty? This form is often hard to point at. When does whoever knows most about something simply take the lead in your school?',
      filled: 'What makes colleagues grant each other influence here, and how do you keep that going?',
    },
  },
];

interface CardText {
  title: string;
  text: string;
  /** Why the card belongs in its cell, on both dimensions. */
  why: string;
}

export const cards: { id: string; cell: CellId; own: boolean; nl: CardText; en: CardText }[] = [
  {
    id: 'onderzoeksdocent',
    cell: 'formeel-individueel',
    own: false,
    nl: {
      title: 'Onderzoeksdocent',
      text: 'Een docent is benoemd tot onderzoeksdocent. Ze helpt collega’s om hun vragen over het onderwijs te onderzoeken en brengt onderzoek in de school op gang. (De rol komt uit de verkenning; de situatie is van deze site.)',
      why: 'Een benoeming met een eigen taak maakt dit formeel, en één persoon vervult de rol: individueel. Dat is role-based.',
    },
    en: {
      title: 'Research teacher',
      text: 'A teacher has been appointed research teacher. She helps colleagues investigate their questions about teaching and gets research going in the school. (The role comes from the exploration; the situation is this site’s.)',
      why: 'An appointment with its own task makes this formal, and one person holds the role: individual. That is role-based.',
    },
  },
  {
    id: 'rekencoordinator',
    cell: 'formeel-individueel',
    own: false,
    nl: {
      title: 'Rekencoördinator',
      text: 'Een leerkracht is de rekencoördinator van de school. Hij bewaakt de leerlijn rekenen en adviseert collega’s over de methode en de toetsen. (De rol komt uit de verkenning; de situatie is van deze site.)',
      why: 'De taak is toegewezen en staat op papier (formeel) en ligt bij één leerkracht (individueel): role-based, net als bij een taalcoördinator.',
    },
    en: {
      title: 'Maths coordinator',
      text: 'A teacher is the school’s maths coordinator. He looks after the maths curriculum and advises colleagues on the textbook series and the tests. (The role comes from the exploration; the situation is this site’s.)',
      why: 'The task is assigned and written down (formal) and rests with one teacher (individual): role-based, just as with a language coordinator.',
    },
  },
  {
    id: 'werkgroepvoorzitter',
    cell: 'formeel-individueel',
    own: false,
    nl: {
      title: 'Voorzitter van een werkgroep',
      text: 'Een docent is gekozen tot voorzitter van de werkgroep toetsbeleid. Ze bereidt de bijeenkomsten voor en spreekt namens de groep met de schoolleiding. (De rol komt uit de verkenning; de situatie is van deze site.)',
      why: 'Het gaat om de rol van één persoon, de voorzitter, en die rol is formeel vastgelegd: role-based. De werkgroep als geheel zou collective role-based zijn.',
    },
    en: {
      title: 'Chair of a working group',
      text: 'A teacher has been elected chair of the working group on assessment policy. She prepares the meetings and speaks for the group to the school leaders. (The role comes from the exploration; the situation is this site’s.)',
      why: 'This is about the role of one person, the chair, and that role is formally laid down: role-based. The working group as a whole would be collective role-based.',
    },
  },
  {
    id: 'docentontwikkelteam',
    cell: 'formeel-collectief',
    own: false,
    nl: {
      title: 'Docentontwikkelteam',
      text: 'Vier docenten Engels vormen samen een docentontwikkelteam. Ze hebben uren gekregen om met elkaar een nieuwe lessenreeks voor de bovenbouw te ontwerpen. (De rol komt uit de verkenning; de situatie is van deze site.)',
      why: 'Het team heeft een opdracht en uren gekregen (formeel), en de docenten ontwerpen en beslissen samen (collectief): collective role-based.',
    },
    en: {
      title: 'Teacher design team',
      text: 'Four English teachers together form a teacher design team. They have been given hours to design a new series of lessons for the upper years. (The role comes from the exploration; the situation is this site’s.)',
      why: 'The team was given a task and hours (formal), and the teachers design and decide together (collective): collective role-based.',
    },
  },
  {
    id: 'werkgroep',
    cell: 'formeel-collectief',
    own: false,
    nl: {
      title: 'Werkgroep met mandaat',
      text: 'De directie geeft vijf leerkrachten als werkgroep het mandaat om een nieuwe aanpak te maken voor de overstap van groep 8 naar het voortgezet onderwijs. (De rol komt uit de verkenning; de situatie is van deze site.)',
      why: 'De groep heeft een mandaat van de directie, dus het leiderschap is formeel geregeld, en het ligt bij de groep als geheel: collective role-based.',
    },
    en: {
      title: 'Working group with a mandate',
      text: 'The head gives five teachers, as a working group, the mandate to design a new approach to pupils’ move from the last year of primary to secondary school. (The role comes from the exploration; the situation is this site’s.)',
      why: 'The group holds a mandate from the head, so the leadership is formally arranged, and it rests with the group as a whole: collective role-based.',
    },
  },
  {
    id: 'leraar-met-gezag',
    cell: 'informeel-individueel',
    own: false,
    nl: {
      title: 'Een leraar met gezag',
      text: 'Een ervaren docent zonder coördinerende taak stelt in de sectie voor om toetsen voortaan samen na te kijken. Collega’s hebben vertrouwen in hem en doen mee. (De vorm komt uit de verkenning; de situatie is van deze site.)',
      why: 'Niemand heeft hem een rol gegeven: zijn invloed komt uit het gezag dat collega’s hem toekennen (informeel), en hij neemt als één persoon het initiatief (individueel). Hij is een initiator.',
    },
    en: {
      title: 'A teacher with authority',
      text: 'An experienced teacher without any coordinating task suggests that his department mark tests together from now on. Colleagues trust him and join in. (The form comes from the exploration; the situation is this site’s.)',
      why: 'Nobody gave him a role: his influence comes from the authority colleagues grant him (informal), and he takes the initiative as one person (individual). He is an initiator.',
    },
  },
  {
    id: 'wie-het-weet',
    cell: 'informeel-collectief',
    own: false,
    nl: {
      title: 'Wie het weet, neemt de leiding',
      text: 'In een team neemt steeds een andere leraar de leiding, afhankelijk van de vraag: wie er het meeste van weet, trekt dat onderwerp. Dat is nergens afgesproken. (De vorm komt uit de verkenning; de situatie is van deze site.)',
      why: 'Er zijn geen functies of afspraken (informeel) en de invloed wisselt tussen alle leraren (collectief): community-based. De groep kent invloed toe aan wie de nodige expertise heeft.',
    },
    en: {
      title: 'Whoever knows takes the lead',
      text: 'In a team a different teacher takes the lead each time, depending on the question: whoever knows most about it drives that topic. This was never agreed anywhere. (The form comes from the exploration; the situation is this site’s.)',
      why: 'There are no positions or agreements (informal) and influence moves between all the teachers (collective): community-based. The group grants influence to whoever has the expertise needed.',
    },
  },
  {
    id: 'projectweek',
    cell: 'formeel-collectief',
    own: true,
    nl: {
      title: 'Projectgroep',
      text: 'Drie docenten van verschillende vakken krijgen van hun teamleider de opdracht en de uren om samen de projectweek van leerjaar 2 te organiseren.',
      why: 'Een opdracht met uren, gegeven door de teamleider, maakt het formeel; de drie docenten dragen de taak samen: collective role-based.',
    },
    en: {
      title: 'Project group',
      text: 'Three teachers of different subjects are given the task, and the hours, by their team leader to organise the year 2 project week together.',
      why: 'A task with hours, given by the team leader, makes it formal; the three teachers carry the task together: collective role-based.',
    },
  },
  {
    id: 'tip-die-rondgaat',
    cell: 'informeel-individueel',
    own: true,
    nl: {
      title: 'Een tip die rondgaat',
      text: 'Een leerkracht van groep 5 vertelt in de pauze hoe ze leerlingen elkaar feedback laat geven. Collega’s proberen het uit en komen haar om raad vragen.',
      why: 'Ze heeft er geen taak of functie voor (informeel) en de invloed gaat van haar als persoon uit (individueel): een initiator. Haar leiderschap kan later naar een andere vorm opschuiven.',
    },
    en: {
      title: 'A tip that spreads',
      text: 'A teacher of groep 5 (pupils aged eight to nine) tells colleagues over the break how she has pupils give each other feedback. Colleagues try it out and come to her for advice.',
      why: 'She has no task or position for it (informal) and the influence starts from her as a person (individual): an initiator. Her leadership may later move on to another form.',
    },
  },
  {
    id: 'teamoverleg',
    cell: 'informeel-collectief',
    own: true,
    nl: {
      title: 'Elk onderwerp een andere gespreksleider',
      text: 'In het teamoverleg van een mbo-opleiding leidt bij elk onderwerp de collega met de meeste ervaring het gesprek. Iedereen komt wel eens aan de beurt; niemand heeft het zo ingedeeld.',
      why: 'Het is een gewoonte, geen afspraak (informeel), en alle collega’s hebben om beurten invloed (collectief): community-based.',
    },
    en: {
      title: 'A different chair for each topic',
      text: 'In the team meeting of a vocational programme, the colleague with most experience of a topic leads the talk on it. Everyone gets a turn now and then; nobody planned it that way.',
      why: 'It is a habit, not an agreement (informal), and all colleagues take turns in having influence (collective): community-based.',
    },
  },
];
