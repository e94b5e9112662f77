/** The labels of the team card part of the scans (`team.card.*`), handed over by `TeamCardMaker.astro`. */
export const cardMakerKeys = ['codeMade', 'downloaded', 'needScores', 'loadFailed'] as const;
export type CardMakerLabel = (typeof cardMakerKeys)[number];
