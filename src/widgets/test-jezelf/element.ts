import { AnswerWidget } from '../runtime/answer-widget';
import { el } from '../runtime/dom';
import { part, parts } from '../runtime/parts';
import type { SavedAnswer } from '../../lib/store-data';
import type { SelfTestLabel } from './labels';
import { quizAnswerText, quizScore, quizValue, readQuizChoice, scoreText } from './scoring';

/**
 * `<test-jezelf>` (`TestJezelf.astro`): a choice is saved at once and answered with its
 * feedback in the question's status line; the score follows every change, here or in
 * another tab. The markup: each question is `[data-question="<answer id>"]` with
 * `data-correct`, `data-number` and `data-prompt`, radio buttons with `data-text`, and per
 * option `[data-explanation="<option id>"] [data-why]`.
 */
class TestJezelf extends AnswerWidget<SelfTestLabel> {
  #wired = false;

  override connectedCallback() {
    if (!this.#wired) this.#wire();
    super.connectedCallback();
  }

  #wire() {
    this.#wired = true;
    parts(this, '[data-controls]').forEach((control) => (control.hidden = false));
    parts(this, '[data-without-js]').forEach((element) => (element.hidden = true));
    for (const question of this.#questions()) {
      this.#radios(question).forEach((radio) =>
        radio.addEventListener('change', () => this.#chosen(question)),
      );
    }
    part(this, 'button[data-reset]').addEventListener('click', () => this.#reset());
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    for (const question of this.#questions()) {
      const id = this.#id(question);
      if (changedIds && !changedIds.includes(id)) continue;
      const saved = answers[id];
      const choice = saved
        ? readQuizChoice(
            saved.value,
            this.#radios(question).map((radio) => radio.value),
          )
        : null;
      if (saved && choice === null) {
        this.#savedLine(question, this.label('unreadable'));
        continue;
      }
      if (choice === this.#choice(question)) continue;
      this.#radios(question).forEach((radio) => (radio.checked = radio.value === choice));
      this.#show(question);
      if (changedIds) this.#savedLine(question, this.label(saved ? 'updatedElsewhere' : 'deletedElsewhere'));
    }
    this.#showScore();
  }

  #questions(): HTMLElement[] {
    return parts(this, '[data-question]');
  }

  #radios(question: HTMLElement): HTMLInputElement[] {
    return parts<HTMLInputElement>(question, 'input[type="radio"]');
  }

  #id(question: HTMLElement): string {
    return question.dataset['question'] ?? '';
  }

  #choice(question: HTMLElement): string | null {
    return this.#radios(question).find((radio) => radio.checked)?.value ?? null;
  }

  #isRight(question: HTMLElement, choice: string): boolean {
    return choice === question.dataset['correct'];
  }

  /** The answer in words, for the portfolio and for print: "Vraag 2: Initiators (goed)". */
  #text(question: HTMLElement, choice: string): string {
    const option = this.#radios(question).find((radio) => radio.value === choice)?.dataset['text'] ?? choice;
    return quizAnswerText(Number(question.dataset['number']), option, this.#isRight(question, choice), {
      question: this.label('question'),
      right: this.label('right'),
      wrong: this.label('wrong'),
    });
  }

  /** Shows the feedback on the chosen option (which the status line announces) and the print copy. */
  #show(question: HTMLElement) {
    const choice = this.#choice(question);
    const feedback = part(question, '[data-feedback]');
    const print = part(question, '[data-print]');
    if (choice === null) {
      delete question.dataset['result'];
      feedback.replaceChildren();
      print.textContent = '';
      return;
    }
    const right = this.#isRight(question, choice);
    const why = part(question, `[data-explanation="${CSS.escape(choice)}"] [data-why]`).textContent ?? '';
    question.dataset['result'] = right ? 'right' : 'wrong';
    feedback.replaceChildren(el('strong', this.label(right ? 'verdictRight' : 'verdictWrong')), ` ${why}`);
    print.textContent = this.#text(question, choice);
  }

  #showScore() {
    const score = quizScore(
      this.#questions().map((question) => ({
        chosen: this.#choice(question),
        correct: question.dataset['correct'] ?? '',
      })),
    );
    part(this, '[data-score]').textContent = scoreText(score, {
      none: this.label('scoreNone'),
      partial: this.label('scorePartial'),
      all: this.label('scoreAll'),
    });
  }

  #chosen(question: HTMLElement) {
    const choice = this.#choice(question);
    if (choice === null) return;
    this.#show(question);
    this.#showScore();
    const kept = this.save(this.#id(question), {
      value: quizValue(choice),
      text: this.#text(question, choice),
      prompt: question.dataset['prompt'] ?? '',
    });
    this.#savedLine(question, this.label(kept ? 'saved' : 'notKept'));
    part(this, '[data-reset-status]').textContent = '';
  }

  /** "Begin opnieuw": clears every choice here and deletes the check's answers. */
  #reset() {
    const questions = this.#questions();
    for (const question of questions) {
      this.#radios(question).forEach((radio) => (radio.checked = false));
      this.#show(question);
      this.#savedLine(question, '');
    }
    const kept = this.forget(questions.map((question) => this.#id(question)));
    this.#showScore();
    part(this, '[data-reset-status]').textContent = this.label(kept ? 'resetDone' : 'notKept');
  }

  #savedLine(question: HTMLElement, text: string) {
    part(question, '[data-saved]').textContent = text;
  }
}

customElements.define('test-jezelf', TestJezelf);
