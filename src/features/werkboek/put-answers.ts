/**
 * What the workbook's choice does: reads this browser's answers (`stored-answers.ts`), puts
 * them in place or takes them out (`fill-answers.ts`), and says in plain words what it did.
 * It reaches storage as the widgets do (`browserStorage`), and so shares their code's chunk
 * rather than splitting the store's format into a file of its own that every widget page
 * would then load besides.
 */
import { browserStorage } from '../../widgets/runtime/page-store';
import { fillAnswers } from './fill-answers';
import { storedAnswers } from './stored-answers';

/** The status line after the choice: `labels` are the `workbook.*` strings the controls carry. */
export function workbookAnswers(
  root: ParentNode,
  withAnswers: boolean,
  labels: Record<string, string>,
): string {
  if (!withAnswers) {
    fillAnswers(root, null);
    return labels['taken']!;
  }
  const stored = storedAnswers(browserStorage());
  if ('problem' in stored) {
    fillAnswers(root, null);
    return labels[stored.problem]!;
  }
  const count = fillAnswers(root, stored.answers);
  return count === 0 ? labels['none']! : labels['put']!.replace('{{count}}', String(count));
}
