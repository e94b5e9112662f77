import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { audienceRoutes, themes, workshopKits } from './course';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/**
 * Starlight's sidebar, built from the course (`course.ts`); Starlight shows each page's title in the
 * reader's language. A module's link names its part (`data-part`), by which `src/styles/palette.css`
 * marks the part's group in its colour: Starlight's groups take no attributes of their own. It names
 * its module too (`data-progress`), for the reading marks (`src/features/progress/`).
 */
export const sidebar: Sidebar = [
  { label: 'Routes', translations: { en: 'Routes' }, items: audienceRoutes.map((slug) => ({ slug })) },
  ...themes.map(({ id, label, english, modules }) => ({
    label,
    translations: { en: english },
    items: modules.map((slug) => ({
      slug: `modules/${slug}`,
      attrs: { 'data-part': id, 'data-progress': slug, 'data-mark': 'sidebar' },
    })),
  })),
  {
    label: 'Werkvormen',
    translations: { en: 'Workshop kits' },
    items: [
      { slug: 'werkvormen', label: 'Overzicht', translations: { en: 'Overview' } },
      ...workshopKits.map((slug) => ({ slug: `werkvormen/${slug}` })),
    ],
  },
  { slug: 'mijn-werk' },
  { slug: 'werkboek' },
  { slug: 'opdracht-samenstellen' },
  {
    label: 'Naslag',
    translations: { en: 'Reference' },
    items: [
      { slug: 'begrippen' },
      { slug: 'bronnen' },
      { slug: 'over-de-bronnen' },
      { slug: 'beoordelingscriteria' },
      { slug: 'over-deze-site' },
      { slug: 'privacy' },
      { slug: 'toegankelijkheid' },
    ],
  },
];
