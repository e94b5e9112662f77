/** Reading and setting the radios of a `RatingRow.astro`, for the scans' elements. */
import { describe, isRating, type Rating } from '../rating/rating-scale';
import { parts } from './parts';

export const ratingRows = (root: Element): HTMLFieldSetElement[] =>
  parts<HTMLFieldSetElement>(root, 'fieldset[data-rating-item]');

/** The row's item id; every row has one, as `ratingRows` finds rows by it. */
export const rowItem = (row: HTMLFieldSetElement): string => row.dataset['ratingItem'] ?? '';

export const rowLegend = (row: HTMLFieldSetElement): string =>
  row.querySelector('legend')?.textContent?.trim() ?? '';

export function rowRating(row: HTMLFieldSetElement): Rating | undefined {
  const value = Number(row.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value);
  return isRating(value) ? value : undefined;
}

/** Shows `rating` (or none) in the radios and in the printed line, e.g. "4 eens". */
export function showRowRating(
  row: HTMLFieldSetElement,
  rating: Rating | undefined,
  descriptors: readonly string[],
) {
  for (const radio of row.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
    radio.checked = Number(radio.value) === rating;
  const print = row.querySelector<HTMLElement>('[data-rating-print]');
  if (print) print.textContent = rating === undefined ? '' : `${rating} ${describe(rating, descriptors)}`;
  row.toggleAttribute('data-rated', rating !== undefined);
}
