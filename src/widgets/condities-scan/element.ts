import { AnswerWidget } from '../runtime/answer-widget';
import { fillIn } from '../../lib/fill-in';
import type { SavedAnswer } from '../../lib/store-data';
import { describe, isRating, type Rating } from '../rating/rating-scale';
import { areasToDiscuss, conditionsProfile, type ScanStatement } from './profile';
import { ratingRows, rowItem, rowLegend, rowRating, showRowRating } from '../runtime/rating-row';

interface Config {
  set: string;
  descriptors: string[];
  statements: (ScanStatement & { factor: string })[];
}

const PICK = { most: 3, least: 2, weakBelow: 3.5 };

class ConditiesScan extends AnswerWidget {
  readonly #config: Config = JSON.parse(this.dataset['config'] ?? '{}');

  override connectedCallback() {
    this.querySelector<HTMLElement>('[data-result]')!.hidden = false;
    for (const row of ratingRows(this)) {
      row.addEventListener('change', () => this.#saveRow(row));
    }
    const confirm = this.querySelector<HTMLElement>('[data-confirm]')!;
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]')!;
    reset.addEventListener('click', () => {
      confirm.hidden = false;
      this.querySelector<HTMLButtonElement>('[data-confirm-yes]')!.focus();
    });
    this.querySelector('[data-confirm-yes]')!.addEventListener('click', () => {
      confirm.hidden = true;
      reset.focus();
      this.#reset();
    });
    this.querySelector('[data-confirm-no]')!.addEventListener('click', () => {
      confirm.hidden = true;
      reset.focus();
      this.#status(this.label('resetKept'));
    });
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    let changed = false;
    for (const row of ratingRows(this)) {
      const id = this.#answerId(rowItem(row));
      if (changedIds && !changedIds.includes(id)) continue;
      const value = answers[id]?.value;
      const rating = typeof value === 'object' && value !== null && !Array.isArray(value) && isRating(value['rating']) ? value['rating'] : undefined;
      if (rating === rowRating(row)) continue;
      showRowRating(row, rating, this.#config.descriptors);
      changed = true;
    }
    if (changedIds && changed) this.#status(this.label('updatedElsewhere'));
    this.#render();
  }

  #answerId(item: string) {
    return `${this.#config.set}#${item}`;
  }

  #saveRow(row: HTMLFieldSetElement) {
    const rating = rowRating(row);
    if (rating === undefined) return;
    showRowRating(row, rating, this.#config.descriptors);
    const statement = rowLegend(row);
    const kept = this.save(this.#answerId(rowItem(row)), {
      value: { rating },
      text: `${statement.replace(/[.!?]$/, '')}: ${describe(rating, this.#config.descriptors)} (${rating})`,
      prompt: statement,
    });
    this.#status(this.label(kept ? 'saved' : 'notKept'));
    this.#render();
  }

  #reset() {
    const rows = ratingRows(this);
    const kept = this.forget(rows.map((row) => this.#answerId(rowItem(row))));
    for (const row of rows) showRowRating(row, undefined, this.#config.descriptors);
    this.#status(kept ? this.label('resetDone') : `${this.label('resetDone')} ${this.label('notKept')}`);
    this.#render();
  }

  #ratings(): Record<string, Rating> {
    const ratings: Record<string, Rating> = {};
    for (const row of ratingRows(this)) {
      const rating = rowRating(row);
      if (rating !== undefined) ratings[rowItem(row)] = rating;
    }
    return ratings;
  }

  /** The profile, lists and suggestions, from the radios as they are now. */
  #render() {
    const { statements } = this.#config;
    const profile = conditionsProfile(statements, this.#ratings());
    this.querySelector('[data-rated-count]')!.textContent = fillIn(this.label('rated'), { count: profile.rated, total: statements.length });
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = profile.rated > 0;
    this.querySelector<HTMLElement>('[data-profile]')!.hidden = profile.rated === 0;
    const factor = (id: string) => statements.find((statement) => statement.id === id)?.factor ?? id;
    this.#fillList('strong', profile.strongConditions.map(factor));
    this.#fillList('weighing', profile.weighingObstacles.map(factor));

    const list = this.querySelector<HTMLOListElement>('[data-suggestions]')!;
    const picked = areasToDiscuss(profile.areas, PICK);
    for (const item of list.querySelectorAll<HTMLLIElement>('li[data-area]')) item.hidden = !picked.includes(item.dataset['area']!);
    // Weakest first: move the picked items to the end of the list in that order.
    for (const area of picked) list.append(list.querySelector(`li[data-area="${area}"]`)!);
  }

  #fillList(name: string, texts: string[]) {
    const list = this.querySelector<HTMLUListElement>(`[data-list="${name}"]`)!;
    list.replaceChildren(
      ...texts.map((text) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      }),
    );
    list.hidden = texts.length === 0;
    this.querySelector<HTMLElement>(`[data-none="${name}"]`)!.hidden = texts.length > 0;
  }

  #status(text: string) {
    this.querySelector('[data-status]')!.textContent = text;
  }
}

customElements.define('condities-scan', ConditiesScan);
