/** The `feedback.` UI strings the class overview's feedback fields and `<feedback-inzien>` read. */
export const feedbackEditorLabelKeys = [
  'itemLabel',
  'saved',
  'removed',
  'notKept',
  'none',
  'noneForClass',
  'downloaded',
] as const;
export type FeedbackEditorLabel = (typeof feedbackEditorLabelKeys)[number];

export const feedbackViewerLabelKeys = [
  'untitled',
  'forStudent',
  'note',
  'yourAnswer',
  'answerGone',
  'itemFeedback',
  'remove',
  'opened',
  'replaced',
  'removedHere',
  'notKeptOpened',
  'empty',
  'refused.too-large',
  'refused.not-json',
  'refused.foreign',
  'refused.newer-version',
  'refused.bad-shape',
  'refused.bad-assignment',
  'refused.other-assignment',
  'refused.other-language',
  'refused.unreadable',
] as const;
export type FeedbackViewerLabel = (typeof feedbackViewerLabelKeys)[number];
