import type { AnswerStore } from '../../lib/answer-store';
import { toAnswersFile } from '../../lib/answers-file';
import { datedFileName, download } from './download';

/** Offers everything the store holds (in memory too, when storage failed) as the re-importable JSON file; returns its name. */
export function downloadAnswers(store: AnswerStore): string {
  const now = new Date();
  const name = datedFileName('json', now);
  download(
    name,
    toAnswersFile({ answers: store.answers(), visits: store.visits() }, now),
    'application/json',
  );
  return name;
}
