import { AnswerWidget } from '../runtime/answer-widget';
import { listItems } from '../runtime/dom';
import { part, parts } from '../runtime/parts';
import { TextAnswer } from '../runtime/text-answer';
import type { SavedAnswer } from '../../lib/store-data';
import type { DataWisdomLabel } from './labels';
import {
  decide,
  describeDecision,
  isNormKey,
  normLabels,
  normsFromValue,
  summariseNorms,
  type DecisionWords,
  type Norms,
  type Survey,
} from './norms';
import { numberFormatter } from './survey';

const SAVE_DELAY_MS = 500;
/** What waits to be saved while the reader moves a slider. */
const NORMS = 'norms';

/**
 * The norms sliders and the reflection box of `DataNaarWijsheid.astro`; the table and the
 * chart are fixed at build time. Stored answers are described in the component.
 */
class DataNaarWijsheid extends AnswerWidget<DataWisdomLabel> {
  #set = this.dataset['set'] ?? '';
  #words: DecisionWords = JSON.parse(this.dataset['words'] ?? '{}');
  #survey: Survey = JSON.parse(this.dataset['survey'] ?? '{}');
  #exampleNorms: Norms = JSON.parse(this.dataset['exampleNorms'] ?? '{}');
  #format = numberFormatter(this.dataset['lang'] ?? 'nl');
  #wisdom: TextAnswer | null = null;

  get #normsId() {
    return `${this.#set}#normen`;
  }

  override connectedCallback() {
    if (!this.#wisdom) {
      part(this, '[data-controls]').hidden = false;
      for (const slider of this.#sliders()) {
        slider.addEventListener('input', () => {
          this.#show(this.#norms());
          this.saveSoon(NORMS, () => this.#saveNorms(), SAVE_DELAY_MS);
        });
        slider.addEventListener('change', () => this.saveNowIfPending(NORMS));
      }
      part(this, '[data-reset]').addEventListener('click', () => this.#reset());
      const box = part<HTMLTextAreaElement>(this, 'textarea[data-answer]');
      this.#wisdom = TextAnswer.bind(box, this.answerHost, (key) => this.label(key), SAVE_DELAY_MS);
    }
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    const normsId = this.#normsId;
    if (!changedIds || changedIds.includes(normsId)) {
      if (changedIds && this.isPending(NORMS)) {
        this.declined(normsId);
        this.#normsStatus(this.label('normsChangedElsewhere'));
      } else {
        this.shown(normsId);
        const stored = answers[normsId];
        const norms = stored ? normsFromValue(stored.value) : null;
        this.#setSliders(norms ?? this.#exampleNorms);
        this.#show(norms ?? this.#exampleNorms);
        if (stored && !norms) this.#normsStatus(this.label('normsUnreadable'));
        else if (changedIds) this.#normsStatus(this.label(stored ? 'updatedElsewhere' : 'deletedElsewhere'));
      }
    }
    this.#wisdom?.restore(answers, changedIds);
  }

  #sliders(): HTMLInputElement[] {
    return parts<HTMLInputElement>(this, 'input[data-norm]');
  }

  #keyOf(slider: HTMLInputElement): keyof Norms {
    const key = slider.dataset['norm'];
    if (!isNormKey(key)) throw new Error(`<${this.localName}> has a slider for an unknown norm: ${key}`);
    return key;
  }

  #norms(): Norms {
    const norms = { ...this.#exampleNorms };
    for (const slider of this.#sliders()) norms[this.#keyOf(slider)] = slider.valueAsNumber;
    return norms;
  }

  #setSliders(norms: Norms) {
    for (const slider of this.#sliders()) slider.value = String(norms[this.#keyOf(slider)]);
  }

  /** Shows the slider values, the norms line and the decision with its reasons. */
  #show(norms: Norms) {
    for (const slider of this.#sliders()) {
      const key = this.#keyOf(slider);
      const { shown, spoken } = normLabels(key, norms[key], (label) => this.label(label));
      slider.setAttribute('aria-valuetext', spoken);
      part(this, `[data-value-for="${key}"]`).textContent = shown;
    }
    const decision = decide(this.#survey, norms);
    const described = describeDecision(decision, this.#words, this.#format);
    part(this, '[data-norms-line]').textContent = summariseNorms(norms, decision, this.#words, this.#format);
    const headline = part(this, '[data-verdict] strong');
    const reasons = part(this, '[data-reasons]');
    const shownReasons = [...reasons.children].map((item) => item.textContent);
    // Touch the live region only when its words change, so nothing is announced twice.
    if (
      headline.textContent === described.headline &&
      shownReasons.join('\n') === described.reasons.join('\n')
    )
      return;
    headline.textContent = described.headline;
    listItems(reasons, described.reasons);
  }

  #saveNorms() {
    const norms = this.#norms();
    const text = summariseNorms(norms, decide(this.#survey, norms), this.#words, this.#format);
    const saved = this.saveAnswer(this.#normsId, { value: norms, text, prompt: this.label('normsPrompt') });
    this.#normsStatus(this.label(saved.copied ? 'savedWithCopy' : saved.kept ? 'normsSaved' : 'notKept'));
  }

  #reset() {
    this.cancelSave(NORMS);
    this.#setSliders(this.#exampleNorms);
    this.#show(this.#exampleNorms);
    const kept = this.forget([this.#normsId]);
    this.#normsStatus(kept ? '' : this.label('notKept'));
  }

  #normsStatus(text: string) {
    part(this, '[data-norms-status]').textContent = text;
  }
}

customElements.define('data-naar-wijsheid', DataNaarWijsheid);
