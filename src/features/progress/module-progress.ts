/**
 * What counts as progress in a module, the one rule Mijn werk, the dossier and the reading
 * marks of the sidebar and the module cards share: a module is started once the reader has
 * given any answer on its page, and finished once every one of its reflection questions has an
 * answer. Plain functions only, so that the marks' small script can carry them.
 */
import { originalIdOf } from '../../lib/conflict-copies';
import { sitePath } from '../../lib/site-path';

/** `/en/modules/x/` and `/modules/x/` are one module, and so is `/modules/x/index.html` (kept by older versions). */
export const moduleKey = (path: string) => (sitePath(path) ?? path).replace(/^\/en\//, '/');

/** A reflection question answered; a conflict copy is a second version of an answer, not one more answered question. */
export const isAnsweredReflection = (answer: { id: string; widget: string; text: string }) =>
  answer.widget === 'reflectie-vragen' && answer.text.trim() !== '' && originalIdOf(answer.id) === null;

/** Whether a module asking `questions` reflection questions, `answered` of them answered, is finished. */
export const isFinished = (answered: number, questions: number) => questions > 0 && answered >= questions;
