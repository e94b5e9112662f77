import { dossierOutlineKeys } from './dossier';

/** The `dossier.` UI strings `<bekwaamheids-dossier>` reads, handed over by `Dossier.astro`. */
export const dossierLabelKeys = [...dossierOutlineKeys, 'wordLoading', 'wordFailed', 'exported'] as const;
export type DossierLabel = (typeof dossierLabelKeys)[number];
