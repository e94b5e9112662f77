import type { StarlightUserConfig } from '@astrojs/starlight/types';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** A sidebar group of modules; Starlight shows each module's title in the reader's language. */
function theme(label: string, english: string, modules: string[]): Sidebar[number] {
  return { label, translations: { en: english }, items: modules.map((slug) => ({ slug: `modules/${slug}` })) };
}

/** The course's modules by theme, in the order a reader would take them: label, English label, slugs. */
const themes: [string, string, string[]][] = [
  ['Teacher leadership', 'Teacher leadership', [
    'waarom-teacher-leadership',
    'wat-is-teacher-leadership',
    'vier-vormen',
    'de-paradox',
  ]],
  ['Onderzoek en praktijk', 'Research and practice', [
    'effecten-en-condities',
    'in-nederland',
    'zeven-kwaliteiten',
    'aangrijpingspunten-en-valkuilen',
    'andere-actoren',
  ]],
  ['Gespreid leiderschap', 'Distributed leadership', [
    'gespreid-leiderschap',
    'rol-van-de-schoolleider',
    'aan-de-slag',
  ]],
  ['Onderzoekscultuur', 'Research culture', ['onderzoekscultuur', 'van-data-naar-wijsheid']],
];

/** Every module's slug, in course order. */
export const courseModules = themes.flatMap(([, , modules]) => modules);

/** The workshop kits (werkvormen): team sessions built on the modules, in course order. */
export const workshopKits = [
  'vier-vormen-in-onze-school',
  'paradox-dialoog',
  'gesprek-zeven-kwaliteiten',
  'stap-terug-stap-vooruit',
  'expertisekaart-maken',
  'van-data-naar-wijsheid',
];

/** The landing pages that guide each audience to the right modules, kits and tools. */
export const audienceRoutes = ['voor-lerarenopleiders', 'voor-schoolleiders', 'voor-leraren'];

export const sidebar: Sidebar = [
  { label: 'Routes', translations: { en: 'Routes' }, items: audienceRoutes.map((slug) => ({ slug })) },
  ...themes.map(([label, english, modules]) => theme(label, english, modules)),
  {
    label: 'Werkvormen',
    translations: { en: 'Workshop kits' },
    items: [
      { slug: 'werkvormen', label: 'Overzicht', translations: { en: 'Overview' } },
      ...workshopKits.map((slug) => ({ slug: `werkvormen/${slug}` })),
    ],
  },
  { slug: 'mijn-werk' },
  { slug: 'opdracht-samenstellen' },
  {
    label: 'Naslag',
    translations: { en: 'Reference' },
    items: [{ slug: 'begrippen' }, { slug: 'bronnen' }, { slug: 'over-deze-site' }],
  },
];
