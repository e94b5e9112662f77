/**
 * The undo button beside a status line: shown, with focus, right after something was
 * removed, and hidden again at the reader's next action (or after `timeoutMs`). One undo is
 * on offer at a time; offering a new one drops the old.
 */
export class UndoOffer {
  readonly #button: HTMLButtonElement;
  /** Where focus goes when the button vanishes under it, so it is not lost to the page. */
  readonly #focusAfter: (() => void) | undefined;
  #undo: (() => void) | null = null;
  #timer = 0;

  constructor(button: HTMLButtonElement, focusAfter?: () => void) {
    this.#button = button;
    this.#focusAfter = focusAfter;
    button.addEventListener('click', () => this.run());
  }

  offer(undo: () => void, timeoutMs?: number) {
    this.drop();
    this.#undo = undo;
    this.#button.hidden = false;
    this.#button.focus();
    if (timeoutMs !== undefined) this.#timer = window.setTimeout(() => this.drop(), timeoutMs);
  }

  /** Ends the chance to undo. */
  drop() {
    window.clearTimeout(this.#timer);
    const hadFocus = document.activeElement === this.#button;
    this.#button.hidden = true;
    if (this.#undo && hadFocus) this.#focusAfter?.();
    this.#undo = null;
  }

  run() {
    const undo = this.#undo;
    if (!undo) return;
    this.drop();
    undo();
  }
}
