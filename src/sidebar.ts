import type { StarlightUserConfig } from '@astrojs/starlight/types';

/** The course, grouped by theme. Items are slugs; Starlight shows each in the reader's language. */
export const sidebar: NonNullable<StarlightUserConfig['sidebar']> = [
  {
    label: 'Teacher leadership',
    translations: { en: 'Teacher leadership' },
    items: [{ slug: 'modules/wat-is-teacher-leadership' }],
  },
];
