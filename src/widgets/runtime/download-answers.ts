import type { AnswerStore } from '../../lib/answer-store';
import { toAnswersFile, toNewerAnswersFile } from '../../lib/answers-file';
import { noteSetting } from '../../lib/storage-settings';
import { datedFileName, download } from './download';
import { browserStorage } from './page-store';

/**
 * Offers everything the store holds (in memory too, when storage failed) as the re-importable
 * JSON file; returns its name. When the stored answers are a newer version's, which this page
 * cannot read, the file holds those, as stored, for that version to import.
 *
 * Every such download is the reader's backup, whichever button made it, and is noted as one
 * (`backupAt`, for Mijn werk's 7-day offer); a Word or Markdown file does not re-import, so it is none.
 */
export function downloadAnswers(store: AnswerStore): string {
  const now = new Date();
  const name = datedFileName('json', now);
  const newer = store.problems().find((problem) => problem.kind === 'newer-version');
  download(
    name,
    newer
      ? toNewerAnswersFile(newer.raw, now)
      : toAnswersFile({ answers: store.answers(), visits: store.visits() }, now),
    'application/json',
  );
  noteSetting(browserStorage(), 'backupAt', now);
  return name;
}
