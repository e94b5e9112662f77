/** The labels `<zeven-kwaliteiten-scan>` uses (`qualitiesScan.*`), besides those every rating scan has. */
export const qualitiesScanKeys = [
  'zelf',
  'team',
  'now',
  'moment-1',
  'moment-2',
  'noScores',
  'chart',
  'unknownDate',
  'momentSaved',
  'needRatings',
  'replaceQuestion',
  'replaceCancelled',
  'promptNow',
  'promptMoment',
] as const;
export type QualitiesScanLabel = (typeof qualitiesScanKeys)[number];
