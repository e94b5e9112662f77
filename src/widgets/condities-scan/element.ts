import { RatingScan, type RatingScanConfig } from '../runtime/rating-scan';
import { fillIn } from '../../lib/fill-in';
import type { SavedAnswer } from '../../lib/store-data';
import { describe } from '../rating/rating-scale';
import { areasToDiscuss, conditionsProfile, readRating, type ScanStatement } from './profile';
import { rowItem, rowLegend, rowRating } from '../runtime/rating-row';
import { listItems } from '../runtime/dom';
import { part, parts } from '../runtime/parts';
import type { ConditionsScanLabel } from './labels';

interface Config extends RatingScanConfig {
  statements: (ScanStatement & { factor: string })[];
}

const PICK = { most: 3, least: 2, weakBelow: 3.5 };

class ConditiesScan extends RatingScan<Config, ConditionsScanLabel> {
  protected wire() {
    const reset = part<HTMLButtonElement>(this, '[data-reset]');
    reset.addEventListener('click', () =>
      this.ask(reset, (yes) => {
        if (yes) this.#reset();
        else this.status(this.label('resetKept'));
      }),
    );
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    const changed = this.restoreRows(
      (item) => readRating(answers[this.answerId(item)]?.value),
      (row) => !changedIds || changedIds.includes(this.answerId(rowItem(row))),
    );
    if (changedIds && changed) this.status(this.label('updatedElsewhere'));
    this.#render();
  }

  protected rowChanged(row: HTMLFieldSetElement) {
    const rating = rowRating(row);
    if (rating === undefined) return;
    this.showRating(row, rating);
    const statement = rowLegend(row);
    const kept = this.save(this.answerId(rowItem(row)), {
      value: { rating },
      text: `${statement.replace(/[.!?]$/, '')}: ${describe(rating, this.config.descriptors)} (${rating})`,
      prompt: statement,
    });
    this.status(this.label(kept ? 'saved' : 'notKept'));
    this.#render();
  }

  #reset() {
    const kept = this.forget(this.rows.map((row) => this.answerId(rowItem(row))));
    for (const row of this.rows) this.showRating(row, undefined);
    this.status(kept ? this.label('resetDone') : `${this.label('resetDone')} ${this.label('notKept')}`);
    this.#render();
  }

  /** The profile, lists and suggestions, from the radios as they are now. */
  #render() {
    const { statements } = this.config;
    const profile = conditionsProfile(statements, this.ratings());
    part(this, '[data-rated-count]').textContent = fillIn(this.label('rated'), {
      count: profile.rated,
      total: statements.length,
    });
    part(this, '[data-empty]').hidden = profile.rated > 0;
    part(this, '[data-profile]').hidden = profile.rated === 0;
    const factor = (id: string) => statements.find((statement) => statement.id === id)?.factor ?? id;
    this.#fillList('strong', profile.strongConditions.map(factor));
    this.#fillList('weighing', profile.weighingObstacles.map(factor));

    const list = part<HTMLOListElement>(this, '[data-suggestions]');
    const picked = areasToDiscuss(profile.areas, PICK);
    for (const item of parts<HTMLLIElement>(list, 'li[data-area]'))
      item.hidden = !picked.includes(item.dataset['area'] ?? '');
    // Weakest first: move the picked items to the end of the list in that order.
    for (const area of picked) list.append(part(list, `li[data-area="${area}"]`));
  }

  #fillList(name: string, texts: string[]) {
    const list = part(this, `[data-list="${name}"]`);
    listItems(list, texts);
    list.hidden = texts.length === 0;
    part(this, `[data-none="${name}"]`).hidden = texts.length > 0;
  }
}

customElements.define('condities-scan', ConditiesScan);
