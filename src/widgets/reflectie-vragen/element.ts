import { AnswerWidget } from '../runtime/answer-widget';
import { parts } from '../runtime/parts';
import type { SavingLabel } from '../runtime/labels';
import { TextAnswer } from '../runtime/text-answer';
import type { SavedAnswer } from '../../lib/store-data';

/** Reflection questions: each `AnswerBox` is an answer of its own (see `TextAnswer`). */
class ReflectieVragen extends AnswerWidget<SavingLabel> {
  #answers: TextAnswer[] | null = null;

  override connectedCallback() {
    this.#answers ??= parts<HTMLTextAreaElement>(this, 'textarea[data-answer]').map((box) =>
      TextAnswer.bind(box, this.answerHost, (key) => this.label(key)),
    );
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    this.#answers?.forEach((answer) => answer.restore(answers, changedIds));
  }
}

customElements.define('reflectie-vragen', ReflectieVragen);
