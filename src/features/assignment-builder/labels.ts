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
] as const;
export type AssignmentBuilderLabel = (typeof assignmentBuilderLabelKeys)[number];
