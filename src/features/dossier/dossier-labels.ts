import { dossierOutlineKeys } from './dossier-outline';

/** The `dossier.` UI strings `<bekwaamheids-dossier>` reads, handed over by `Dossier.astro`. */
export const dossierLabelKeys = [
  ...dossierOutlineKeys,
  'wordLoading',
  'wordFailed',
  'printFailed',
  'exported',
] as const;
export type DossierLabel = (typeof dossierLabelKeys)[number];
