import { AnswerWidget } from '../runtime/answer-widget';
import type { SavedAnswer } from '../../lib/store-data';
import { fillIn } from '../../lib/fill-in';
import { decide, describeDecision, normsFromValue, summariseNorms, type DecisionWords, type Norms, type Survey } from './norms';

const SAVE_DELAY_MS = 500;

class DataNaarWijsheid extends AnswerWidget {
  #set = this.dataset['set'] ?? '';
  #words: DecisionWords = JSON.parse(this.dataset['words'] ?? '{}');
  #survey: Survey = JSON.parse(this.dataset['survey'] ?? '{}');
  #exampleNorms: Norms = JSON.parse(this.dataset['exampleNorms'] ?? '{}');
  #numberFormat = new Intl.NumberFormat(this.dataset['lang'], { maximumFractionDigits: 1 });

  get #normsId() {
    return `${this.#set}#normen`;
  }

  get #box() {
    return this.querySelector<HTMLTextAreaElement>('textarea[data-answer]')!;
  }

  override connectedCallback() {
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
    for (const slider of this.#sliders()) {
      slider.addEventListener('input', () => {
        this.#show(this.#norms());
        this.saveSoon('norms', () => this.#saveNorms(), SAVE_DELAY_MS);
      });
      slider.addEventListener('change', () => this.saveNowIfPending('norms'));
    }
    this.querySelector('[data-reset]')!.addEventListener('click', () => this.#reset());
    const box = this.#box;
    box.hidden = false;
    box.addEventListener('input', () => {
      this.#printCopy();
      this.#wisdomStatus(this.label('saving'));
      this.saveSoon(box, () => this.#saveWisdom(), SAVE_DELAY_MS);
    });
    box.addEventListener('blur', () => this.saveNowIfPending(box));
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    const normsId = this.#normsId;
    if (!changedIds || changedIds.includes(normsId)) {
      if (changedIds && this.isPending('norms')) {
        this.#normsStatus(this.label('normsChangedElsewhere'));
      } else {
        const stored = answers[normsId];
        const norms = stored ? normsFromValue(stored.value) : null;
        this.#setSliders(norms ?? this.#exampleNorms);
        this.#show(norms ?? this.#exampleNorms);
        if (stored && !norms) this.#normsStatus(this.label('normsUnreadable'));
        else if (changedIds) this.#normsStatus(this.label(stored ? 'updatedElsewhere' : 'deletedElsewhere'));
      }
    }
    const box = this.#box;
    const wisdomId = box.dataset['answer']!;
    if (changedIds && !changedIds.includes(wisdomId)) return;
    const value = answers[wisdomId]?.value;
    const text = typeof value === 'string' ? value : '';
    if (text === box.value) return;
    if (changedIds && (this.isPending(box) || document.activeElement === box)) {
      this.#wisdomStatus(this.label('changedElsewhere'));
      return;
    }
    box.value = text;
    this.#printCopy();
    if (changedIds) this.#wisdomStatus(this.label(wisdomId in answers ? 'updatedElsewhere' : 'deletedElsewhere'));
  }

  #sliders(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[data-norm]')];
  }

  #norms(): Norms {
    const norms = { ...this.#exampleNorms };
    for (const slider of this.#sliders()) norms[slider.dataset['norm'] as keyof Norms] = slider.valueAsNumber;
    return norms;
  }

  #setSliders(norms: Norms) {
    for (const slider of this.#sliders()) slider.value = String(norms[slider.dataset['norm'] as keyof Norms]);
  }

  #format = (n: number) => this.#numberFormat.format(n);

  /** Shows the slider values, the norms line and the decision with its reasons. */
  #show(norms: Norms) {
    for (const slider of this.#sliders()) {
      const key = slider.dataset['norm'] as keyof Norms;
      const n = norms[key];
      const values: Record<string, number> = key === 'parentWeight' ? { parents: n, teachers: 100 - n } : { n };
      const [shown, spoken] = key === 'parentWeight' ? ['weight', 'weightText'] : ['percent', 'percentText'];
      slider.setAttribute('aria-valuetext', fillIn(this.label(spoken!), values));
      const value = this.querySelector(`[data-value-for="${key}"]`);
      if (value) value.textContent = fillIn(this.label(shown!), values);
    }
    const decision = decide(this.#survey, norms);
    const described = describeDecision(decision, this.#words, this.#format);
    this.querySelector('[data-norms-line]')!.textContent = summariseNorms(norms, decision, this.#words, this.#format);
    const headline = this.querySelector('[data-verdict] strong')!;
    const reasons = this.querySelector('[data-reasons]')!;
    const shownReasons = [...reasons.children].map((item) => item.textContent);
    // Touch the live region only when its words change, so nothing is announced twice.
    if (headline.textContent === described.headline && shownReasons.join('\n') === described.reasons.join('\n')) return;
    headline.textContent = described.headline;
    reasons.replaceChildren(
      ...described.reasons.map((reason) => {
        const item = document.createElement('li');
        item.textContent = reason;
        return item;
      }),
    );
  }

  #saveNorms() {
    const norms = this.#norms();
    const text = summariseNorms(norms, decide(this.#survey, norms), this.#words, this.#format);
    const kept = this.save(this.#normsId, { value: norms, text, prompt: this.label('normsPrompt') });
    this.#normsStatus(this.label(kept ? 'normsSaved' : 'notKept'));
  }

  #reset() {
    this.cancelSave('norms');
    this.#setSliders(this.#exampleNorms);
    this.#show(this.#exampleNorms);
    const kept = this.forget([this.#normsId]);
    this.#normsStatus(kept ? '' : this.label('notKept'));
  }

  #saveWisdom() {
    const box = this.#box;
    const prompt = this.querySelector(`label[for="${box.id}"]`)?.textContent ?? '';
    const kept = this.save(box.dataset['answer']!, { value: box.value, text: box.value, prompt });
    this.#wisdomStatus(this.label(kept ? 'saved' : 'notKept'));
  }

  #printCopy() {
    const box = this.#box;
    const copy = this.querySelector(`[data-print="${box.id}"]`);
    if (copy) copy.textContent = box.value;
  }

  #normsStatus(text: string) {
    this.querySelector('[data-norms-status]')!.textContent = text;
  }

  #wisdomStatus(text: string) {
    const box = this.#box;
    const status = this.querySelector(`#${CSS.escape(box.id)}-status`);
    if (status) status.textContent = text;
  }
}

customElements.define('data-naar-wijsheid', DataNaarWijsheid);
