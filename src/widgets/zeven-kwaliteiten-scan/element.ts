import { RatingScan, type RatingScanConfig } from '../runtime/rating-scan';
import { fillIn } from '../../lib/fill-in';
import type { SavedAnswer } from '../../lib/store-data';
import { change, ratingsSummary } from '../rating/rating-scale';
import { polygonPath, valuePoints, type Frame } from '../rating/radar-chart';
import {
  localDay,
  momentIds,
  readSnapshot,
  signedChange,
  type Moment,
  type ScanMode,
  type Snapshot,
} from './scan';
import { part, parts } from '../runtime/parts';
import { rowRating } from '../runtime/rating-row';
import type { QualitiesScanLabel } from './labels';

interface Config extends RatingScanConfig {
  lang: string;
  items: { id: string; name: string }[];
  frame: Frame;
  max: number;
}

class ZevenKwaliteitenScan extends RatingScan<Config, QualitiesScanLabel> {
  #moments: Partial<Record<Moment, Snapshot>> = {};
  #replacing: Moment | null = null;

  protected wire() {
    const modes = part(this, '[data-mode]');
    modes.hidden = false;
    modes.addEventListener('change', () => this.#saveCurrent());
    for (const button of parts<HTMLButtonElement>(this, '[data-save-moment]')) {
      button.addEventListener('click', () => this.#askToSave(button, button.dataset['saveMoment'] as Moment));
    }
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    const ids = this.config.items.map((item) => item.id);
    const changed = (item: string) => !changedIds || changedIds.includes(this.answerId(item));
    if (changed('huidig')) {
      const current = readSnapshot(answers[this.answerId('huidig')]?.value, ids);
      this.#modeInput(current?.mode ?? 'zelf').checked = true;
      this.restoreRows((item) => current?.ratings[item]);
      if (changedIds) this.status(this.label('updatedElsewhere'));
    }
    for (const moment of momentIds) {
      if (!changed(moment)) continue;
      const saved = readSnapshot(answers[this.answerId(moment)]?.value, ids);
      if (saved) this.#moments[moment] = saved;
      else delete this.#moments[moment];
      if (changedIds) this.status(this.label('updatedElsewhere'));
    }
    this.#render();
  }

  protected rowChanged(row: HTMLFieldSetElement) {
    this.showRating(row, rowRating(row));
    this.#saveCurrent();
  }

  #modeInput(mode: ScanMode) {
    return part<HTMLInputElement>(this, `[data-mode] input[value="${mode}"]`);
  }

  #current(): Snapshot {
    return { mode: this.#modeInput('team').checked ? 'team' : 'zelf', ratings: this.ratings(), date: null };
  }

  /** "Over mezelf: Perspectief 3, Visie 4", the plain-text form of a set of ratings. */
  #summary(snapshot: Snapshot) {
    return `${this.label(snapshot.mode)}: ${ratingsSummary(snapshot.ratings, this.config.items) || this.label('noScores')}`;
  }

  #date(day: string | null) {
    if (!day) return this.label('unknownDate');
    return new Intl.DateTimeFormat(this.config.lang, { dateStyle: 'long' }).format(
      new Date(`${day}T12:00:00`),
    );
  }

  #momentName(moment: Moment) {
    return `${this.label(moment)} (${this.#date(this.#moments[moment]?.date ?? null)})`;
  }

  #saveCurrent() {
    const current = this.#current();
    const kept = this.save(this.answerId('huidig'), {
      value: { mode: current.mode, ratings: current.ratings },
      text: this.#summary(current),
      prompt: this.label('promptNow'),
    });
    this.status(this.label(kept ? 'saved' : 'notKept'));
    this.#render();
  }

  #askToSave(button: HTMLButtonElement, moment: Moment) {
    if (Object.keys(this.ratings()).length === 0) {
      this.status(this.label('needRatings'));
      return;
    }
    if (!this.#moments[moment]) {
      this.#saveMoment(moment);
      return;
    }
    this.#replacing = moment;
    this.#render();
    this.ask(button, (replace) => {
      this.#replacing = null;
      if (replace) this.#saveMoment(moment);
      else this.status(fillIn(this.label('replaceCancelled'), { moment: this.#momentName(moment) }));
    });
  }

  #saveMoment(moment: Moment) {
    const snapshot = { ...this.#current(), date: localDay(new Date()) };
    this.#moments[moment] = snapshot;
    const name = this.#momentName(moment);
    const kept = this.save(this.answerId(moment), {
      value: { mode: snapshot.mode, ratings: snapshot.ratings, date: snapshot.date },
      text: `${name}, ${this.#summary(snapshot)}`,
      prompt: fillIn(this.label('promptMoment'), { moment: this.label(moment) }),
    });
    this.status(
      `${fillIn(this.label('momentSaved'), { moment: name })} ${kept ? '' : this.label('notKept')}`.trim(),
    );
    this.#render();
  }

  /** Chart, legend, table and confirmation question, from the radios and the moments. */
  #render() {
    const { items, frame, max } = this.config;
    const current = this.#current();
    const shown: [string, Snapshot | undefined][] = [
      ['huidig', current],
      ...momentIds.map((moment) => [moment, this.#moments[moment]] as [string, Snapshot | undefined]),
    ];
    const rated = Object.keys(current.ratings).length > 0;
    this.toggleAttribute('data-has-ratings', rated);
    const description: string[] = [];

    for (const [name, snapshot] of shown) {
      const visible = name === 'huidig' ? rated : snapshot !== undefined;
      const title = name === 'huidig' ? this.label('now') : this.#momentName(name as Moment);
      const path = part<SVGPathElement>(this, `[data-series="${name}"]`);
      path.setAttribute(
        'd',
        visible && snapshot
          ? polygonPath(
              valuePoints(
                items.map((item) => snapshot.ratings[item.id]),
                max,
                frame,
              ),
            )
          : '',
      );
      const legend = part(this, `[data-legend="${name}"]`);
      legend.hidden = !visible;
      part(legend, '[data-legend-text]').textContent = snapshot
        ? `${title}, ${this.label(snapshot.mode).toLowerCase()}`
        : title;
      parts(this, `[data-column="${name}"]`).forEach((cell) => (cell.hidden = !visible));
      part(this, `th[data-column="${name}"]`).textContent = title;
      for (const item of items) {
        part(this, `[data-row="${item.id}"] [data-column="${name}"]`).textContent = String(
          snapshot?.ratings[item.id] ?? '–',
        );
      }
      if (visible && snapshot) description.push(`${title}, ${this.#summary(snapshot)}`);
    }

    const [first, second] = momentIds.map((moment) => this.#moments[moment]);
    const compare = first !== undefined && second !== undefined;
    parts(this, '[data-column="verschil"]').forEach((cell) => (cell.hidden = !compare));
    for (const item of items) {
      const difference = change(first?.ratings[item.id], second?.ratings[item.id]);
      part(this, `[data-row="${item.id}"] [data-column="verschil"]`).textContent =
        difference === null ? '–' : signedChange(difference);
    }
    part(this, '[data-chart]').setAttribute(
      'aria-label',
      [this.label('chart'), ...description].join('. ') + (description.length ? '.' : ''),
    );
    if (this.#replacing) {
      part(this, '[data-confirm-question]').textContent = fillIn(this.label('replaceQuestion'), {
        moment: this.#momentName(this.#replacing),
      });
    }
  }
}

customElements.define('zeven-kwaliteiten-scan', ZevenKwaliteitenScan);
