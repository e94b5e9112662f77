import { labelsFor } from './labels';

/** What a rating scan says as it saves a rating (`reflection.*`); each scan adds its own labels. */
export const ratingScanKeys = ['saved', 'notKept', 'updatedElsewhere'] as const;
export type RatingScanLabel = (typeof ratingScanKeys)[number];

/** The labels every rating scan hands its element (see `rating-scan.ts`). */
export const ratingScanLabels = (t: App.Locals['t']) => labelsFor(t, 'reflection', ratingScanKeys);
