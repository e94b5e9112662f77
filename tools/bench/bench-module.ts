/**
 * A generated course module for the build-time benchmark: Dutch frontmatter as the schema asks,
 * headings, paragraphs of filler text, internal links (to real pages and to its neighbours)
 * and reflection questions at the end, as every real module has. Deterministic, so
 * every run builds the same pages.
 */
const words = (
  'leraar school team leiding onderwijs leerling collega ontwikkeling onderzoek praktijk ' +
  'gesprek keuze ruimte vertrouwen expertise verandering vraag doel rol cultuur besluit ' +
  'verbetering initiatief samenwerking eigenaarschap invloed regie les klas ouders bestuur ' +
  'kennis ervaring inzicht verantwoordelijkheid afspraak werkgroep plan resultaat aandacht'
).split(' ');
const verbs =
  'neemt deelt bespreekt onderzoekt verbetert kiest ondersteunt versterkt verkent begeleidt'.split(' ');

function sentence(seed: number): string {
  const pick = (list: string[], i: number) => list[(seed * 31 + i * 17) % list.length]!;
  const length = 8 + (seed % 7);
  const body = Array.from({ length }, (_, i) => (i === 2 ? pick(verbs, i) : pick(words, i))).join(' ');
  return `${body[0]!.toUpperCase()}${body.slice(1)}.`;
}

const paragraph = (seed: number) => Array.from({ length: 5 }, (_, i) => sentence(seed * 5 + i)).join(' ');

export const benchModuleSlug = (n: number) => `bench-${String(n).padStart(4, '0')}`;

/** Module `n` of `total` (1-based), linking to the next one so that every link resolves. */
export function benchModule(n: number, total: number): string {
  const next = benchModuleSlug((n % total) + 1);
  const sections = [
    'Waar het om gaat',
    'Een voorbeeld uit de praktijk',
    'Wat het onderzoek zegt',
    'Wat je kunt doen',
    'Valkuilen',
    'Samenvatting',
  ];
  return [
    '---',
    'kind: module',
    `title: Benchmarkmodule ${n}`,
    `description: Gegenereerde module ${n} om te meten hoe de bouwtijd groeit.`,
    'goals:',
    '  - Je kunt uitleggen waar deze gegenereerde module over gaat.',
    'minutes: 8',
    'audiences: [leraar, schoolleider]',
    'covers: [TL1]',
    // Reflection questions are frontmatter data, and every module has some (src/site/page-schema.ts).
    'reflections:',
    `  - id: ${benchModuleSlug(n)}`,
    '    questions:',
    `      - { id: 0, text: ${sentence(n)} }`,
    `      - { id: 1, text: ${sentence(n + 1)} }`,
    '---',
    '',
    "import Reflectie from '~/widgets/reflectie-vragen/Reflectie.astro';",
    '',
    ...sections.flatMap((heading, i) => [
      `## ${heading}`,
      '',
      paragraph(n * 10 + i * 3),
      '',
      paragraph(n * 10 + i * 3 + 1),
      '',
      i === 1
        ? `Lees ook [teacher leadership](/begrippen/#teacher-leadership), de module [Vier vormen](/modules/vier-vormen/) en [de volgende module](/modules/${next}/).`
        : paragraph(n * 10 + i * 3 + 2),
      '',
    ]),
    '## Om over na te denken',
    '',
    `<Reflectie id="${benchModuleSlug(n)}" />`,
    '',
  ].join('\n');
}
