/**
 * What the element reads from and writes into a card of `SortCard.astro`: an example card
 * (`data-card`, with its answer, title and explanation in data attributes) or a card of one of
 * the reader's own practices (`data-own`, copied from the `<template>` and named here).
 */
import { part, parts } from '../runtime/parts';
import { checkPlacement, feedbackKeys, isCellId, type CellId, type FeedbackKey } from './sorting';

/** The two kinds of card, which are also the widget's two modes. */
export type Kind = 'examples' | 'own';
export const isKind = (value: unknown): value is Kind => value === 'examples' || value === 'own';

export const cardKind = (card: HTMLElement): Kind => (card.dataset['card'] ? 'examples' : 'own');
/** The card id (`cards.ts`) or the practice id (`eigen-…`). */
export const cardKey = (card: HTMLElement) => card.dataset['card'] ?? card.dataset['own'] ?? '';
export const cardTitle = (card: HTMLElement) => card.dataset['title'] ?? '';
/** The list box that says which cell the card is in. */
export const cardSelect = (card: HTMLElement) => part<HTMLSelectElement>(card, 'select');

/** The cell an example card belongs in, as its markup says. */
export function cardAnswer(card: HTMLElement): CellId {
  const answer = card.dataset['answer'];
  if (!isCellId(answer)) throw new Error(`card ${cardKey(card)} lacks a cell in data-answer`);
  return answer;
}

/**
 * Shows on an example card whether `cell` is right and why, and returns that explanation;
 * `null` (the card is back on the stack) hides it and returns ''.
 */
export function explainPlacement(
  card: HTMLElement,
  cell: CellId | null,
  label: (key: FeedbackKey) => string,
): string {
  const feedback = part(card, '[data-feedback]');
  feedback.hidden = cell === null;
  if (cell === null) return '';
  const check = checkPlacement(cardAnswer(card), cell);
  const [verdict = '', ...hints] = feedbackKeys(check).map(label);
  const explain = [...hints, card.dataset['why']].join(' ');
  feedback.dataset['right'] = String(check.right);
  part(feedback, '[data-verdict]').textContent = verdict;
  part(feedback, '[data-explain]').textContent = explain;
  return `${verdict} ${explain}`;
}

/** A new card for one of the reader's practices, from the template; `selectId` makes its list box's id unique. */
export function newOwnCard(template: HTMLTemplateElement, practiceId: string, selectId: string): HTMLElement {
  const card = document.importNode(template.content, true).firstElementChild;
  if (!(card instanceof HTMLElement)) throw new Error('the own card template holds no card');
  card.dataset['own'] = practiceId;
  cardSelect(card).id = selectId;
  part<HTMLLabelElement>(card, 'label').htmlFor = selectId;
  return card;
}

/** Writes the practice on its card: as its title, and in the names of its list box and buttons. */
export function nameOwnCard(card: HTMLElement, practice: string) {
  card.dataset['title'] = practice;
  part(card, '[data-practice]').textContent = practice;
  part(card, '[data-practice-label]').textContent = `${practice}: `;
  parts(card, '[data-practice-name]').forEach((name) => (name.textContent = ` ${practice}`));
}
