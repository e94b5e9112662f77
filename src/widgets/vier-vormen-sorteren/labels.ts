/**
 * The `sorter.*` UI strings the component hands its element in `data-labels`. Both sides
 * import this list, so a key that is not handed over is a type error, not an empty message.
 */
export const sorterKeys = [
  'right',
  'wrong',
  'hintFormality',
  'hintScale',
  'score',
  'left',
  'placed',
  'returned',
  'resetDone',
  'notKept',
  'answerText',
  'verdictRight',
  'verdictWrong',
  'examplePrompt',
  'ownEmpty',
  'ownTooLong',
  'ownAdded',
  'ownRemoved',
  'ownPrompt',
  'ownText',
  'unplaced',
  'updatedElsewhere',
] as const;
export type SorterLabel = (typeof sorterKeys)[number];
