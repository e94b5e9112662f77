import { labelsFor, savingKeys } from './labels';

/**
 * The labels every choice widget hands its element (see `choice-widget.ts`): how a saved
 * answer is reported, and the words that join an answer's text. Each widget adds its own.
 */
export const choiceLabels = (t: App.Locals['t']) => ({
  ...labelsFor(t, 'reflection', savingKeys),
  ...labelsFor(t, 'choice', ['unreadable', 'noChoice', 'argumentsWord', 'noteWord']),
});
