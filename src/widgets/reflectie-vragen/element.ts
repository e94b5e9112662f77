import { AnswerWidget } from '../runtime/answer-widget';
import type { SavedAnswer } from '../../lib/store-data';

class ReflectieVragen extends AnswerWidget {
  override connectedCallback() {
    for (const box of this.#boxes()) {
      box.hidden = false;
      box.addEventListener('input', () => {
        this.#printCopy(box);
        this.#saveSoon(box);
      });
      box.addEventListener('blur', () => this.saveNowIfPending(box));
    }
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    for (const box of this.#boxes()) {
      const id = box.dataset['answer']!;
      if (changedIds && !changedIds.includes(id)) continue;
      const value = answers[id]?.value;
      const text = typeof value === 'string' ? value : '';
      if (text === box.value) continue;
      if (changedIds && (this.isPending(box) || document.activeElement === box)) {
        this.#status(box, this.label('changedElsewhere'));
        continue;
      }
      box.value = text;
      this.#printCopy(box);
      if (changedIds) this.#status(box, this.label(id in answers ? 'updatedElsewhere' : 'deletedElsewhere'));
    }
  }

  #boxes(): HTMLTextAreaElement[] {
    return [...this.querySelectorAll<HTMLTextAreaElement>('textarea[data-answer]')];
  }

  #saveSoon(box: HTMLTextAreaElement) {
    this.#status(box, this.label('saving'));
    this.saveSoon(box, () => this.#saveNow(box));
  }

  #saveNow(box: HTMLTextAreaElement) {
    const prompt = this.querySelector(`label[for="${box.id}"]`)?.textContent ?? '';
    const kept = this.save(box.dataset['answer']!, { value: box.value, text: box.value, prompt });
    this.#status(box, this.label(kept ? 'saved' : 'notKept'));
  }

  #printCopy(box: HTMLTextAreaElement) {
    const copy = this.querySelector(`[data-print="${box.id}"]`);
    if (copy) copy.textContent = box.value;
  }

  #status(box: HTMLTextAreaElement, text: string) {
    const status = this.querySelector(`#${CSS.escape(box.id)}-status`);
    if (status) status.textContent = text;
  }
}

customElements.define('reflectie-vragen', ReflectieVragen);
