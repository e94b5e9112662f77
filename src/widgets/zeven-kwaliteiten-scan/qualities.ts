/**
 * Content of the seven-qualities self-scan (`ZevenKwaliteitenScan.astro`). The qualities'
 * names, full and short, live in `src/course/concepts.ts`; the full names are also the UI
 * strings `figure.qualities.1`..`7` (a test checks they agree). Here are the short names
 * the chart and the summaries use. Quality ids are answer keys: never renumber them.
 */
import { qualities as conceptQualities } from '../../course/concepts';

export type Lang = 'nl' | 'en';

export const qualities = conceptQualities.map((quality) => ({
  id: quality.id,
  nl: quality.nl.short,
  en: quality.en.short,
}));

/** What each point of the scale means here, from 1 up (the site's own wording). */
export const descriptors: Record<Lang, readonly string[]> = {
  nl: ['nog nauwelijks', 'af en toe', 'redelijk', 'duidelijk aanwezig', 'sterk en zichtbaar voor anderen'],
  en: ['hardly yet', 'now and then', 'fairly', 'clearly present', 'strong and visible to others'],
};
