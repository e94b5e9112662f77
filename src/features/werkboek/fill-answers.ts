/**
 * Puts the reader's own answers into the workbook's places for them, or takes them out again.
 * Text goes in with `textContent` only: answers are what readers typed, never markup.
 */
import type { SavedAnswer } from '../../lib/store-data';
import { exerciseAnswers } from './stored-answers';

/** Fills (or with `null` empties) every answer place under `root`; returns how many answers it put in. */
export function fillAnswers(root: ParentNode, answers: Record<string, SavedAnswer> | null): number {
  let count = 0;
  for (const place of root.querySelectorAll<HTMLElement>('[data-werkboek-answer]')) {
    const text = answers?.[place.dataset['werkboekAnswer']!]?.text.trim() ?? '';
    place.textContent = text;
    if (text) count += 1;
  }
  for (const place of root.querySelectorAll<HTMLElement>('[data-werkboek-exercise]')) {
    const items = answers ? exerciseAnswers(answers, place.dataset['werkboekExercise']!) : [];
    place.replaceChildren(...items.map(answerItem));
    count += items.length;
  }
  return count;
}

/**
 * One answer of an exercise: what was asked, as the reader saw it, and what they answered. Many
 * an exercise words its answer starting with what was asked ("Teamleider: formeel en …"); then
 * the answer says it once.
 */
function answerItem({ prompt, text }: SavedAnswer): HTMLElement {
  const item = document.createElement('div');
  item.className = 'werkboek-answers__item';
  if (prompt.trim() && !text.startsWith(prompt.trim())) {
    const asked = document.createElement('p');
    asked.className = 'werkboek-answers__prompt';
    asked.textContent = prompt;
    item.append(asked);
  }
  const answered = document.createElement('p');
  answered.className = 'werkboek-answer';
  answered.textContent = text;
  item.append(answered);
  return item;
}
