import type { AnswerStore } from '../../lib/answer-store';
import { toAnswersFile, toNewerAnswersFile } from '../../lib/answers-file';
import { datedFileName, download } from './download';

/**
 * Offers everything the store holds (in memory too, when storage failed) as the re-importable
 * JSON file; returns its name. When the stored answers are a newer version's, which this page
 * cannot read, the file holds those, as stored, for that version to import.
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
  return name;
}
