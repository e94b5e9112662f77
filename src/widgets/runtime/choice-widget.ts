import { AnswerWidget } from './answer-widget';
import { part } from './parts';
import { TextAnswer, savedLabel } from './text-answer';
import {
  choiceAnswerText,
  emptyChoiceAnswer,
  isEmptyChoiceAnswer,
  readChoiceAnswer,
  sameChoiceAnswer,
  storedChoiceValue,
  visibleFeedback,
  type Choice,
  type ChoiceAnswer,
  type ChoiceShape,
} from './choice-answer';
import type { SavedAnswer } from '../../lib/store-data';

/**
 * What the choice widgets (`<paradox-dilemma>`, `<stap-terug-stap-vooruit>`) share: each
 * answer is a choice, perhaps ticked arguments, and a note; the choice is saved at once, the
 * note as the reader types; feedback follows the choice. A widget says only how a choice
 * reads in words and which feedback belongs to it.
 *
 * The markup it works on: the element has `data-shape` (a `ChoiceShape` as JSON) and
 * `data-labels`. Each answer is an element with `data-item="<answer id>"`, `data-prompt`
 * and optionally `data-subject` (a title for the answer text), holding
 * - the choice: radio buttons, or one range input (chosen once moved), marked `data-choice`;
 * - optionally checkboxes marked `data-argument`, with the argument's words in `data-text`;
 * - `KeuzeToelichting.astro` (note, status, print copy) and `KeuzeAfwegingen.astro` (feedback);
 * - optionally `[data-choice-words]`, where the choice is shown in words.
 * Anywhere in the widget, `[data-controls]` are shown and `[data-without-js]` hidden once
 * the script runs, and `button[data-reveal]` opens and closes the element it controls.
 */
export abstract class ChoiceWidget extends AnswerWidget {
  protected readonly shape: ChoiceShape = JSON.parse(this.dataset['shape'] ?? '{}');
  /** Each answer's note (a `TextAnswer` that saves the whole answer), made on the first connect. */
  #notes: Map<HTMLElement, TextAnswer> | null = null;

  /** The choice in words, as the answer text and a screen reader say it. */
  protected abstract describeChoice(choice: Choice): string;
  /** The key of the feedback (`data-variant`) that belongs to a choice. */
  protected abstract feedbackKey(choice: Choice): string;
  /** Before the reader chooses: show every piece of feedback, or none. */
  protected abstract readonly feedbackBeforeChoice: 'all' | 'none';

  override connectedCallback() {
    this.#notes ??= new Map(this.#items().map((item) => [item, this.#bindNote(item)]));
    this.querySelectorAll<HTMLElement>('[data-controls]').forEach((control) => (control.hidden = false));
    this.querySelectorAll<HTMLElement>('[data-without-js]').forEach((element) => (element.hidden = true));
    this.querySelectorAll<HTMLButtonElement>('button[data-reveal]').forEach((button) =>
      this.#disclose(button),
    );
    for (const item of this.#items()) {
      for (const input of item.querySelectorAll<HTMLInputElement>('input[data-choice]')) {
        if (input.type === 'range') {
          input.addEventListener('input', () => {
            input.dataset['chosen'] = '';
            this.#show(item);
          });
        }
        input.addEventListener('change', () => this.#chosen(item));
      }
      item
        .querySelectorAll('input[data-argument]')
        .forEach((box) => box.addEventListener('change', () => this.#saveNow(item)));
    }
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    for (const item of this.#items()) {
      const id = item.dataset['item']!;
      if (changedIds && !changedIds.includes(id)) continue;
      const saved = answers[id];
      const answer = saved ? readChoiceAnswer(saved.value, this.shape) : emptyChoiceAnswer();
      if (!answer) {
        this.#status(item, this.label('unreadable'));
      } else if (!sameChoiceAnswer(answer, this.#answerOf(item))) {
        const arrival = changedIds ? (saved ? 'updated' : 'deleted') : 'start';
        if (!this.#note(item).receive(id, arrival, () => this.#write(item, answer))) continue;
      } else {
        this.shown(id);
      }
      this.#show(item);
    }
  }

  #items(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-item]')];
  }

  #bindNote(item: HTMLElement): TextAnswer {
    return new TextAnswer(
      part<HTMLTextAreaElement>(item, 'textarea'),
      this.answerHost,
      (key) => this.label(key),
      {
        partOf: { key: item, changed: () => this.#show(item), saveNow: () => this.#saveNow(item) },
      },
    );
  }

  #note(item: HTMLElement): TextAnswer {
    const note = this.#notes?.get(item);
    if (!note) throw new Error(`<${this.localName}> has an answer without its note: ${item.dataset['item']}`);
    return note;
  }

  #argumentBoxes(item: HTMLElement): HTMLInputElement[] {
    return [...item.querySelectorAll<HTMLInputElement>('input[data-argument]')];
  }

  #answerOf(item: HTMLElement): ChoiceAnswer {
    let choice: Choice | null = null;
    for (const input of item.querySelectorAll<HTMLInputElement>('input[data-choice]')) {
      if (input.type === 'range' && 'chosen' in input.dataset) choice = Number(input.value);
      if (input.type !== 'range' && input.checked) choice = input.value;
    }
    const ticked = this.#argumentBoxes(item)
      .filter((box) => box.checked)
      .map((box) => box.value);
    return { choice, arguments: ticked, note: this.#note(item).box.value };
  }

  #write(item: HTMLElement, answer: ChoiceAnswer) {
    for (const input of item.querySelectorAll<HTMLInputElement>('input[data-choice]')) {
      if (input.type !== 'range') {
        input.checked = input.value === String(answer.choice);
      } else if (answer.choice === null) {
        input.value = input.defaultValue;
        delete input.dataset['chosen'];
      } else {
        input.value = String(answer.choice);
        input.dataset['chosen'] = '';
      }
    }
    this.#argumentBoxes(item).forEach((box) => (box.checked = answer.arguments.includes(box.value)));
    this.#note(item).box.value = answer.note;
  }

  /** The answer as text; with its subject (a scenario's title) for the portfolio, without for print. */
  #text(item: HTMLElement, answer: ChoiceAnswer, withSubject: boolean): string {
    const words = new Map(
      this.#argumentBoxes(item).map((box) => [box.value, box.dataset['text'] ?? box.value]),
    );
    return choiceAnswerText(
      {
        subject: withSubject ? item.dataset['subject'] : undefined,
        choice: answer.choice === null ? null : this.describeChoice(answer.choice),
        arguments: answer.arguments.map((id) => words.get(id) ?? id),
        note: answer.note,
      },
      {
        noChoice: this.label('noChoice'),
        arguments: this.label('argumentsWord'),
        note: this.label('noteWord'),
      },
    );
  }

  /** Brings what the reader sees in line with their answer: choice in words, feedback, print copy. */
  #show(item: HTMLElement) {
    const answer = this.#answerOf(item);
    const range = item.querySelector<HTMLInputElement>('input[type="range"][data-choice]');
    range?.setAttribute('aria-valuetext', this.describeChoice(Number(range.value)));
    const words = item.querySelector('[data-choice-words]');
    if (words)
      words.textContent =
        answer.choice === null ? this.label('notChosen') : this.describeChoice(answer.choice);
    const variants = [...item.querySelectorAll<HTMLElement>('[data-variant]')];
    const shown = visibleFeedback(
      answer.choice,
      (choice) => this.feedbackKey(choice),
      this.feedbackBeforeChoice,
      variants.map((variant) => variant.dataset['variant']!),
    );
    variants.forEach((variant) => (variant.hidden = !shown.includes(variant.dataset['variant']!)));
    item
      .querySelectorAll<HTMLElement>('[data-variants]')
      .forEach((list) => (list.hidden = shown.length === 0));
    this.#note(item).print(isEmptyChoiceAnswer(answer) ? '' : this.#text(item, answer, false));
  }

  #chosen(item: HTMLElement) {
    this.#show(item);
    const kept = this.#saveNow(item);
    if (kept && this.labels['afterChoice'])
      this.#status(item, `${this.label('saved')}. ${this.label('afterChoice')}`);
  }

  /** Saves the whole answer (or forgets it, once emptied); says whether it is kept. */
  #saveNow(item: HTMLElement): boolean {
    this.cancelSave(item);
    const id = item.dataset['item']!;
    const answer = this.#answerOf(item);
    const saved = isEmptyChoiceAnswer(answer)
      ? { kept: this.forget([id]), copied: false }
      : this.saveAnswer(id, {
          value: storedChoiceValue(answer, this.shape),
          text: this.#text(item, answer, true),
          prompt: item.dataset['prompt'] ?? '',
        });
    this.#status(item, this.label(savedLabel(saved)));
    return saved.kept;
  }

  #status(item: HTMLElement, text: string) {
    this.#note(item).status(text);
  }

  #disclose(button: HTMLButtonElement) {
    const target = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!target) return;
    target.hidden = button.getAttribute('aria-expanded') !== 'true';
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      target.hidden = !open;
    });
  }
}
