/**
 * The course as data: its themes with their modules, the workshop kits and the audience
 * routes, by slug and in the order a reader would take them. The sidebar (`sidebar.ts`),
 * the page schema, the search filters, the assignment catalogue and the portfolio all read
 * this file; none of them reads the navigation.
 */

/**
 * The course's modules by theme (the parts of the course): an id that names the part in markup
 * (`data-part`, whose colour `src/styles/palette.css` gives), Dutch label, English label, module slugs.
 */
export const themes = [
  {
    id: 'teacher-leadership',
    label: 'Teacher leadership',
    english: 'Teacher leadership',
    modules: ['waarom-teacher-leadership', 'wat-is-teacher-leadership', 'vier-vormen', 'de-paradox'],
  },
  {
    id: 'onderzoek-en-praktijk',
    label: 'Onderzoek en praktijk',
    english: 'Research and practice',
    modules: [
      'effecten-en-condities',
      'in-nederland',
      'zeven-kwaliteiten',
      'aangrijpingspunten-en-valkuilen',
      'andere-actoren',
    ],
  },
  {
    id: 'gespreid-leiderschap',
    label: 'Gespreid leiderschap',
    english: 'Distributed leadership',
    modules: ['gespreid-leiderschap', 'rol-van-de-schoolleider', 'aan-de-slag'],
  },
  {
    id: 'onderzoekscultuur',
    label: 'Onderzoekscultuur',
    english: 'Research culture',
    modules: ['onderzoekscultuur', 'van-data-naar-wijsheid'],
  },
] as const;

export type ModuleSlug = (typeof themes)[number]['modules'][number];
export type Theme = (typeof themes)[number];

/** The theme (part of the course) a module belongs to, or `undefined` for a slug that is no module. */
export const themeOfModule = (slug: string): Theme | undefined =>
  themes.find((theme) => (theme.modules as readonly string[]).includes(slug));

/** Every module's slug, in course order. */
export const courseModules: readonly ModuleSlug[] = themes.flatMap((theme) => theme.modules);

/** The workshop kits (werkvormen): team sessions built on the modules, in course order. */
export const workshopKits = [
  'vier-vormen-in-onze-school',
  'paradox-dialoog',
  'gesprek-zeven-kwaliteiten',
  'stap-terug-stap-vooruit',
  'expertisekaart-maken',
  'van-data-naar-wijsheid',
] as const;

/** The landing pages that guide each audience to the right modules, kits and tools. */
export const audienceRoutes = ['voor-lerarenopleiders', 'voor-schoolleiders', 'voor-leraren'] as const;

export type AudienceRoute = (typeof audienceRoutes)[number];

/** Whether a page slug is one of the audience landing pages. */
export const isAudienceRoute = (slug: string): slug is AudienceRoute =>
  (audienceRoutes as readonly string[]).includes(slug);
