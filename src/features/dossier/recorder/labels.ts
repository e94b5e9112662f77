/** The `dossier.record.` UI strings `<deelname-vastleggen>` reads, handed over by `SessionRecorder.astro`. */
export const sessionRecorderKeys = ['saved', 'notKept', 'prompt'] as const;
export type SessionRecorderLabel = (typeof sessionRecorderKeys)[number];
