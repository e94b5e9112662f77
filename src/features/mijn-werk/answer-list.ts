import { originalIdOf } from '../../lib/conflict-copies';
import { fillIn } from '../../lib/fill-in';
import { savedOnLine } from './saved-on-line';
import { sitePath } from '../../lib/site-path';
import { withBase } from '../../lib/with-base';
import { button, el, nextTurn, placeChildren } from '../../widgets/runtime/dom';
import type { PortfolioLabel } from './labels';
import type { PortfolioAnswer, PortfolioGroup } from './portfolio';

/** How many answers are built in one go before the browser gets its turn (to paint, to take a key press). */
const ANSWERS_PER_TURN = 100;

/** An answer's elements as built, and the answer they show (the delete button reads it). */
interface BuiltAnswer {
  answer: PortfolioAnswer;
  nodes: [HTMLElement, HTMLElement];
}

/** A group as built: its section, and the list its answers go into. */
interface BuiltGroup {
  section: HTMLElement;
  list: HTMLElement;
}

/**
 * The answers in *Mijn werk*, grouped by page, each with its own delete button that asks in
 * place, so the reader's eyes and focus stay with the answer.
 *
 * A reader may have thousands of answers. Each showing keeps what is already on the page for
 * every answer and group that is shown as before, so that deleting one answer only takes its
 * elements away, and builds what is new a hundred answers at a time, in order, giving the
 * browser its turn in between; a newer showing stops an older one still under way.
 */
export class AnswerList {
  #answers = new Map<string, BuiltAnswer>();
  #groups = new Map<string, BuiltGroup>();
  #showing = 0;

  constructor(
    readonly list: HTMLElement,
    readonly label: (key: PortfolioLabel) => string,
    readonly lang: string,
    readonly onDelete: (answer: PortfolioAnswer) => void,
    readonly onUseCopy: (answer: PortfolioAnswer) => void,
  ) {}

  /** Shows `groups`; resolves once every answer is on the page (or a newer showing took over). */
  async show(groups: PortfolioGroup[]): Promise<void> {
    const showing = ++this.#showing;
    const [knownAnswers, knownGroups] = [this.#answers, this.#groups];
    const answers = (this.#answers = new Map<string, BuiltAnswer>());
    const built = (this.#groups = new Map<string, BuiltGroup>());
    let cursor = this.list.firstChild;
    let builtThisTurn = 0;
    // Many answers took a while to read and arrange already: the browser gets its turn first.
    if (groups.reduce((total, group) => total + group.answers.length, 0) > ANSWERS_PER_TURN) {
      await nextTurn();
      if (showing !== this.#showing) return;
    }
    for (const group of groups) {
      const key = `${group.path}\n${group.title ?? ''}`;
      const { section, list } = knownGroups.get(key) ?? this.#group(group);
      built.set(key, { section, list });
      const nodes: HTMLElement[] = [];
      for (const answer of group.answers) {
        const known = knownAnswers.get(answer.id);
        const same = known && shownAlike(known.answer, answer);
        if (!same) builtThisTurn++;
        const entry = same ? { ...known, answer } : { answer, nodes: this.#answer(answer) };
        answers.set(answer.id, entry);
        nodes.push(...entry.nodes);
      }
      placeChildren(list, nodes);
      // Groups take their place one by one, each complete, ahead of what is left of the last showing.
      if (section === cursor) cursor = cursor.nextSibling;
      else this.list.insertBefore(section, cursor);
      if (builtThisTurn >= ANSWERS_PER_TURN) {
        builtThisTurn = 0;
        await nextTurn();
        if (showing !== this.#showing) return;
      }
    }
    while (cursor) {
      const next: ChildNode | null = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
  }

  #group(group: PortfolioGroup): BuiltGroup {
    const section = el('div', '', 'portfolio__group');
    const heading = el('h3');
    const name = group.title ?? fillIn(this.label('otherPage'), { path: group.path });
    // Only a path on this site becomes a link: a page planted by a hostile file stays text.
    const path = sitePath(group.path);
    const link = el(path === null ? 'span' : 'a', name);
    if (link instanceof HTMLAnchorElement && path !== null)
      link.href = withBase(path, import.meta.env.BASE_URL);
    heading.append(link);
    const list = el('dl', '', 'portfolio__answers');
    section.append(heading, list);
    return { section, list };
  }

  #answer(answer: PortfolioAnswer): [HTMLElement, HTMLElement] {
    const question = el('dt', answer.prompt);
    const body = el('dd');
    const tools = el('div', '', 'portfolio__answer-tools');
    const remove = button(this.label('delete'), () => this.#confirmDelete(answer, tools, remove));
    remove.setAttribute('aria-label', `${this.label('delete')}: ${answer.prompt}`);
    tools.append(remove);
    if (originalIdOf(answer.id) !== null) {
      const use = button(this.label('useCopy'), () => this.onUseCopy(answer));
      use.setAttribute('aria-label', `${this.label('useCopy')}: ${answer.prompt}`);
      tools.prepend(use);
    }
    const labels = { savedOn: this.label('savedOn'), copySavedOn: this.label('copySavedOn') };
    body.append(
      el('p', answer.text, 'portfolio__text'),
      el('p', savedOnLine(answer, labels, this.lang), 'portfolio__meta'),
      tools,
    );
    return [question, body];
  }

  /** Asks in place; "yes" deletes the answer as last shown (its elements outlive a showing that changed nothing of it). */
  #confirmDelete(answer: PortfolioAnswer, tools: HTMLElement, remove: HTMLButtonElement) {
    const shown = [...tools.children];
    const yes = button(
      this.label('confirmYes'),
      () => this.onDelete(this.#answers.get(answer.id)?.answer ?? answer),
      true,
    );
    const no = button(this.label('confirmNo'), () => {
      tools.replaceChildren(...shown);
      remove.focus();
    });
    tools.replaceChildren(el('p', this.label('confirmDelete')), yes, no);
    yes.focus();
  }
}

/** Whether the elements built for `before` show `after` as they are: the same question, text and time. */
const shownAlike = (before: PortfolioAnswer, after: PortfolioAnswer) =>
  before.prompt === after.prompt && before.text === after.text && before.savedAt === after.savedAt;
