/**
 * Content of the conditions scan (`ConditiesScan.astro`): statements about the reader's
 * school culture, each tied to a condition that helps teacher leadership or an obstacle
 * that holds it back, as Snoek, Hulsbos & Andersen (2019) list them (content map TL5.3 and
 * TL5.4). The statements and suggestions are the site's own wording. Statement ids are
 * answer keys: never rename them.
 */
import type { ScanStatement } from './profile';

export type Lang = 'nl' | 'en';

interface Text {
  /** The statement the reader rates. */
  statement: string;
  /** The condition or obstacle it is about, as the profile names it. */
  factor: string;
}

// Content, one record per statement: alike entry by entry by design, with no logic to share.
export const statements: (ScanStatement & Record<Lang, Text>)[] = [
  {
    id: 'vertrouwen',
    kind: 'condition',
    area: 'cultuur',
    nl: {
      statement: "Collega's vertrouwen elkaar en zijn open over wat wel en niet lukt.",
      factor: 'Openheid en onderling vertrouwen',
    },
    en: {
      statement: 'Colleagues trust each other and are open about what works and what does not.',
      factor: 'Openness and mutual trust',
    },
  },
  {
    id: 'feedback',
    kind: 'condition',
    area: 'cultuur',
    nl: { statement: 'Elkaar om feedback vragen en feedback geven is bij ons gewoon.', factor: 'Feedback' },
    en: { statement: 'Asking each other for feedback, and giving it, is normal here.', factor: 'Feedback' },
  },
  {
    id: 'collegialiteit',
    kind: 'condition',
    area: 'cultuur',
    nl: { statement: 'We helpen elkaar en werken graag samen.', factor: 'Collegialiteit' },
    en: { statement: 'We help each other and like working together.', factor: 'Collegiality' },
  },
  {
    id: 'leren',
    kind: 'condition',
    area: 'leren',
    nl: {
      statement: 'Bij ons draait het om het leren van de leerlingen én van de leraren zelf.',
      factor: 'Een brede focus op het leren van leerlingen en leraren',
    },
    en: {
      statement: 'Here it is about the learning of pupils and of the teachers themselves.',
      factor: 'A broad focus on the learning of pupils and teachers',
    },
  },
  {
    id: 'relaties',
    kind: 'condition',
    area: 'relaties',
    nl: {
      statement: "De verhoudingen met collega's en met het schoolbestuur zijn goed.",
      factor: 'Relaties met collega’s en schoolbestuur',
    },
    en: {
      statement: 'Relations with colleagues and with the school board are good.',
      factor: 'Relations with colleagues and the school board',
    },
  },
  {
    id: 'relationele-kwaliteiten',
    kind: 'condition',
    area: 'relaties',
    nl: {
      statement:
        'Er is aandacht voor hoe leraren goede werkrelaties opbouwen, niet alleen voor hun vakkennis.',
      factor: 'Kwaliteiten van leraren naast vakexpertise, zoals relaties onderhouden',
    },
    en: {
      statement:
        'There is attention to how teachers build good working relationships, not only to their subject knowledge.',
      factor: 'Qualities of teachers beyond subject expertise, such as maintaining relationships',
    },
  },
  {
    id: 'leiding',
    kind: 'condition',
    area: 'leiding',
    nl: {
      statement: 'De schoolleiding moedigt initiatieven van leraren aan, erkent ze en steunt ze.',
      factor: 'Leidinggevenden die leiderschap van leraren aanmoedigen, erkennen en steunen',
    },
    en: {
      statement: "The school's leaders encourage, recognise and support teachers' initiatives.",
      factor: 'Leaders who encourage, recognise and support teacher leadership',
    },
  },
  {
    id: 'overleg',
    kind: 'condition',
    area: 'overleg',
    nl: {
      statement: 'Er is ruimte om met elkaar te overleggen en samen te werken.',
      factor: 'Ruimte voor overleg en interactie',
    },
    en: {
      statement: 'There is room to consult each other and work together.',
      factor: 'Room for consultation and interaction',
    },
  },
  {
    id: 'gelijkheid',
    kind: 'obstacle',
    area: 'individualisme',
    nl: {
      statement:
        'Bij ons tellen alle leraren even zwaar: wie meer invloed krijgt dan de rest, lijkt zich boven collega’s te plaatsen.',
      factor: 'Individualistische schoolcultuur, gericht op gelijkheid',
    },
    en: {
      statement:
        'Here all teachers count equally: anyone who gains more influence than the rest seems to put themselves above their colleagues.',
      factor: 'Individualistic school culture, oriented towards equality',
    },
  },
  {
    id: 'externe-normen',
    kind: 'obstacle',
    area: 'individualisme',
    nl: {
      statement: 'We doen vooral wat anderen van buiten de school ons voorschrijven.',
      factor: 'Individualistische schoolcultuur, gericht op het volgen van externe normen',
    },
    en: {
      statement: 'We mostly do what others outside the school prescribe.',
      factor: 'Individualistic school culture, oriented towards following external norms',
    },
  },
  {
    id: 'controle',
    kind: 'obstacle',
    area: 'individualisme',
    nl: {
      statement: 'De nadruk ligt op toezicht en controle.',
      factor: 'Individualistische schoolcultuur, gericht op controle',
    },
    en: {
      statement: 'The emphasis is on supervision and control.',
      factor: 'Individualistic school culture, oriented towards control',
    },
  },
  {
    id: 'privacy',
    kind: 'obstacle',
    area: 'privacy',
    nl: {
      statement: 'Wat er in je klas gebeurt, is jouw zaak: collega’s kijken niet mee.',
      factor: 'Professionele privacy',
    },
    en: {
      statement: 'What happens in your classroom is your business: colleagues do not look in.',
      factor: 'Professional privacy',
    },
  },
];

/** Agreement with a statement, from 1 up (the site's own wording). */
export const descriptors: Record<Lang, readonly string[]> = {
  nl: ['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens'],
  en: ['strongly disagree', 'disagree', 'neutral', 'agree', 'strongly agree'],
};

/**
 * Per area, what a team might discuss when the area is weak, and the modules (slugs under
 * `/modules/`) that help. The build fails when a slug has no page in either language.
 */
// Content, one record per area: alike entry by entry by design, as the statements are.
export const areas: { id: string; modules: string[]; nl: string; en: string }[] = [
  {
    id: 'cultuur',
    modules: ['onderzoekscultuur', 'gespreid-leiderschap'],
    nl: 'Wanneer vragen jullie elkaar om feedback, en wat maakt het veilig om te vertellen wat niet lukte? Spreek één kleine gewoonte af, zoals eens per periode bij elkaar in de les kijken.',
    en: 'When do you ask each other for feedback, and what makes it safe to say what did not work? Agree on one small habit, such as visiting each other’s lessons once a term.',
  },
  {
    id: 'leren',
    modules: ['onderzoekscultuur', 'van-data-naar-wijsheid'],
    nl: 'Wat hebben jullie als leraren dit jaar zelf geleerd, en waar is dat te zien? Kies een vraag uit de eigen praktijk om samen uit te zoeken.',
    en: 'What have you as teachers learned yourselves this year, and where does it show? Pick a question from your own practice to look into together.',
  },
  {
    id: 'relaties',
    modules: ['zeven-kwaliteiten', 'de-paradox'],
    nl: 'Hoe gaan collega’s met elkaar om als iemand het voortouw neemt? Bespreek welke relationele kwaliteiten dan helpen, en hoe je die samen oefent.',
    en: 'How do colleagues treat each other when someone takes the lead? Discuss which relational qualities help then, and how you practise them together.',
  },
  {
    id: 'leiding',
    modules: ['rol-van-de-schoolleider', 'aan-de-slag'],
    nl: 'Hoe merkt een leraar dat de schoolleiding een initiatief ziet en steunt? Bespreek met de schoolleider wat aanmoedigen, erkennen en steunen hier concreet zou betekenen.',
    en: 'How does a teacher notice that the leaders see and back an initiative? Discuss with the school leader what encouraging, recognising and supporting would mean here, in practice.',
  },
  {
    id: 'overleg',
    modules: ['aan-de-slag', 'aangrijpingspunten-en-valkuilen'],
    nl: 'Waar en wanneer is er tijd om samen over onderwijs te praten, los van de praktische zaken? Kijk wat er in de jaarplanning te schuiven valt.',
    en: 'Where and when is there time to talk about teaching together, apart from practical matters? See what can be moved in the year plan.',
  },
  {
    id: 'individualisme',
    modules: ['de-paradox', 'gespreid-leiderschap'],
    nl: 'Mag bij jullie één collega meer invloed krijgen dan de rest, en wie bepaalt wat goed onderwijs is: jullie zelf of anderen van buiten? Bespreek één voorbeeld waarin een collega het voortouw nam en hoe daarop werd gereageerd.',
    en: 'May one colleague gain more influence than the rest here, and who decides what good teaching is: you or people outside the school? Discuss one example of a colleague taking the lead and how others responded.',
  },
  {
    id: 'privacy',
    modules: ['de-paradox', 'vier-vormen'],
    nl: 'Hoe open staan jullie klasdeuren? Bespreek onder welke voorwaarden meekijken bij een collega prettig en leerzaam is.',
    en: 'How open are your classroom doors? Discuss under what conditions a colleague looking in would feel welcome and useful.',
  },
];
