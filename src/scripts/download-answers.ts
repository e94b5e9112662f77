import type { AnswerStore } from '../lib/answer-store';
import { toAnswersFile } from '../lib/answers-file';
import { datedFileName, download } from './download';

/** Offers everything the store holds (in memory too, when storage failed) as the re-importable JSON file. */
export function downloadAnswers(store: AnswerStore) {
  const now = new Date();
  download(datedFileName('json', now), toAnswersFile({ answers: store.answers(), visits: store.visits() }, now), 'application/json');
}
