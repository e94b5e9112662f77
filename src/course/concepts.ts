/**
 * The names of the course's core concepts, in Dutch and English: THE single place these
 * names live. Module headings, figures, scans, kits and hand-outs take them from here (or,
 * for Markdown pages and UI strings, must spell them exactly as here; the test
 * `tests/content/concept-names.test.ts` fails when a page or string differs).
 *
 * Dutch names are the sources' own terms:
 * - the seven qualities: Snoek, Hulsbos & Andersen (2019), summary, section "Kwaliteiten
 *   van leraren en schoolleiders" (TL 439-516; poster TL 630-655). Quality 6 joins the summary's
 *   heading "Netwerken" with its description and the poster's "Interactie en samenwerking".
 * - the four forms of teacher leadership: TL 153-204 and the poster (TL 590-606); the
 *   exploration uses the English terms in Dutch too.
 * - the conditions and obstacles: TL5.3 and TL5.4, "Voorwaarden voor teacher leadership"
 *   (TL 316-349).
 * - the DIKW steps: the GL article's four steps (GL 375-430), which it takes from Ackoff (1989). Ackoff's
 *   own hierarchy has five (data, information, knowledge, understanding, wisdom); the course
 *   uses the article's four.
 * English names are this site's translations; Dutch terms that have no exact English
 * equivalent (gunnen) are glossed in the text, not in the name.
 *
 * Ids are answer keys and anchors: never renumber or rename them.
 * No imports: this module is plain data, usable from Astro, scripts and tests alike.
 */

export type Lang = 'nl' | 'en';

/** The seven qualities in the source's order. `short` is the label for charts and scans. */
// Data, one record per quality (as the lists below are per form, condition and step): alike by design.
export const qualities = [
  {
    id: '1',
    nl: { name: 'Een perspectief dat de eigen werkomgeving overstijgt', short: 'Perspectief' },
    en: { name: "A perspective that goes beyond one's own work setting", short: 'Perspective' },
  },
  {
    id: '2',
    nl: { name: 'Een visie en moreel bewustzijn', short: 'Visie' },
    en: { name: 'A vision and moral awareness', short: 'Vision' },
  },
  {
    id: '3',
    nl: { name: 'Lef, initiatief en ondernemerschap', short: 'Lef' },
    en: { name: 'Courage, initiative and entrepreneurship', short: 'Courage' },
  },
  {
    id: '4',
    nl: { name: 'Geloof in eigen kunnen', short: 'Geloof in eigen kunnen' },
    en: { name: "Belief in one's own ability", short: 'Belief in own ability' },
  },
  {
    id: '5',
    nl: { name: 'Verantwoordelijkheid', short: 'Verantwoordelijkheid' },
    en: { name: 'Responsibility', short: 'Responsibility' },
  },
  {
    id: '6',
    nl: {
      name: 'Netwerken: interactie en samenwerking met anderen binnen en buiten de school',
      short: 'Netwerken',
    },
    en: {
      name: 'Networking: interaction and collaboration with others inside and outside the school',
      short: 'Networking',
    },
  },
  {
    id: '7',
    nl: { name: 'Gunnen en gerichtheid op consensus', short: 'Gunnen' },
    en: { name: 'Granting and a focus on consensus', short: 'Granting' },
  },
] as const;

export type QualityId = (typeof qualities)[number]['id'];

/**
 * Names a page must not use for a quality: earlier drifts of the names above. The names test
 * removes every correct name from a text first (case-insensitive, whitespace collapsed), so a
 * drift that is part of a correct name is not reported; what remains must contain none of
 * these.
 */
export const qualityDrift = {
  nl: [
    'moreel besef',
    'visie en moreel bewustzijn',
    'lef en initiatief',
    'perspectief voorbij de eigen werkomgeving',
    'gericht zijn op consensus',
    'gunnen met oog voor consensus',
    'netwerken: interactie en samenwerking',
  ],
  en: [
    'vision and moral awareness',
    "perspective beyond one's own work",
    'and seeking consensus',
    'granting leadership and',
    'courage and initiative',
    'networks: interaction and collaboration',
    'networking: interaction and collaboration',
  ],
} as const;

/**
 * The four forms of teacher leadership: the two dimensions (formal or informal, individual
 * or collective) give four cells. The names are the exploration's English terms, also used
 * in Dutch.
 */
export const forms = [
  {
    id: 'role-based',
    formal: true,
    collective: false,
    nl: { name: 'Role-based teacher leadership', short: 'Role-based', cell: 'formeel en individueel' },
    en: { name: 'Role-based teacher leadership', short: 'Role-based', cell: 'formal and individual' },
  },
  {
    id: 'collective-role-based',
    formal: true,
    collective: true,
    nl: {
      name: 'Collective role-based teacher leadership',
      short: 'Collective role-based',
      cell: 'formeel en collectief',
    },
    en: {
      name: 'Collective role-based teacher leadership',
      short: 'Collective role-based',
      cell: 'formal and collective',
    },
  },
  {
    id: 'initiators',
    formal: false,
    collective: false,
    nl: { name: 'Initiators', short: 'Initiators', cell: 'informeel en individueel' },
    en: { name: 'Initiators', short: 'Initiators', cell: 'informal and individual' },
  },
  {
    id: 'community-based',
    formal: false,
    collective: true,
    nl: {
      name: 'Community-based teacher leadership',
      short: 'Community-based',
      cell: 'informeel en collectief',
    },
    en: {
      name: 'Community-based teacher leadership',
      short: 'Community-based',
      cell: 'informal and collective',
    },
  },
] as const;

/**
 * Conditions that help teacher leadership (TL5.3). Ids match the statements of
 * `src/data/condities-scan.ts`. `area` groups them as the exploration does: the culture of
 * the school, relations, the leaders, the teachers' own qualities.
 */
export const conditions = [
  {
    id: 'vertrouwen',
    area: 'cultuur',
    nl: 'Openheid en onderling vertrouwen',
    en: 'Openness and mutual trust',
  },
  { id: 'feedback', area: 'cultuur', nl: 'Feedback', en: 'Feedback' },
  { id: 'collegialiteit', area: 'cultuur', nl: 'Collegialiteit', en: 'Collegiality' },
  {
    id: 'leren',
    area: 'cultuur',
    nl: 'Een brede focus op het leren van leerlingen en leraren',
    en: 'A broad focus on the learning of pupils and teachers',
  },
  {
    id: 'relaties',
    area: 'relaties',
    nl: 'Relaties met collega’s en schoolbestuur',
    en: 'Relations with colleagues and the school board',
  },
  {
    id: 'leiding',
    area: 'leiding',
    nl: 'Leidinggevenden die leiderschap van leraren aanmoedigen, erkennen en steunen',
    en: 'Leaders who encourage, recognise and support teacher leadership',
  },
  {
    id: 'relationele-kwaliteiten',
    area: 'leraren',
    nl: 'Kwaliteiten van leraren naast vakexpertise, zoals relaties onderhouden',
    en: 'Qualities of teachers beyond subject expertise, such as maintaining relationships',
  },
  {
    id: 'overleg',
    area: 'leraren',
    nl: 'Ruimte voor overleg en interactie',
    en: 'Room for consultation and interaction',
  },
] as const;

/**
 * Obstacles (TL5.4). The first is the individualistic school culture, with what the
 * exploration says it is oriented on (`parts`: equality, following external norms, control).
 * The second, the norms a teacher in a role-based position runs into, applies above all to
 * role-based teacher leadership (`parts`: equality, professional privacy). The part ids match
 * the obstacle statements of `src/data/condities-scan.ts`.
 */
export const obstacles = [
  {
    id: 'individualistische-schoolcultuur',
    nl: 'Een individualistische schoolcultuur',
    en: 'An individualistic school culture',
    parts: [
      { id: 'gelijkheid', nl: 'gelijkheid', en: 'equality' },
      { id: 'externe-normen', nl: 'het volgen van externe normen', en: 'following external norms' },
      { id: 'controle', nl: 'controle', en: 'control' },
    ],
  },
  {
    id: 'normen-bij-role-based',
    nl: 'Normen van gelijkheid en professionele privacy',
    en: 'Norms of equality and professional privacy',
    parts: [
      { id: 'gelijkheid', nl: 'gelijkheid', en: 'equality' },
      { id: 'privacy', nl: 'professionele privacy', en: 'professional privacy' },
    ],
  },
] as const;

/** The DIKW steps in the GL article's order, lowest first (after Ackoff, 1989). */
export const dikwSteps = [
  { id: 'data', nl: 'data', en: 'data' },
  { id: 'informatie', nl: 'informatie', en: 'information' },
  { id: 'kennis', nl: 'kennis', en: 'knowledge' },
  { id: 'wijsheid', nl: 'wijsheid', en: 'wisdom' },
] as const;

/** The full name of a quality in a language. */
export function qualityName(id: QualityId, lang: Lang): string {
  return qualities.find((quality) => quality.id === id)![lang].name;
}
