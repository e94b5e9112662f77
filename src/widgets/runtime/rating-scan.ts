import { AnswerWidget } from './answer-widget';
import { part } from './parts';
import { ratingRows, rowItem, rowRating, showRowRating } from './rating-row';
import type { Rating } from '../rating/rating-scale';
import type { RatingScanLabel } from './rating-scan-labels';
import { wireCardMaker } from '../../features/teamprofiel/card-maker';

/** What the component hands every rating scan in `data-config` (a scan adds its own fields). */
export interface RatingScanConfig {
  /** The set id: answers are `<set>#<item>`. */
  set: string;
  /** The scale's five descriptors, from 1 up. */
  descriptors: string[];
}

/**
 * What the rating scans (`<zeven-kwaliteiten-scan>`, `<condities-scan>`) share: rows of
 * `RatingRow.astro` radios, the ratings they show, a status line, and a yes/no question
 * before something is overwritten or deleted. A scan says what a changed row means
 * (`rowChanged`), how the stored answers become ratings (`restore`) and what it shows from
 * them.
 *
 * The markup it works on, inside the element (the frame of it is `parts/RatingScanFrame.astro`):
 * `fieldset[data-rating-item]` rows; `[data-result]`, hidden until the script runs;
 * `[data-status]` (`role="status"`);
 * `[data-confirm]` (hidden) with `[data-confirm-yes]` and `[data-confirm-no]` buttons, as
 * `parts/ConfirmQuestion.astro` draws it; and, where the scan offers one, the team card part
 * (`features/teamprofiel/TeamCardMaker.astro`), which makes a card of the ratings.
 */
export abstract class RatingScan<Config extends RatingScanConfig, Label extends string> extends AnswerWidget<
  Label | RatingScanLabel
> {
  protected readonly config: Config = JSON.parse(this.dataset['config'] ?? '{}');
  #rows: HTMLFieldSetElement[] = [];
  #wired = false;
  /** What to do with the reader's answer to the question showing, and where focus goes back to. */
  #asking: { answer: (yes: boolean) => void; returnTo: HTMLElement } | null = null;

  /** The reader changed the rating in `row`. */
  protected abstract rowChanged(row: HTMLFieldSetElement): void;

  /** Sets the scan's own listeners, once. */
  protected abstract wire(): void;

  override connectedCallback() {
    if (!this.#wired) {
      this.#wired = true;
      this.#rows = ratingRows(this);
      part(this, '[data-result]').hidden = false;
      for (const row of this.#rows) row.addEventListener('change', () => this.rowChanged(row));
      part(this, '[data-confirm-yes]').addEventListener('click', () => this.#answered(true));
      part(this, '[data-confirm-no]').addEventListener('click', () => this.#answered(false));
      const teamCard = this.querySelector<HTMLElement>('[data-team-card]');
      if (teamCard)
        wireCardMaker(
          teamCard,
          () => this.ratings(),
          (text) => this.status(text),
        );
      this.wire();
    }
    super.connectedCallback();
  }

  protected get rows(): readonly HTMLFieldSetElement[] {
    return this.#rows;
  }

  protected answerId(item: string): string {
    return `${this.config.set}#${item}`;
  }

  /** The ratings the radios show now, by item id; unrated items are absent. */
  protected ratings(): Record<string, Rating> {
    const ratings: Record<string, Rating> = {};
    for (const row of this.#rows) {
      const rating = rowRating(row);
      if (rating !== undefined) ratings[rowItem(row)] = rating;
    }
    return ratings;
  }

  /** Shows `rating` (or none) in a row: its radios and its printed line. */
  protected showRating(row: HTMLFieldSetElement, rating: Rating | undefined) {
    showRowRating(row, rating, this.config.descriptors);
  }

  /**
   * Shows stored ratings in the rows `only` lets through (every row by default); says
   * whether any row changed.
   */
  protected restoreRows(
    ratingOf: (item: string) => Rating | undefined,
    only: (row: HTMLFieldSetElement) => boolean = () => true,
  ): boolean {
    let changed = false;
    for (const row of this.#rows.filter(only)) {
      const rating = ratingOf(rowItem(row));
      if (rating === rowRating(row)) continue;
      this.showRating(row, rating);
      changed = true;
    }
    return changed;
  }

  protected status(text: string) {
    part(this, '[data-status]').textContent = text;
  }

  /** Shows the yes/no question (its text is the scan's) and hands the reader's answer on; focus returns to `returnTo`. */
  protected ask(returnTo: HTMLElement, answer: (yes: boolean) => void) {
    this.#asking = { answer, returnTo };
    part(this, '[data-confirm]').hidden = false;
    part(this, '[data-confirm-yes]').focus();
  }

  #answered(yes: boolean) {
    const asking = this.#asking;
    this.#asking = null;
    part(this, '[data-confirm]').hidden = true;
    if (!asking) return;
    asking.returnTo.focus();
    asking.answer(yes);
  }
}
