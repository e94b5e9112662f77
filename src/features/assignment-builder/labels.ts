import { problemLabelKeys } from '../assignments/problem-text';

/** The `assignment.` UI strings `<assignment-builder>` reads, handed over by `OpdrachtSamenstellen.astro`. */
export const assignmentBuilderLabelKeys = [
  'linkReady',
  'linkMissing',
  'untitled',
  'due',
  'read',
  'copied',
  'copyFailed',
  'qrLoading',
  'qrFailed',
  'showQr',
  'hideQr',
  'qrLabel',
  'qrTooLong',
  'cartridgeLoading',
  'cartridgeFailed',
  'cartridgeOpen',
  'cartridgePrivacy',
  'exported',
  'reopenButton',
  'reopenReplace',
  'reopenReplaces',
  'reopened',
  'reopenedWithProblems',
  'reopenFailed',
  'reopenNewer',
  ...problemLabelKeys,
] as const;
export type AssignmentBuilderLabel = (typeof assignmentBuilderLabelKeys)[number];
