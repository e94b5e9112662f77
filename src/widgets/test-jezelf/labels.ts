import { labelsFor, type SavingLabel } from '../runtime/labels';

/** The UI strings `selfTest.<key>` the element reads (the component's own texts are read in the component). */
export const selfTestKeys = [
  'question',
  'right',
  'wrong',
  'verdictRight',
  'verdictWrong',
  'scoreNone',
  'scorePartial',
  'scoreAll',
  'resetDone',
  'unreadable',
] as const;

/** What it says about saving, shared with the other widgets (`reflection.<key>`). */
export const selfTestSavingKeys = [
  'saved',
  'notKept',
  'updatedElsewhere',
  'deletedElsewhere',
] as const satisfies readonly SavingLabel[];

/** Every label the element can ask for: `AnswerWidget<SelfTestLabel>`. */
export type SelfTestLabel = (typeof selfTestKeys)[number] | (typeof selfTestSavingKeys)[number];

/** The labels `TestJezelf.astro` hands its element in `data-labels`. */
export const selfTestLabels = (t: App.Locals['t']): Record<SelfTestLabel, string> => ({
  ...labelsFor(t, 'selfTest', selfTestKeys),
  ...labelsFor(t, 'reflection', selfTestSavingKeys),
});
