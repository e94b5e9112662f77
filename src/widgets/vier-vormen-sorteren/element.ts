import { AnswerWidget } from '../runtime/answer-widget';
import { part, parts } from '../runtime/parts';
import { PointerDrag } from '../runtime/pointer-drag';
import { fillIn } from '../../lib/fill-in';
import type { SavedAnswer } from '../../lib/store-data';
import type { SorterLabel } from './labels';
import {
  cardAnswer,
  cardKey,
  cardKind,
  cardSelect,
  cardTitle,
  explainPlacement,
  isKind,
  nameOwnCard,
  newOwnCard,
  type Kind,
} from './sort-card';
import { CELLS, checkPlacement, cellOrNull, readPlacement, score, type CellId } from './sorting';
import {
  MAX_PRACTICE_LENGTH,
  newPracticeId,
  ownCellPrompt,
  readOwnPractice,
  validatePractice,
} from './own-practice';

class VierVormenSorteren extends AnswerWidget<SorterLabel> {
  readonly #set: string;
  readonly #drag = new PointerDrag(this, {
    item: 'li',
    // A cell takes either kind of card; a stack only its own kind.
    accepts: (card, zone) => Boolean(zone.dataset['cell']) || zone.dataset['zone'] === cardKind(card),
    onDrop: (card, zone) => this.#place(card, cellOrNull(zone.dataset['cell'])),
  });

  constructor() {
    super();
    const set = this.dataset['set'];
    if (!set) throw new Error(`<${this.localName}> lacks data-set`);
    this.#set = set;
    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener('change', (event) => {
      const radio = event.target as HTMLInputElement;
      if (radio.type === 'radio' && isKind(radio.value)) this.#showMode(radio.value);
    });
    this.addEventListener('submit', (event) => {
      if (!(event.target as Element).matches('[data-own-form]')) return;
      event.preventDefault();
      this.#addPractice();
    });
  }

  override connectedCallback() {
    parts(this, '[data-chrome], [data-controls]').forEach((element) => (element.hidden = false));
    this.dataset['ready'] = '';
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    // What another tab changed is shown, except on the card the reader is dragging here.
    const changed = (id: string) => !changedIds || changedIds.includes(id);
    let touched = false;
    for (const card of this.#cards('examples')) {
      const id = this.#answerId(card);
      if (!changed(id) || card === this.#drag.dragging) continue;
      const cell = readPlacement(answers[id]?.value);
      this.#put(card, cell);
      this.#explain(card, cell);
      touched = true;
    }
    for (const card of this.#cards('own')) {
      const id = this.#answerId(card);
      if (changed(id) && !readOwnPractice(answers[id]?.value) && card !== this.#drag.dragging) {
        card.remove();
        touched = true;
      }
    }
    for (const [id, answer] of Object.entries(answers)) {
      const own = id.startsWith(`${this.#set}#eigen-`) && changed(id) ? readOwnPractice(answer.value) : null;
      if (!own) continue;
      const card = this.#ownCard(id.slice(this.#set.length + 1), own.practice);
      if (card !== this.#drag.dragging) this.#put(card, own.cell);
      touched = true;
    }
    this.#update();
    if (changedIds && touched) this.#announce(this.label('updatedElsewhere'), true);
  }

  #cards = (kind: Kind) => parts(this, kind === 'examples' ? 'li[data-card]' : 'li[data-own]');

  #answerId = (card: HTMLElement) => `${this.#set}#${cardKey(card)}`;
  #cellOf = (card: HTMLElement) => cellOrNull(card.closest<HTMLElement>('[data-cell]')?.dataset['cell']);
  #cellText = (cell: CellId | null, field: 'short' | 'empty' | 'filled' = 'short') =>
    cell ? (part(this, `[data-cell="${cell}"]`).dataset[field] ?? '') : this.label('unplaced');

  /** Moves a card into a cell, or back to its stack (`null`), keeping focus on what had it. */
  #put(card: HTMLElement, cell: CellId | null) {
    const kind = cardKind(card);
    const list = part(this, cell ? `[data-cell="${cell}"] [data-list="${kind}"]` : `[data-tray="${kind}"]`);
    cardSelect(card).value = cell ?? '';
    if (card.parentElement === list) return;
    const focused = card.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    const order = Number(card.dataset['order'] ?? Infinity);
    const later = (other: Element) => Number((other as HTMLElement).dataset['order'] ?? Infinity) > order;
    list.insertBefore(card, cell ? null : ([...list.children].find(later) ?? null));
    focused?.focus();
  }

  /** The reader placed a card (by dragging or with its Plaatsen button): save, explain, announce. */
  #place(card: HTMLElement, cell: CellId | null) {
    this.#put(card, cell);
    const title = cardTitle(card);
    const where = this.#cellText(cell);
    const moved = fillIn(this.label(cell ? 'placed' : 'returned'), { card: title, cell: where });
    const example = cardKind(card) === 'examples';
    let kept: boolean;
    if (!example) kept = this.#saveOwn(card, cell);
    else if (cell) kept = this.#saveExample(card, cell);
    else kept = this.forget([this.#answerId(card)]);
    const explained = example ? this.#explain(card, cell) : '';
    this.#update();
    const progress = example ? ` ${part(this, '[data-score]').textContent}` : '';
    this.#announce(`${moved}${explained && ` ${explained}`}${progress}`, kept);
  }

  /** Stores where the reader put an example card: `{ cell }`. */
  #saveExample(card: HTMLElement, cell: CellId): boolean {
    const title = cardTitle(card);
    const { right } = checkPlacement(cardAnswer(card), cell);
    const verdict = this.label(right ? 'verdictRight' : 'verdictWrong');
    return this.save(this.#answerId(card), {
      value: { cell },
      text: fillIn(this.label('answerText'), { card: title, cell: this.#cellText(cell), verdict }),
      prompt: fillIn(this.label('examplePrompt'), { card: title }),
    });
  }

  /** Stores one practice of the reader's own school: `{ practice, cell }`, with `cell` null while unplaced. */
  #saveOwn(card: HTMLElement, cell: CellId | null): boolean {
    const practice = cardTitle(card);
    return this.save(this.#answerId(card), {
      value: { practice, cell },
      text: fillIn(this.label('ownText'), { practice, cell: this.#cellText(cell) }),
      prompt: this.label('ownPrompt'),
    });
  }

  #explain = (card: HTMLElement, cell: CellId | null) =>
    explainPlacement(card, cell, (key) => this.label(key));

  /** The card of one of the reader's own practices, made from the template when it is new. */
  #ownCard(practiceId: string, practice: string): HTMLElement {
    let card = this.querySelector<HTMLElement>(`li[data-own="${practiceId}"]`);
    if (!card) {
      const template = part<HTMLTemplateElement>(this, '[data-own-template]');
      card = newOwnCard(template, practiceId, `${this.#set}-${practiceId}-cell`);
      part(this, '[data-tray="own"]').append(card);
    }
    nameOwnCard(card, practice);
    return card;
  }

  #addPractice() {
    const input = part<HTMLInputElement>(this, '[data-own-form] input');
    const error = part(this, '[data-own-error]');
    const check = validatePractice(input.value);
    if (!check.ok) {
      const problem = check.problem === 'empty' ? 'ownEmpty' : 'ownTooLong';
      error.textContent = fillIn(this.label(problem), { max: MAX_PRACTICE_LENGTH });
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    const card = this.#ownCard(newPracticeId(new Set(this.#cards('own').map(cardKey))), check.practice);
    const cell = cellOrNull(part<HTMLSelectElement>(this, '[data-own-form] select').value);
    this.#put(card, cell);
    const kept = this.#saveOwn(card, cell);
    input.value = '';
    this.#update();
    const added = fillIn(this.label('ownAdded'), { practice: check.practice });
    const placed = fillIn(this.label('placed'), { card: check.practice, cell: this.#cellText(cell) });
    this.#announce(cell ? `${added} ${placed}` : added, kept);
  }

  #onClick(event: Event) {
    const button = (event.target as Element).closest?.('button');
    const card = button?.closest<HTMLElement>('li');
    if (button?.matches('[data-place]') && card) {
      this.#place(card, cellOrNull(cardSelect(card).value));
    } else if (button?.matches('[data-remove]') && card) {
      const kept = this.forget([this.#answerId(card)]);
      card.remove();
      this.#update();
      part(this, '[data-own-form] input').focus();
      this.#announce(fillIn(this.label('ownRemoved'), { practice: cardTitle(card) }), kept);
    } else if (button?.matches('[data-reset]')) {
      const placed = this.#cards('examples').filter((example) => this.#cellOf(example));
      const kept = this.forget(placed.map((example) => this.#answerId(example)));
      for (const example of placed) {
        this.#put(example, null);
        this.#explain(example, null);
      }
      this.#update();
      this.#announce(this.label('resetDone'), kept);
    }
  }

  #showMode(mode: Kind) {
    part(this, '[data-panel="examples"]').hidden = mode !== 'examples';
    part(this, '[data-panel="own"]').hidden = mode !== 'own';
    part(this, '[data-own-tray]').hidden = mode !== 'own';
    parts(this, '[data-list]').forEach((list) => (list.hidden = list.dataset['list'] !== mode));
    parts(this, '[data-prompt]').forEach((prompt) => (prompt.hidden = mode !== 'own'));
    parts(this, '[data-score], [data-reset]').forEach((element) => (element.hidden = mode !== 'examples'));
  }

  /** The score line and, for the reader's own school, each cell's thinking prompt. */
  #update() {
    const cards = this.#cards('examples');
    const placements = Object.fromEntries(
      cards.map((card) => [cardKey(card), this.#cellOf(card) ?? undefined]),
    );
    const { right, placed, total } = score(
      cards.map((card) => ({ id: cardKey(card), cell: cardAnswer(card) })),
      placements,
    );
    const left = total > placed ? `, ${fillIn(this.label('left'), { left: total - placed })}` : '';
    part(this, '[data-score]').textContent = `${fillIn(this.label('score'), { right, total })}${left}.`;
    for (const cell of CELLS) {
      const prompt = ownCellPrompt(parts(this, `[data-cell="${cell}"] li[data-own]`).length);
      part(this, `[data-cell="${cell}"] [data-prompt]`).textContent = this.#cellText(cell, prompt);
    }
  }

  #announce(message: string, kept: boolean) {
    part(this, '[data-status]').textContent = kept ? message : `${message} ${this.label('notKept')}`;
  }
}

customElements.define('vier-vormen-sorteren', VierVormenSorteren);
