/**
 * Content of the seven-qualities self-scan (`ZevenKwaliteitenScan.astro`). The qualities'
 * full names are the UI strings `figure.qualities.1`..`7`; here are the short names the
 * chart and the summaries use. Quality ids are answer keys: never renumber them.
 */

export type Lang = 'nl' | 'en';

export const qualities = [
  { id: '1', nl: 'Perspectief', en: 'Perspective' },
  { id: '2', nl: 'Visie', en: 'Vision' },
  { id: '3', nl: 'Lef', en: 'Courage' },
  { id: '4', nl: 'Geloof in eigen kunnen', en: 'Self-efficacy' },
  { id: '5', nl: 'Verantwoordelijkheid', en: 'Responsibility' },
  { id: '6', nl: 'Netwerken', en: 'Networks' },
  { id: '7', nl: 'Gunnen', en: 'Granting' },
] as const;

/** What each point of the scale means here, from 1 up (the site's own wording). */
export const descriptors: Record<Lang, readonly string[]> = {
  nl: ['nog nauwelijks', 'af en toe', 'redelijk', 'duidelijk aanwezig', 'sterk en zichtbaar voor anderen'],
  en: ['hardly yet', 'now and then', 'fairly', 'clearly present', 'strong and visible to others'],
};

/** Whom the reader rates: themselves or their team. Stored as `zelf` / `team`. */
export const modes = ['zelf', 'team'] as const;
export type Mode = (typeof modes)[number];

export const momentIds = ['moment-1', 'moment-2'] as const;
