import { AnswerWidget } from '../runtime/answer-widget';
import { fillIn } from '../../lib/fill-in';
import type { SavedAnswer } from '../../lib/store-data';
import { change, ratingsSummary, type Rating } from '../rating/rating-scale';
import { polygonPath, valuePoints, type Frame } from '../rating/radar-chart';
import { localDay, readSnapshot, signedChange, type ScanMode, type Snapshot } from './scan';
import { ratingRows, rowItem, rowRating, showRowRating } from '../runtime/rating-row';

interface Config {
  set: string;
  lang: string;
  items: { id: string; name: string }[];
  descriptors: string[];
  frame: Frame;
  max: number;
}

const MOMENTS = ['moment-1', 'moment-2'] as const;
type Moment = (typeof MOMENTS)[number];

class ZevenKwaliteitenScan extends AnswerWidget {
  readonly #config: Config = JSON.parse(this.dataset['config'] ?? '{}');
  #moments: Partial<Record<Moment, Snapshot>> = {};
  #replacing: Moment | null = null;

  override connectedCallback() {
    this.querySelectorAll<HTMLElement>('[data-mode], [data-result]').forEach((part) => (part.hidden = false));
    for (const row of ratingRows(this)) {
      row.addEventListener('change', () => {
        showRowRating(row, rowRating(row), this.#config.descriptors);
        this.#saveCurrent();
      });
    }
    this.querySelector('[data-mode]')!.addEventListener('change', () => this.#saveCurrent());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-save-moment]')) {
      button.addEventListener('click', () => this.#askToSave(button.dataset['saveMoment'] as Moment));
    }
    this.querySelector('[data-confirm-yes]')!.addEventListener('click', () => this.#confirm(true));
    this.querySelector('[data-confirm-no]')!.addEventListener('click', () => this.#confirm(false));
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    const ids = this.#config.items.map((item) => item.id);
    const changed = (item: string) => !changedIds || changedIds.includes(this.#answerId(item));
    if (changed('huidig')) {
      const current = readSnapshot(answers[this.#answerId('huidig')]?.value, ids);
      this.#modeInput(current?.mode ?? 'zelf').checked = true;
      for (const row of ratingRows(this)) showRowRating(row, current?.ratings[rowItem(row)], this.#config.descriptors);
      if (changedIds) this.#status(this.label('updatedElsewhere'));
    }
    for (const moment of MOMENTS) {
      if (!changed(moment)) continue;
      const saved = readSnapshot(answers[this.#answerId(moment)]?.value, ids);
      if (saved) this.#moments[moment] = saved;
      else delete this.#moments[moment];
      if (changedIds) this.#status(this.label('updatedElsewhere'));
    }
    this.#render();
  }

  #answerId(item: string) {
    return `${this.#config.set}#${item}`;
  }

  #modeInput(mode: ScanMode) {
    return this.querySelector<HTMLInputElement>(`[data-mode] input[value="${mode}"]`)!;
  }

  #current(): Snapshot {
    const ratings: Record<string, Rating> = {};
    for (const row of ratingRows(this)) {
      const rating = rowRating(row);
      if (rating !== undefined) ratings[rowItem(row)] = rating;
    }
    return { mode: this.#modeInput('team').checked ? 'team' : 'zelf', ratings, date: null };
  }

  /** "Over mezelf: Perspectief 3, Visie 4", the plain-text form of a set of ratings. */
  #summary(snapshot: Snapshot) {
    return `${this.label(snapshot.mode)}: ${ratingsSummary(snapshot.ratings, this.#config.items) || this.label('noScores')}`;
  }

  #date(day: string | null) {
    if (!day) return this.label('unknownDate');
    return new Intl.DateTimeFormat(this.#config.lang, { dateStyle: 'long' }).format(new Date(`${day}T12:00:00`));
  }

  #momentName(moment: Moment) {
    return `${this.label(moment)} (${this.#date(this.#moments[moment]?.date ?? null)})`;
  }

  #saveCurrent() {
    const current = this.#current();
    const kept = this.save(this.#answerId('huidig'), {
      value: { mode: current.mode, ratings: current.ratings },
      text: this.#summary(current),
      prompt: this.label('promptNow'),
    });
    this.#status(this.label(kept ? 'saved' : 'notKept'));
    this.#render();
  }

  #askToSave(moment: Moment) {
    if (Object.keys(this.#current().ratings).length === 0) {
      this.#status(this.label('needRatings'));
      return;
    }
    if (!this.#moments[moment]) {
      this.#saveMoment(moment);
      return;
    }
    this.#replacing = moment;
    this.#render();
    this.querySelector<HTMLElement>('[data-confirm]')!.hidden = false;
    this.querySelector<HTMLButtonElement>('[data-confirm-yes]')!.focus();
  }

  #confirm(replace: boolean) {
    const moment = this.#replacing;
    this.#replacing = null;
    this.querySelector<HTMLElement>('[data-confirm]')!.hidden = true;
    if (!moment) return;
    this.querySelector<HTMLButtonElement>(`[data-save-moment="${moment}"]`)!.focus();
    if (replace) this.#saveMoment(moment);
    else this.#status(fillIn(this.label('replaceCancelled'), { moment: this.#momentName(moment) }));
  }

  #saveMoment(moment: Moment) {
    const snapshot = { ...this.#current(), date: localDay(new Date()) };
    this.#moments[moment] = snapshot;
    const name = this.#momentName(moment);
    const kept = this.save(this.#answerId(moment), {
      value: { mode: snapshot.mode, ratings: snapshot.ratings, date: snapshot.date },
      text: `${name}, ${this.#summary(snapshot)}`,
      prompt: fillIn(this.label('promptMoment'), { moment: this.label(moment) }),
    });
    this.#status(`${fillIn(this.label('momentSaved'), { moment: name })} ${kept ? '' : this.label('notKept')}`.trim());
    this.#render();
  }

  /** Chart, legend, table and confirmation question, from the radios and the moments. */
  #render() {
    const { items, frame, max } = this.#config;
    const current = this.#current();
    const shown: [string, Snapshot | undefined][] = [['huidig', current], ...MOMENTS.map((moment) => [moment, this.#moments[moment]] as [string, Snapshot | undefined])];
    const rated = Object.keys(current.ratings).length > 0;
    this.toggleAttribute('data-has-ratings', rated);
    const description: string[] = [];

    for (const [name, snapshot] of shown) {
      const visible = name === 'huidig' ? rated : snapshot !== undefined;
      const title = name === 'huidig' ? this.label('now') : this.#momentName(name as Moment);
      const path = this.querySelector<SVGPathElement>(`[data-series="${name}"]`)!;
      path.setAttribute('d', visible && snapshot ? polygonPath(valuePoints(items.map((item) => snapshot.ratings[item.id]), max, frame)) : '');
      const legend = this.querySelector<HTMLElement>(`[data-legend="${name}"]`)!;
      legend.hidden = !visible;
      legend.querySelector('[data-legend-text]')!.textContent = snapshot ? `${title}, ${this.label(snapshot.mode).toLowerCase()}` : title;
      this.querySelectorAll<HTMLElement>(`[data-column="${name}"]`).forEach((cell) => (cell.hidden = !visible));
      this.querySelector(`th[data-column="${name}"]`)!.textContent = title;
      for (const item of items) {
        this.querySelector(`[data-row="${item.id}"] [data-column="${name}"]`)!.textContent = String(snapshot?.ratings[item.id] ?? '–');
      }
      if (visible && snapshot) description.push(`${title}, ${this.#summary(snapshot)}`);
    }

    const [first, second] = MOMENTS.map((moment) => this.#moments[moment]);
    const compare = first !== undefined && second !== undefined;
    this.querySelectorAll<HTMLElement>('[data-column="verschil"]').forEach((cell) => (cell.hidden = !compare));
    for (const item of items) {
      const difference = change(first?.ratings[item.id], second?.ratings[item.id]);
      this.querySelector(`[data-row="${item.id}"] [data-column="verschil"]`)!.textContent = difference === null ? '–' : signedChange(difference);
    }
    const chart = this.querySelector('[data-chart]')!;
    chart.setAttribute('aria-label', [this.label('chart'), ...description].join('. ') + (description.length ? '.' : ''));
    if (this.#replacing) {
      this.querySelector('[data-confirm-question]')!.textContent = fillIn(this.label('replaceQuestion'), { moment: this.#momentName(this.#replacing) });
    }
  }

  #status(text: string) {
    this.querySelector('[data-status]')!.textContent = text;
  }
}

customElements.define('zeven-kwaliteiten-scan', ZevenKwaliteitenScan);
