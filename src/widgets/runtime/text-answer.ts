import type { SavedAnswer } from '../../lib/store-data';
import type { AnswerHost, SaveResult } from './answer-widget';
import { part } from './parts';
import type { SavingLabel } from './labels';

/** Where a saved version comes from: the store as the widget starts, or another tab. */
export type Arrival = 'start' | 'updated' | 'deleted';

/** A box that is one part of a larger answer (a choice widget's note), saved with the rest. */
export interface PartOfAnswer {
  /** What waits to be saved while the reader types: the whole answer, so that one save covers it. */
  key: object;
  /** Runs on each keystroke: shows the whole answer where it is shown (its print copy). */
  changed: () => void;
  /** Saves the whole answer now and says so in the status line. */
  saveNow: () => void;
}

/**
 * The behaviour of an `AnswerBox.astro` (which owns the markup): the box appears once the
 * script runs; what the reader types is shown in the print copy and saved once they pause
 * or leave the box, with the status line (the box's `aria-describedby`) saying so. A saved
 * version from another tab replaces the text unless the reader is busy in the box, and the
 * status line says which happened.
 *
 * A box with `data-answer="<id>"` is an answer of its own (`TextAnswer.bind`), stored as the
 * text itself: `{ value: text, text, prompt: <the box's label> }`.
 */
export class TextAnswer {
  readonly #status: HTMLElement;
  readonly #print: HTMLElement;
  readonly #key: object;

  constructor(
    readonly box: HTMLTextAreaElement,
    readonly host: AnswerHost,
    readonly label: (key: SavingLabel) => string,
    { partOf, delayMs }: { partOf?: PartOfAnswer; delayMs?: number } = {},
  ) {
    const root = host.element;
    this.#status = part(root, `#${CSS.escape(box.getAttribute('aria-describedby') ?? '')}`);
    this.#print = part(root, `[data-print="${CSS.escape(box.id)}"]`);
    this.#key = partOf?.key ?? box;
    const changed = partOf?.changed ?? (() => this.print(box.value));
    const saveNow = partOf?.saveNow ?? (() => this.#saveOwn());
    box.hidden = false;
    box.addEventListener('input', () => {
      changed();
      this.status(label('saving'));
      host.saveSoon(this.#key, saveNow, delayMs);
    });
    box.addEventListener('blur', () => host.saveNowIfPending(this.#key));
  }

  /** A box that is an answer of its own, saved under its `data-answer`. */
  static bind(
    box: HTMLTextAreaElement,
    host: AnswerHost,
    label: (key: SavingLabel) => string,
    delayMs?: number,
  ) {
    return new TextAnswer(box, host, label, { delayMs });
  }

  /** The reader is typing here: another tab's version must wait. */
  get busy(): boolean {
    return this.host.isPending(this.#key) || document.activeElement === this.box;
  }

  status(text: string) {
    this.#status.textContent = text;
  }

  /** What print shows in place of the box. */
  print(text: string) {
    this.#print.textContent = text;
  }

  /**
   * Takes in a saved version of answer `id` by running `write`, unless it comes from another
   * tab while the reader is busy here; says whether it was written.
   */
  receive(id: string, arrival: Arrival, write: () => void): boolean {
    if (arrival !== 'start' && this.busy) {
      this.host.declined(id);
      this.status(this.label('changedElsewhere'));
      return false;
    }
    write();
    this.host.shown(id);
    if (arrival !== 'start')
      this.status(this.label(arrival === 'updated' ? 'updatedElsewhere' : 'deletedElsewhere'));
    return true;
  }

  /** For a box of its own: shows its saved text (all at the start, `changedIds` null, or another tab's change). */
  restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    const id = this.#answerId();
    if (changedIds && !changedIds.includes(id)) return;
    const value = answers[id]?.value;
    const text = typeof value === 'string' ? value : '';
    if (text === this.box.value) return this.host.shown(id);
    this.receive(id, changedIds ? (id in answers ? 'updated' : 'deleted') : 'start', () => {
      this.box.value = text;
      this.print(text);
    });
  }

  #answerId(): string {
    const id = this.box.dataset['answer'];
    if (!id)
      throw new Error(`<${this.host.element.localName}> has a text box #${this.box.id} without data-answer`);
    return id;
  }

  #saveOwn() {
    const { box } = this;
    const prompt = this.host.element.querySelector(`label[for="${CSS.escape(box.id)}"]`)?.textContent ?? '';
    const saved = this.host.save(this.#answerId(), { value: box.value, text: box.value, prompt });
    this.status(this.label(savedLabel(saved)));
  }
}

/** What the status line says once a save is done. */
export const savedLabel = ({ kept, copied }: SaveResult): SavingLabel =>
  !kept ? 'notKept' : copied ? 'savedWithCopy' : 'saved';
