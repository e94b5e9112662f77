/** The `team.` UI strings `<team-profiel>` reads, handed over by `Teamprofiel.astro`. */
export const teamProfileKeys = [
  'nothingToAdd',
  'added',
  'refused',
  'line',
  'problem.not-a-card',
  'problem.mangled',
  'problem.newer-version',
  'problem.no-scores',
  'problem.too-large',
  'cards_one',
  'cards_other',
  'itemTooFew',
  'column.earlier',
  'saved',
  'savedNone',
  'compared',
  'compareRefused',
  'cleared',
  'restored',
  'notKept',
] as const;
export type TeamProfileLabel = (typeof teamProfileKeys)[number];
