/**
 * The bekwaamheidsdossier as Word or printed, loaded at the reader's first click on either:
 * the outline, the print view and the Word wrapper are not needed to show Mijn werk.
 */
import { fillIn } from '../../lib/fill-in';
import { datedFileName } from '../../widgets/runtime/download';
import { downloadWord } from '../mijn-werk/download-word';
import type { Dossier } from './dossier';
import type { DossierLabel } from './dossier-labels';
import { dossierOutline } from './dossier-outline';
import { printOutline } from './print-outline';

/** Prints the record, or makes its Word file and resolves to what to say about it. */
export async function exportDossier(
  format: 'docx' | 'print',
  dossier: Dossier,
  labels: Record<DossierLabel, string>,
  lang: string,
  withReflections: boolean,
): Promise<string> {
  const now = new Date();
  const outline = dossierOutline(dossier, (key) => labels[key], lang, now, withReflections);
  if (format === 'print') {
    printOutline(outline, lang);
    return '';
  }
  const name = `bekwaamheidsdossier-${datedFileName('docx', now)}`;
  await downloadWord(name, outline, lang);
  return fillIn(labels.exported, { file: name });
}
