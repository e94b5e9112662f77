/**
 * The labels every choice widget hands its element (see `choice-widget.ts`): how a saved
 * answer is reported, and the words that join an answer's text. Each widget adds its own.
 */
export const choiceLabels = (t: App.Locals['t']) => ({
  saving: t('reflection.saving'),
  saved: t('reflection.saved'),
  notKept: t('reflection.notKept'),
  updatedElsewhere: t('reflection.updatedElsewhere'),
  changedElsewhere: t('reflection.changedElsewhere'),
  deletedElsewhere: t('reflection.deletedElsewhere'),
  unreadable: t('choice.unreadable'),
  noChoice: t('choice.noChoice'),
  argumentsWord: t('choice.argumentsWord'),
  noteWord: t('choice.noteWord'),
});
