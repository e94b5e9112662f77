/** The `dossier.record.` UI strings `<deelname-vastleggen>` reads, handed over by `SessionRecorder.astro`. */
export const sessionRecorderKeys = ['saved', 'notKept', 'prompt', 'loadFailed'] as const;
export type SessionRecorderLabel = (typeof sessionRecorderKeys)[number];
