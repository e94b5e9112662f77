import type { StarlightUserConfig } from '@astrojs/starlight/types';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** A sidebar group of modules; Starlight shows each module's title in the reader's language. */
function theme(label: string, english: string, modules: string[]): Sidebar[number] {
  return { label, translations: { en: english }, items: modules.map((slug) => ({ slug: `modules/${slug}` })) };
}

/** The course, grouped by theme, in the order a reader would take it. */
export const sidebar: Sidebar = [
  theme('Teacher leadership', 'Teacher leadership', [
    'waarom-teacher-leadership',
    'wat-is-teacher-leadership',
    'vier-vormen',
    'de-paradox',
  ]),
  theme('Onderzoek en praktijk', 'Research and practice', [
    'effecten-en-condities',
    'in-nederland',
    'zeven-kwaliteiten',
    'aangrijpingspunten-en-valkuilen',
    'andere-actoren',
  ]),
  theme('Gespreid leiderschap', 'Distributed leadership', [
    'gespreid-leiderschap',
    'rol-van-de-schoolleider',
    'aan-de-slag',
  ]),
  theme('Onderzoekscultuur', 'Research culture', ['onderzoekscultuur', 'van-data-naar-wijsheid']),
  {
    label: 'Naslag',
    translations: { en: 'Reference' },
    items: [{ slug: 'begrippen' }, { slug: 'bronnen' }, { slug: 'over-deze-site' }],
  },
];
