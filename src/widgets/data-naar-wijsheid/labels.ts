/**
 * The UI strings of `<data-naar-wijsheid>`, declared once: what the component hands the
 * element in `data-labels` and `data-words`, and what the build-time steps are worded with.
 */
import { labelsFor, savingKeys, type SavingLabel } from '../runtime/labels';
import { GROUPS, normValueKeys, type DecisionWords } from './norms';
import type { ChartWords } from './survey';

/** What the element says (`dataWisdom.*`), beside the saving words of the reflection box (`reflection.*`). */
export const dataWisdomKeys = [
  ...normValueKeys,
  'normsPrompt',
  'normsSaved',
  'normsUnreadable',
  'normsChangedElsewhere',
] as const;
export type DataWisdomLabel = (typeof dataWisdomKeys)[number] | SavingLabel;

export const dataWisdomLabels = (t: App.Locals['t']): Record<DataWisdomLabel, string> => ({
  ...labelsFor(t, 'dataWisdom', dataWisdomKeys),
  ...labelsFor(t, 'reflection', savingKeys),
});

const sentenceKeys = [
  'verdictLine',
  'responseMet',
  'responseShort',
  'noResponse',
  'notCounted',
  'favourMet',
  'favourShort',
  'favourSkipped',
  'summary',
] as const satisfies readonly (keyof DecisionWords)[];

/** The words of the decision and its reasons, at build time and in the element (`data-words`). */
export const decisionWords = (t: App.Locals['t']): DecisionWords => ({
  group: labelsFor(t, 'dataWisdom.group', GROUPS),
  verdict: {
    introduce: t('dataWisdom.verdict.introduce'),
    reject: t('dataWisdom.verdict.reject'),
    'insufficient-response': t('dataWisdom.verdict.insufficient'),
  },
  ...labelsFor(t, 'dataWisdom', sentenceKeys),
});

export const chartWords = (t: App.Locals['t']): ChartWords => ({
  group: labelsFor(t, 'dataWisdom.group', GROUPS),
  ...labelsFor(t, 'dataWisdom', ['chartGroup', 'chartBar', 'for', 'against'] as const),
});
