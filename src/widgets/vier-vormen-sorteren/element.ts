import { AnswerWidget } from '../runtime/answer-widget';
import { fillIn } from '../../lib/fill-in';
import type { SavedAnswer } from '../../lib/store-data';
import {
  checkPlacement,
  feedbackKeys,
  isCellId,
  newPracticeId,
  ownCellPrompt,
  readOwnPractice,
  readPlacement,
  score,
  validatePractice,
  MAX_PRACTICE_LENGTH,
  type CellId,
} from './sorting';

type Kind = 'examples' | 'own';
interface Drag {
  card: HTMLLIElement;
  x: number;
  y: number;
  moved: boolean;
}

const DRAG_THRESHOLD_PX = 6;
const SCROLL_EDGE_PX = 48;

class VierVormenSorteren extends AnswerWidget {
  #set = this.dataset['set']!;
  #drag: Drag | null = null;

  override connectedCallback() {
    this.querySelectorAll<HTMLElement>('[data-chrome], [data-controls]').forEach((element) => (element.hidden = false));
    this.dataset['ready'] = '';
    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener('change', (event) => {
      const radio = event.target as HTMLInputElement;
      if (radio.type === 'radio') this.#showMode(radio.value as Kind);
    });
    this.querySelector('[data-own-form]')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#addPractice();
    });
    this.addEventListener('pointerdown', (event) => this.#dragStart(event));
    this.addEventListener('pointermove', (event) => this.#dragMove(event));
    this.addEventListener('pointerup', (event) => this.#dragEnd(event, true));
    this.addEventListener('pointercancel', (event) => this.#dragEnd(event, false));
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    const changed = (id: string) => !changedIds || changedIds.includes(id);
    let touched = false;
    for (const card of this.#cards('examples')) {
      const id = this.#answerId(card);
      if (!changed(id) || card === this.#drag?.card) continue;
      const cell = readPlacement(answers[id]?.value);
      this.#put(card, cell);
      this.#showFeedback(card, cell);
      touched = true;
    }
    for (const card of this.#cards('own')) {
      const id = this.#answerId(card);
      if (changed(id) && !readOwnPractice(answers[id]?.value) && card !== this.#drag?.card) {
        card.remove();
        touched = true;
      }
    }
    for (const [id, answer] of Object.entries(answers)) {
      const own = id.startsWith(`${this.#set}#eigen-`) && changed(id) ? readOwnPractice(answer.value) : null;
      if (!own) continue;
      const card = this.#ownCard(id.slice(this.#set.length + 1), own.practice);
      if (card !== this.#drag?.card) this.#put(card, own.cell);
      touched = true;
    }
    this.#update();
    if (changedIds && touched) this.#announce(this.label('updatedElsewhere'), true);
  }

  #cards(kind: Kind): HTMLLIElement[] {
    return [...this.querySelectorAll<HTMLLIElement>(kind === 'examples' ? 'li[data-card]' : 'li[data-own]')];
  }

  #kind = (card: HTMLElement): Kind => (card.dataset['card'] ? 'examples' : 'own');
  #answerId = (card: HTMLElement) => `${this.#set}#${card.dataset['card'] ?? card.dataset['own']}`;
  #cellOf = (card: HTMLElement): CellId | null => {
    const cell = card.closest<HTMLElement>('[data-cell]')?.dataset['cell'];
    return isCellId(cell) ? cell : null;
  };
  #cellText = (cell: CellId | null, field: 'short' | 'empty' | 'filled' = 'short') =>
    cell ? this.querySelector<HTMLElement>(`[data-cell="${cell}"]`)!.dataset[field]! : this.label('unplaced');
  #title = (card: HTMLElement) => card.dataset['title'] ?? '';

  /** Moves a card into a cell, or back to its stack (`null`), keeping focus on what had it. */
  #put(card: HTMLLIElement, cell: CellId | null) {
    const kind = this.#kind(card);
    const list = cell ? this.querySelector(`[data-cell="${cell}"] [data-list="${kind}"]`)! : this.querySelector(`[data-tray="${kind}"]`)!;
    card.querySelector('select')!.value = cell ?? '';
    if (card.parentElement === list) return;
    const focused = card.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    const order = Number(card.dataset['order'] ?? Infinity);
    const next = cell ? null : [...list.children].find((other) => Number((other as HTMLElement).dataset['order'] ?? Infinity) > order);
    list.insertBefore(card, next ?? null);
    focused?.focus();
  }

  /** The reader placed a card (by dragging or with its Plaatsen button): save, explain, announce. */
  #place(card: HTMLLIElement, cell: CellId | null) {
    this.#put(card, cell);
    const id = this.#answerId(card);
    const title = this.#title(card);
    let kept: boolean;
    let message: string;
    if (this.#kind(card) === 'own') {
      kept = this.#saveOwn(card, cell);
      message = cell ? fillIn(this.label('placed'), { card: title, cell: this.#cellText(cell) }) : fillIn(this.label('returned'), { card: title });
    } else if (cell) {
      const check = checkPlacement(card.dataset['answer'] as CellId, cell);
      kept = this.save(id, {
        value: { cell },
        text: fillIn(this.label('answerText'), { card: title, cell: this.#cellText(cell), verdict: this.label(check.right ? 'verdictRight' : 'verdictWrong') }),
        prompt: fillIn(this.label('examplePrompt'), { card: title }),
      });
      message = `${fillIn(this.label('placed'), { card: title, cell: this.#cellText(cell) })} ${this.#showFeedback(card, cell)}`;
    } else {
      kept = this.forget([id]);
      this.#showFeedback(card, null);
      message = fillIn(this.label('returned'), { card: title });
    }
    this.#update();
    const progress = this.#kind(card) === 'examples' ? ` ${this.querySelector('[data-score]')!.textContent}` : '';
    this.#announce(message + progress, kept);
  }

  #saveOwn(card: HTMLLIElement, cell: CellId | null): boolean {
    const practice = this.#title(card);
    return this.save(this.#answerId(card), {
      value: { practice, cell },
      text: fillIn(this.label('ownText'), { practice, cell: this.#cellText(cell) }),
      prompt: this.label('ownPrompt'),
    });
  }

  /** Shows why the card belongs where it does; returns that explanation (empty when it is on the stack). */
  #showFeedback(card: HTMLElement, cell: CellId | null): string {
    const feedback = card.querySelector<HTMLElement>('[data-feedback]')!;
    feedback.hidden = cell === null;
    if (cell === null) return '';
    const check = checkPlacement(card.dataset['answer'] as CellId, cell);
    const [verdict = '', ...hints] = feedbackKeys(check).map((key) => this.label(key));
    const explain = [...hints, card.dataset['why']].join(' ');
    feedback.dataset['right'] = String(check.right);
    feedback.querySelector('[data-verdict]')!.textContent = verdict;
    feedback.querySelector('[data-explain]')!.textContent = explain;
    return `${verdict} ${explain}`;
  }

  /** The card of one of the reader's own practices, made from the template when it is new. */
  #ownCard(practiceId: string, practice: string): HTMLLIElement {
    let card = this.querySelector<HTMLLIElement>(`li[data-own="${practiceId}"]`);
    if (!card) {
      const template = this.querySelector<HTMLTemplateElement>('[data-own-template]')!;
      card = (template.content.cloneNode(true) as DocumentFragment).querySelector('li')!;
      card.dataset['own'] = practiceId;
      const select = card.querySelector('select')!;
      select.id = `${this.#set}-${practiceId}-cell`;
      card.querySelector('label')!.htmlFor = select.id;
      this.querySelector('[data-tray="own"]')!.append(card);
    }
    card.dataset['title'] = practice;
    card.querySelector('[data-practice]')!.textContent = practice;
    card.querySelector('[data-practice-label]')!.textContent = `${practice}: `;
    card.querySelectorAll('[data-practice-name]').forEach((name) => (name.textContent = ` ${practice}`));
    return card;
  }

  #addPractice() {
    const input = this.querySelector<HTMLInputElement>('[data-own-form] input')!;
    const error = this.querySelector('[data-own-error]')!;
    const check = validatePractice(input.value);
    if (!check.ok) {
      error.textContent = fillIn(this.label(check.problem === 'empty' ? 'ownEmpty' : 'ownTooLong'), { max: MAX_PRACTICE_LENGTH });
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    const taken = new Set(this.#cards('own').map((card) => card.dataset['own']!));
    const card = this.#ownCard(newPracticeId(taken), check.practice);
    const cell = this.querySelector<HTMLSelectElement>('[data-own-form] select')!.value;
    this.#put(card, isCellId(cell) ? cell : null);
    const kept = this.#saveOwn(card, this.#cellOf(card));
    input.value = '';
    this.#update();
    const where = isCellId(cell) ? ` ${fillIn(this.label('placed'), { card: check.practice, cell: this.#cellText(cell) })}` : '';
    this.#announce(fillIn(this.label('ownAdded'), { practice: check.practice }) + where, kept);
  }

  #onClick(event: Event) {
    const button = (event.target as Element).closest?.('button');
    const card = button?.closest<HTMLLIElement>('li');
    if (button?.matches('[data-place]') && card) {
      const cell = card.querySelector('select')!.value;
      this.#place(card, isCellId(cell) ? cell : null);
    } else if (button?.matches('[data-remove]') && card) {
      const kept = this.forget([this.#answerId(card)]);
      card.remove();
      this.#update();
      this.querySelector<HTMLInputElement>('[data-own-form] input')!.focus();
      this.#announce(fillIn(this.label('ownRemoved'), { practice: this.#title(card) }), kept);
    } else if (button?.matches('[data-reset]')) {
      const placed = this.#cards('examples').filter((example) => this.#cellOf(example));
      const kept = this.forget(placed.map((example) => this.#answerId(example)));
      for (const example of placed) {
        this.#put(example, null);
        this.#showFeedback(example, null);
      }
      this.#update();
      this.#announce(this.label('resetDone'), kept);
    }
  }

  #showMode(mode: Kind) {
    this.querySelector<HTMLElement>('[data-panel="examples"]')!.hidden = mode !== 'examples';
    this.querySelector<HTMLElement>('[data-panel="own"]')!.hidden = mode !== 'own';
    this.querySelector<HTMLElement>('[data-own-tray]')!.hidden = mode !== 'own';
    this.querySelectorAll<HTMLElement>('[data-list]').forEach((list) => (list.hidden = list.dataset['list'] !== mode));
    this.querySelectorAll<HTMLElement>('[data-prompt]').forEach((prompt) => (prompt.hidden = mode !== 'own'));
    this.querySelectorAll<HTMLElement>('[data-score], [data-reset]').forEach((element) => (element.hidden = mode !== 'examples'));
  }

  /** The score line and, for the reader's own school, each cell's thinking prompt. */
  #update() {
    const placements = Object.fromEntries(this.#cards('examples').map((card) => [card.dataset['card']!, this.#cellOf(card) ?? undefined]));
    const examples = this.#cards('examples').map((card) => ({ id: card.dataset['card']!, cell: card.dataset['answer'] as CellId }));
    const { right, placed, total } = score(examples, placements);
    const left = total - placed;
    this.querySelector('[data-score]')!.textContent =
      fillIn(this.label('score'), { right, total }) + (left > 0 ? `, ${fillIn(this.label('left'), { left })}` : '') + '.';
    for (const cell of this.querySelectorAll<HTMLElement>('[data-cell]')) {
      const count = cell.querySelectorAll('li[data-own]').length;
      cell.querySelector('[data-prompt]')!.textContent = this.#cellText(cell.dataset['cell'] as CellId, ownCellPrompt(count));
    }
  }

  #announce(message: string, kept: boolean) {
    this.querySelector('[data-status]')!.textContent = kept ? message : `${message} ${this.label('notKept')}`;
  }

  #dragStart(event: PointerEvent) {
    const handle = (event.target as Element).closest?.<HTMLElement>('[data-handle]');
    if (!handle || event.button !== 0 || !event.isPrimary) return;
    this.#drag = { card: handle.closest('li')!, x: event.pageX, y: event.pageY, moved: false };
    handle.setPointerCapture(event.pointerId);
  }

  #dragMove(event: PointerEvent) {
    const drag = this.#drag;
    if (!drag) return;
    const dx = event.pageX - drag.x;
    const dy = event.pageY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    drag.moved = true;
    drag.card.classList.add('is-dragging');
    drag.card.style.transform = `translate(${dx}px, ${dy}px)`;
    this.#highlight(this.#zoneAt(event, drag.card));
    // The page cannot scroll under a finger that drags, so it scrolls near the screen's edges.
    if (event.clientY < SCROLL_EDGE_PX) window.scrollBy(0, -SCROLL_EDGE_PX / 3);
    else if (event.clientY > window.innerHeight - SCROLL_EDGE_PX) window.scrollBy(0, SCROLL_EDGE_PX / 3);
  }

  #dragEnd(event: PointerEvent, drop: boolean) {
    const drag = this.#drag;
    if (!drag) return;
    this.#drag = null;
    const zone = drag.moved && drop ? this.#zoneAt(event, drag.card) : null;
    drag.card.classList.remove('is-dragging');
    drag.card.style.transform = '';
    this.#highlight(null);
    if (zone) this.#place(drag.card, (zone.dataset['cell'] as CellId | undefined) ?? null);
  }

  /** The cell or stack under the pointer that takes this kind of card. */
  #zoneAt(event: PointerEvent, card: HTMLElement): HTMLElement | null {
    const zone = document.elementFromPoint(event.clientX, event.clientY)?.closest<HTMLElement>('[data-zone]');
    if (!zone || !this.contains(zone)) return null;
    return zone.dataset['cell'] || zone.dataset['zone'] === this.#kind(card) ? zone : null;
  }

  #highlight(zone: HTMLElement | null) {
    this.querySelectorAll('.is-target').forEach((other) => other !== zone && other.classList.remove('is-target'));
    zone?.classList.add('is-target');
  }
}

customElements.define('vier-vormen-sorteren', VierVormenSorteren);
